import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeckUpdate } from '../shared/contract';
import { DeckSession } from './deck-session';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const sessions: DeckSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

async function watched(files: Record<string, string>) {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const session = new DeckSession(dir);
  sessions.push(session);
  await session.payload();
  await session.watch();
  const seen: DeckUpdate[] = [];
  session.onChange((p) => seen.push(p));
  return { dir, session, seen };
}

/** Title of slide `i` in an update, when the update carries that slide (not a reference). */
const titleOf = (u: DeckUpdate | undefined, i: number): string | undefined => {
  const s = u?.deck.slides[i];
  return typeof s === 'object' ? s.title : undefined;
};

const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

describe('DeckSession', () => {
  it('reloads once per save, for in-place and vim-style rename saves', async () => {
    const { dir, seen } = await watched({ 'a.md': '# A' });
    await writeFile(path.join(dir, 'a.md'), '# A2');
    await expect.poll(() => seen.length).toBe(1);
    expect(titleOf(seen[0], 0)).toBe('A2');
    // vim: write a temp file, then rename it over the original.
    await writeFile(path.join(dir, '.a.md.swp'), '# A3');
    await rename(path.join(dir, '.a.md.swp'), path.join(dir, 'a.md'));
    await expect.poll(() => titleOf(seen.at(-1), 0)).toBe('A3');
    await settle();
    expect(seen).toHaveLength(2);
    expect(seen[1]!.revision).toBeGreaterThan(seen[0]!.revision);
  });
  it('does not notify when a save changed nothing (touch)', async () => {
    const { dir, seen } = await watched({ 'a.md': '# A' });
    await writeFile(path.join(dir, 'a.md'), '# A');
    await settle();
    expect(seen).toEqual([]);
  });
  it('does not even re-read the deck for editor temp files, backups and dot-files', async () => {
    const { dir, session } = await watched({ 'a.md': '# A' });
    // The watcher's own check once it is ready (files changed while it started) comes first.
    await settle();
    const reload = vi.spyOn(session, 'reload');
    await writeFile(path.join(dir, '.hidden.md'), '# H');
    await writeFile(path.join(dir, 'a.md~'), '# backup');
    await writeFile(path.join(dir, '4913'), '');
    await settle();
    expect(reload).not.toHaveBeenCalled();
  });
  it('shows the last of a quick burst of saves (chokidar throttles change events)', async () => {
    const { dir, seen } = await watched({ 'a.md': '# A' });
    for (let i = 1; i <= 6; i++) {
      await writeFile(path.join(dir, 'a.md'), `# A${i}`);
      await new Promise((r) => setTimeout(r, 30));
    }
    await expect.poll(() => titleOf(seen.at(-1), 0), { timeout: 3000 }).toBe('A6');
  });
  it('picks up new and deleted files', async () => {
    const { dir, seen } = await watched({ 'a.md': '# A' });
    await writeFile(path.join(dir, 'b.md'), '# B');
    await expect.poll(() => seen.at(-1)?.deck.slides.length).toBe(2);
    await rm(path.join(dir, 'b.md'));
    await expect.poll(() => seen.at(-1)?.deck.slides.length).toBe(1);
  });
});

describe('DeckSession.open on a large deck', () => {
  it('gives views the first files at once, then the whole deck as an update; export waits for all of it', async () => {
    const dir = await tempDir();
    // 40 files of 50 slides with code: well over the first-part threshold.
    const fileText = (f: number) => Array.from({ length: 50 }, (_, s) => `## Slide ${f}.${s}\n\n\`\`\`python\ndef f():\n    return ${'x'.repeat(120)}\n\`\`\``).join('\n\n---\n\n');
    for (let f = 1; f <= 40; f++) await writeFile(path.join(dir, `${String(f).padStart(2, '0')}.md`), fileText(f));
    const session = new DeckSession(dir);
    sessions.push(session);
    const updates: DeckUpdate[] = [];
    session.onChange((u) => updates.push(u));
    const first = await session.open();
    expect(first.deck.loading).toEqual({ files: expect.any(Number), total: 40 });
    expect(first.deck.loading!.files).toBeLessThan(40);
    expect(first.deck.slides[0]!.title).toBe('Slide 1.0');
    expect(first.deck.slides.length).toBe(first.deck.loading!.files * 50);
    // What export and checks get: the whole deck, never the part.
    const whole = await session.payload();
    expect(whole.deck.loading).toBeUndefined();
    expect(whole.deck.slides).toHaveLength(2000);
    expect(whole.revision).toBe(first.revision + 1);
    // The views hear of it as one ordinary update, where the slides they have are references.
    expect(updates).toHaveLength(1);
    expect(updates[0]!.baseRevision).toBe(first.revision);
    expect(updates[0]!.deck.slides.slice(0, first.deck.slides.length).every((s, i) => s === i)).toBe(true);
    expect(await session.open()).toMatchObject({ revision: whole.revision });
  });

  it('opens a small deck in one step', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), '# A');
    await writeFile(path.join(dir, 'b.md'), '# B');
    const session = new DeckSession(dir);
    sessions.push(session);
    const first = await session.open();
    expect(first.deck.loading).toBeUndefined();
    expect(first.deck.slides).toHaveLength(2);
  });
});
