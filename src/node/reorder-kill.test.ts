import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeckSession } from './deck-session';
import { readDeckSources } from './read-deck';
import { bundleForChild, startChild } from '../../test/support/child-process';
import { useTempDirs } from '../../test/support/temp-dir';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const tempDir = useTempDirs();
const NAMES = ['01-a.md', '02-b.md', '03-c.md', '04-d.md', '05-e.md', '06-f.md'];
let child = '';
let bundleDir = '';
beforeAll(async () => {
  bundleDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-child-'));
  child = await bundleForChild(path.join(HERE, '../../test/support', 'fault-child.ts'), bundleDir);
}, 60_000);
afterAll(() => rm(bundleDir, { recursive: true, force: true }));

async function deckWithSlides(): Promise<string> {
  const dir = await tempDir();
  await Promise.all(NAMES.map((n) => writeFile(path.join(dir, n), `# slide ${n.slice(3, 4)}\n`)));
  return dir;
}

/** Visible name -> text of every entry, and the hidden entries, after Lectern opened the deck. */
async function afterOpen(dir: string): Promise<{ files: Record<string, string>; hidden: string[]; slides: number }> {
  const session = new DeckSession(dir);
  const payload = await session.payload();
  await session.close();
  const names = await readdir(dir);
  const files = Object.fromEntries(await Promise.all(names.filter((n) => !n.startsWith('.')).map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
  return { files, hidden: names.filter((n) => n.startsWith('.')), slides: payload.deck.slides.length };
}

describe('kill -9 during a reorder or a save loses and hides nothing', () => {
  // The drag puts f first: every file's prefix changes (six renames through temp names, twice).
  const order = ['06-f.md', '01-a.md', '02-b.md', '03-c.md', '04-d.md', '05-e.md'];
  const planned = { '01-f.md': '# slide f\n', '02-a.md': '# slide a\n', '03-b.md': '# slide b\n', '04-c.md': '# slide c\n', '05-d.md': '# slide d\n', '06-e.md': '# slide e\n' };
  const original = Object.fromEntries(NAMES.map((n) => [n, `# slide ${n.slice(3, 4)}\n`]));

  for (const [phase, index, expected] of [
    ['stash', 0, original],
    ['stash', 3, original],
    ['stash', 5, original],
    ['place', 0, planned],
    ['place', 2, planned],
    ['place', 5, planned],
  ] as const) {
    it(`killed before move ${index + 1} of phase "${phase}": the next open ${phase === 'stash' ? 'puts every name back' : 'finishes the reorder'}`, async () => {
      const dir = await deckWithSlides();
      const run = startChild(process.execPath, [child, dir, 'reorder', phase, String(index), ...order]);
      await run.waitFor(/paused/);
      run.child.kill('SIGKILL');
      await run.exited;
      // What the kill left: slides hidden under dot-names (the reported bug without the journal).
      if (index > 0 || phase === 'place') expect((await readdir(dir)).some((n) => n.startsWith('.lectern-reorder-'))).toBe(true);
      // `lectern check` names them before any repair.
      const checked = await readDeckSources(dir);
      if (index > 0 || phase === 'place') expect((checked.diagnostics ?? []).some((d) => d.code === 'interrupted-rename')).toBe(true);
      const after = await afterOpen(dir);
      expect(after.files).toEqual(expected);
      expect(after.hidden).toEqual([]);
      expect(after.slides).toBe(6);
    });
  }

  it('old hidden temp names without a journal get their names back (or a free one, never hidden)', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '.lectern-reorder-0-01-a.md'), 'A');
    await writeFile(path.join(dir, '.lectern-reorder-1-02-b.md'), 'B');
    await writeFile(path.join(dir, '02-b.md'), 'other B');
    const after = await afterOpen(dir);
    expect(after.files).toEqual({ '01-a.md': 'A', '02-b.md': 'other B', '02-b (recovered).md': 'B' });
    expect(after.hidden).toEqual([]);
  });

  it('a save killed before its rename keeps the old text; its temp file is removed on a later open', async () => {
    const dir = await deckWithSlides();
    const run = startChild(process.execPath, [child, dir, 'save', '01-a.md', 'half-saved']);
    await run.waitFor(/paused/);
    run.child.kill('SIGKILL');
    await run.exited;
    const temps = (await readdir(dir)).filter((n) => /^\.01-a\.md\.[0-9a-f]{12}\.tmp$/.test(n));
    expect(temps).toHaveLength(1);
    expect(await readFile(path.join(dir, '01-a.md'), 'utf8')).toBe('# slide a\n');
    // A temp file younger than a minute may belong to a save still running in another window.
    expect((await afterOpen(dir)).hidden).toEqual(temps);
    const old = new Date(Date.now() - 5 * 60_000);
    await utimes(path.join(dir, temps[0]!), old, old);
    const after = await afterOpen(dir);
    expect(after.hidden).toEqual([]);
    expect(after.files['01-a.md']).toBe('# slide a\n');
  });
});
