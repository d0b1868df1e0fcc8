import { rename, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileChange } from '../shared/edit-contract';
import { DeckSession } from './deck-session';
import { DeckFiles, hashBytes } from './edit-files';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const sessions: DeckSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});
const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
const h = (s: string) => hashBytes(Buffer.from(s));

async function watched(files: Record<string, string>) {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const session = new DeckSession(dir);
  sessions.push(session);
  await session.payload();
  await session.watch();
  const seen: FileChange[] = [];
  session.files.onChange((c) => seen.push(c));
  const deckFiles = new DeckFiles(dir, undefined, (id, hash) => session.files.noteOwnWrite(id, hash));
  return { dir, session, seen, deckFiles };
}

describe('FileTracker (through the deck session)', () => {
  it('reports an external save with its hash and text (line breaks as the editor has them)', async () => {
    const { dir, seen } = await watched({ 'a.md': '# A' });
    await writeFile(path.join(dir, 'a.md'), '# B\r\nx');
    await expect.poll(() => seen.at(-1)).toEqual({ id: 'a.md', hash: h('# B\r\nx'), text: '# B\nx' });
    await settle();
    expect(seen).toHaveLength(1);
  });
  it('never reports our own save, while the deck views still reload', async () => {
    const { seen, deckFiles, session } = await watched({ 'a.md': '# A' });
    const reloads: unknown[] = [];
    session.onChange((u) => reloads.push(u));
    const f = await deckFiles.read('a.md');
    if (!f.ok) throw new Error(f.error);
    await deckFiles.save({ id: 'a.md', text: '# Mine', format: f.value.format, eol: f.value.eol, expectedHash: f.value.hash });
    await expect.poll(() => reloads.length).toBe(1);
    await settle();
    expect(seen).toEqual([]);
  });
  it('never reports our own rename, reorder or trash, but reports the same done by others', async () => {
    const { dir, seen, deckFiles } = await watched({ '1-a.md': '# A', '2-b.md': '# B' });
    await deckFiles.read('1-a.md');
    await deckFiles.rename('1-a.md', '1-aa.md');
    await deckFiles.reorder(['2-b.md', '1-aa.md']);
    await deckFiles.moveToTrash('02-aa.md');
    await settle();
    expect(seen).toEqual([]);
    await rename(path.join(dir, '01-b.md'), path.join(dir, '01-bb.md'));
    await expect
      .poll(() => seen.map((c) => [c.id, c.hash === null]).sort())
      .toEqual([
        ['01-b.md', true],
        ['01-bb.md', false],
      ]);
  });
  it('ignores a touch of a file it knows', async () => {
    const { dir, seen, deckFiles } = await watched({ 'a.md': '# A' });
    await deckFiles.read('a.md');
    const later = new Date(Date.now() + 5000);
    await utimes(path.join(dir, 'a.md'), later, later);
    await writeFile(path.join(dir, 'a.md'), '# A');
    await settle();
    expect(seen).toEqual([]);
  });
  it('vim-style rename-save ends with the new text; deletion reports null', async () => {
    const { dir, seen, deckFiles } = await watched({ 'a.md': '# A' });
    await deckFiles.read('a.md');
    await writeFile(path.join(dir, '.a.md.swp'), '# vim');
    await rm(path.join(dir, 'a.md'));
    await rename(path.join(dir, '.a.md.swp'), path.join(dir, 'a.md'));
    await expect.poll(() => seen.at(-1)?.text).toBe('# vim');
    await rm(path.join(dir, 'a.md'));
    await expect.poll(() => seen.at(-1)).toEqual({ id: 'a.md', hash: null, text: null });
  });
  it('the whole deck folder deleted: known files reported gone, nothing throws', async () => {
    const { dir, seen, deckFiles } = await watched({ 'a.md': '# A', 'b.md': '# B' });
    await deckFiles.read('a.md');
    await rm(dir, { recursive: true, force: true });
    await expect.poll(() => seen.find((c) => c.id === 'a.md')).toEqual({ id: 'a.md', hash: null, text: null });
    // Save recreates the folder; the watcher follows it again and sees later external edits.
    const saved = await deckFiles.save({ id: 'a.md', text: '# A kept', format: { encoding: 'utf-8', bom: false, guessed: false }, eol: '\n', expectedHash: null });
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved' } });
    await settle(1200);
    await writeFile(path.join(dir, 'a.md'), '# A external');
    await expect.poll(() => seen.at(-1), { timeout: 4000 }).toEqual({ id: 'a.md', hash: h('# A external'), text: '# A external' });
  });
});
