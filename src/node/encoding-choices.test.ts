import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EncodingChoices } from './encoding-choices';
import { loadDeck, readDeckSources } from './read-deck';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const koi8 = (text: string): Buffer => {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('koi8-r');
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => table.get(c)!));
};
/** Capitals in KOI8-R read as small letters in Windows-1251, so the guess takes the wrong table. */
const UPPER = '# ВВЕДЕНИЕ\n\nПЛАН ЛЕКЦИИ\n';

describe('EncodingChoices', () => {
  it('persists a choice in the data folder, reads it back in a new instance, and clears it', async () => {
    const [data, deck] = [await tempDir(), await tempDir()];
    await writeFile(path.join(deck, '01.md'), koi8(UPPER));
    const before = await readFile(path.join(deck, '01.md'));
    await new EncodingChoices(data, deck).set('01.md', 'koi8-r');
    const again = new EncodingChoices(data, deck);
    expect([...(await again.load())]).toEqual([['01.md', 'koi8-r']]);
    // Kept in the data folder, under the deck's key; nothing added to the deck, the file unchanged.
    const [stored] = await readdir(path.join(data, 'encodings'));
    expect(JSON.parse(await readFile(path.join(data, 'encodings', stored!), 'utf8'))).toMatchObject({ files: { '01.md': 'koi8-r' } });
    expect(await readdir(deck)).toEqual(['01.md']);
    expect(await readFile(path.join(deck, '01.md'))).toEqual(before);
    await again.set('01.md', null);
    expect((await new EncodingChoices(data, deck).load()).size).toBe(0);
    expect(await readdir(path.join(data, 'encodings'))).toEqual([]);
  });
  it('keeps decks apart, follows a symlinked deck folder to the same choices, and moves a choice on rename', async () => {
    const [data, a, b, parent] = [await tempDir(), await tempDir(), await tempDir(), await tempDir()];
    await new EncodingChoices(data, a).set('01.md', 'latin1');
    expect((await new EncodingChoices(data, b).load()).size).toBe(0);
    await symlink(a, path.join(parent, 'link'));
    expect(await new EncodingChoices(data, path.join(parent, 'link')).get('01.md')).toBe('latin1');
    const store = new EncodingChoices(data, a);
    await store.renameAll([['01.md', '02.md']]);
    expect([...(await store.load())]).toEqual([['02.md', 'latin1']]);
  });
  it('ignores a malformed store and entries with unknown encodings or unsafe names', async () => {
    const [data, deck] = [await tempDir(), await tempDir()];
    const store = new EncodingChoices(data, deck);
    await store.set('01.md', 'koi8-r');
    const [name] = await readdir(path.join(data, 'encodings'));
    const file = path.join(data, 'encodings', name!);
    await writeFile(file, JSON.stringify({ files: { '01.md': 'ebcdic', '../x.md': 'koi8-r', '02.md': 'windows-1251' } }));
    expect([...(await store.load())]).toEqual([['02.md', 'windows-1251']]);
    await writeFile(file, '{ not json');
    expect((await store.load()).size).toBe(0);
  });
  it('serializes concurrent changes: none is lost', async () => {
    const [data, deck] = [await tempDir(), await tempDir()];
    const store = new EncodingChoices(data, deck);
    await Promise.all(['a.md', 'b.md', 'c.md', 'd.md'].map((id) => store.set(id, 'koi8-r')));
    expect([...(await store.load()).keys()].sort()).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
  });
});

describe('reading a deck with chosen encodings', () => {
  it('applies the choice and says "read as KOI8-R (chosen)" instead of the guess warning', async () => {
    const [data, deck] = [await tempDir(), await tempDir()];
    await writeFile(path.join(deck, '01.md'), koi8(UPPER));
    const guessed = await loadDeck(deck);
    expect(guessed.slides[0]!.title).not.toBe('ВВЕДЕНИЕ');
    expect(guessed.diagnostics).toEqual([
      {
        file: '01.md',
        code: 'file-encoding-guessed',
        severity: 'warning',
        params: { reason: 'guess', encoding: 'Windows-1251' },
        message: expect.stringContaining("read as Windows-1251 (a guess from its letters); if the text looks wrong, choose its encoding in the editor's Encoding menu"),
      },
    ]);
    const store = new EncodingChoices(data, deck);
    await store.set('01.md', 'koi8-r');
    const chosen = await loadDeck(deck, undefined, await readDeckSources(deck, await store.load()));
    expect(chosen.slides.map((s) => s.title)).toEqual(['ВВЕДЕНИЕ']);
    expect(chosen.diagnostics).toEqual([
      { file: '01.md', code: 'file-encoding-chosen', severity: 'info', params: { encoding: 'KOI8-R' }, message: expect.stringMatching(/^read as KOI8-R \(chosen\)/) },
    ]);
  });
  it('a choice the file no longer fits is reported and the file is detected instead', async () => {
    const deck = await tempDir();
    await writeFile(path.join(deck, '01.md'), koi8(UPPER));
    const sources = await readDeckSources(deck, new Map([['01.md', 'utf-8']]));
    expect(sources.files).toHaveLength(1);
    expect(sources.diagnostics).toEqual([
      expect.objectContaining({ code: 'file-encoding-guessed', severity: 'warning', message: expect.stringMatching(/^is not valid UTF-8, the encoding chosen for it: read as Windows-1251 instead/) }),
    ]);
  });
});
