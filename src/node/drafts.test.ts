import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './data-dir';
import { DraftStore } from './drafts';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();

describe('DraftStore', () => {
  it('keeps drafts per deck exactly (CRLF-free editor text, emoji, trailing spaces) until deleted', async () => {
    const [data, deckA, deckB] = [await tempDir(), await tempDir(), await tempDir()];
    const a = new DraftStore(data, deckA);
    const text = '# Привет 😀  \n\n\tкод\n';
    expect(await a.put({ id: '01-a.md', text, baseHash: 'f'.repeat(64), savedAt: 2 })).toEqual({ ok: true, value: null });
    await a.put({ id: 'deck.yaml', text: 'title: X', baseHash: null, savedAt: 1 });
    // A new store (next start of the app) finds them, oldest first; another deck does not.
    expect(await new DraftStore(data, deckA).list()).toEqual({
      ok: true,
      value: [
        { id: 'deck.yaml', text: 'title: X', baseHash: null, savedAt: 1 },
        { id: '01-a.md', text, baseHash: 'f'.repeat(64), savedAt: 2 },
      ],
    });
    expect(await new DraftStore(data, deckB).list()).toEqual({ ok: true, value: [] });
    await a.delete('01-a.md');
    expect(await a.list()).toMatchObject({ ok: true, value: [{ id: 'deck.yaml' }] });
    const folders = await readdir(path.join(data, 'drafts'));
    const named = await Promise.all(folders.map((f) => readFile(path.join(data, 'drafts', f, 'deck.txt'), 'utf8')));
    expect(named.map((n) => path.basename(n.trim()))).toEqual([path.basename(deckA)]);
  });
  it('listing creates nothing in the data folder', async () => {
    const data = await tempDir();
    expect(await new DraftStore(data, await tempDir()).list()).toEqual({ ok: true, value: [] });
    expect(await readdir(data)).toEqual([]);
  });
  it('refuses malformed drafts and ids that are paths', async () => {
    const store = new DraftStore(await tempDir(), await tempDir());
    expect(await store.put({ id: '../x.md', text: '', baseHash: null, savedAt: 1 })).toMatchObject({ ok: false });
    expect(await store.put({ id: 'a.md', text: 1 as never, baseHash: null, savedAt: 1 })).toMatchObject({ ok: false });
    expect(await store.delete('../../etc/passwd')).toMatchObject({ ok: false });
  });
  it('finds the data folder: LECTERN_DATA_DIR, XDG, home', () => {
    expect(defaultDataDir({ LECTERN_DATA_DIR: '/d' }, 'linux', '/h')).toBe('/d');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/h')).toBe('/x/Lectern');
    expect(defaultDataDir({}, 'linux', '/h')).toBe('/h/.config/Lectern');
  });
});
