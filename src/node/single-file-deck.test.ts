import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveRehearsal } from './rehearsal-store';
import { deckNameOf, deckRootOf } from './deck-path';
import { DeckFiles } from './edit-files';
import { resolveInsideDeck } from './paths';
import { loadDeck } from './read-deck';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('single-file decks (lectern present talk.md)', () => {
  it('reads only that file, images relative to its folder, no deck.yaml of the folder', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'img'));
    await writeFile(path.join(dir, 'img', 'a.png'), PNG);
    await writeFile(path.join(dir, 'talk.md'), '---\nmarp: true\n---\n# One\n\n![](img/a.png)\n\n---\n\n# Two\n');
    await writeFile(path.join(dir, 'other.md'), '# Not part of this deck\n');
    await writeFile(path.join(dir, 'deck.yaml'), 'title: The folder deck\n');
    const deck = await loadDeck(path.join(dir, 'talk.md'));
    expect(deck.slides.map((s) => s.title)).toEqual(['One', 'Two']);
    expect(deck.config.title).toBe('One');
    expect(deck.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(Object.keys(deck.assetVersions)).toEqual(['img/a.png']);
    expect(deckRootOf(path.join(dir, 'talk.md'))).toBe(dir);
    expect(deckNameOf(path.join(dir, 'talk.md'))).toBe('talk');
  });
  it('serves files of its folder only, and keeps rehearsals and the editor beside the file', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'talk.md'), '# One\n');
    await writeFile(path.join(dir, 'pic.png'), PNG);
    const deck = path.join(dir, 'talk.md');
    expect(await resolveInsideDeck(deck, 'pic.png')).toBe(path.join(dir, 'pic.png'));
    expect(await resolveInsideDeck(deck, '../x')).toBeNull();
    await saveRehearsal(deck, { version: 1, deckTitle: 'One', endedAt: '2026-01-01T00:10:00.000Z', total: 1000, sections: [], slides: [] });
    expect(await readdir(path.join(dir, '.lectern', 'rehearsals'))).toHaveLength(1);
    const files = new DeckFiles(deck);
    const list = await files.list();
    expect(list).toEqual({ ok: true, value: [{ id: 'talk.md', kind: 'slide' }] });
    const read = await files.read('talk.md');
    expect(read.ok && read.value.text).toBe('# One\n');
  });
  it('refuses a file that is not Markdown, naming it', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'talk.pdf'), '%PDF');
    await expect(loadDeck(path.join(dir, 'talk.pdf'))).rejects.toThrow(/talk\.pdf: is not a Markdown \(\.md\) file or a folder/);
  });
});

describe('a folder of decks', () => {
  it('is not merged: an error names the subfolders that are decks', async () => {
    const dir = await tempDir();
    for (const lesson of ['lesson-1', 'lesson-2']) {
      await mkdir(path.join(dir, lesson));
      await writeFile(path.join(dir, lesson, 'slides.md'), `# ${lesson}\n`);
    }
    await mkdir(path.join(dir, 'img'));
    const deck = await loadDeck(dir);
    expect(deck.slides).toEqual([]);
    expect(deck.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'nested-decks', message: expect.stringContaining('lesson-1/, lesson-2/ are decks') }));
  });
  it("warns about a subfolder deck next to the folder's own slides, but not about Slidev src: pages", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'slides.md'), '---\nlayout: cover\n---\n# Main\n\n---\nsrc: ./pages/intro.md\n---\n');
    for (const sub of ['pages', 'old-version']) {
      await mkdir(path.join(dir, sub));
      await writeFile(path.join(dir, sub, 'intro.md'), '# Intro\n');
    }
    const deck = await loadDeck(dir);
    const nested = deck.diagnostics.filter((d) => d.code === 'nested-decks');
    expect(nested).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('old-version/') })]);
    expect(nested[0]!.message).not.toContain('pages/');
    // The imported file is read (inside the deck only) and its slides take the importing slide's place.
    expect(deck.slides.map((s) => s.title)).toEqual(['Main', 'Intro']);
  });
});
