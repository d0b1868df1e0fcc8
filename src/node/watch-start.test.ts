import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../../test/support/temp-dir';
import { DeckSession } from './deck-session';
import { readDeckSources } from './read-deck';

// Every read of the deck folder, to tell a full re-read from one of the files that changed.
vi.mock('./read-deck', async (importOriginal) => {
  const original = await importOriginal<typeof import('./read-deck')>();
  return { ...original, readDeckSources: vi.fn(original.readDeckSources) };
});

const tempDir = useTempDirs();
let session: DeckSession | null = null;
afterEach(() => session?.close());

describe('starting to watch a deck while it loads', () => {
  it('picks up files changed before the watcher saw them, without reading every file again', async () => {
    const dir = await tempDir();
    // Large enough to open in two steps: the first files, then the rest in the background.
    const files = Array.from({ length: 300 }, (_, i) => `s${String(i).padStart(3, '0')}.md`);
    for (const name of files) await writeFile(path.join(dir, name), `# ${name}\n\n${'text '.repeat(200)}\n`);
    await writeFile(path.join(dir, 'deck.yaml'), 'title: Old\n');
    session = new DeckSession(dir);
    const first = await session.open();
    expect(first.deck.loading).toBeDefined();
    // Saved after their first read and before the watcher starts: no watcher event will tell.
    await writeFile(path.join(dir, 's000.md'), '# Changed first\n');
    await writeFile(path.join(dir, 's299.md'), '# Changed last\n');
    await writeFile(path.join(dir, 'deck.yaml'), 'title: New\n');
    await session.watch();
    await expect
      .poll(
        () =>
          session!
            .loadedDeck()
            ?.slides.map((s) => s.title)
            .filter((t) => t.startsWith('Changed')),
        { timeout: 10_000 },
      )
      .toEqual(['Changed first', 'Changed last']);
    // A few moments more for anything still queued (the watcher's own check included).
    await new Promise((resolve) => setTimeout(resolve, 500));
    const calls = vi.mocked(readDeckSources).mock.calls;
    // The first files, then the rest, then the changed ones: never a read of every file again.
    const full = calls.filter(([, , since, firstChars]) => since === undefined && firstChars === undefined);
    expect(full, `${calls.length} reads of the folder`).toEqual([]);
    expect(session.loadedDeck()?.config.title).toBe('New');
    expect(session.loadedDeck()?.slides).toHaveLength(300);
    expect(session.loadedDeck()?.loading).toBeUndefined();
  });

  it('reads nothing again when nothing changed while the watcher started', async () => {
    const dir = await tempDir();
    for (let i = 0; i < 300; i++) await writeFile(path.join(dir, `s${String(i).padStart(3, '0')}.md`), `# S${i}\n\n${'text '.repeat(200)}\n`);
    session = new DeckSession(dir);
    await session.payload();
    const reload = vi.spyOn(session, 'reload');
    await session.watch();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(reload).not.toHaveBeenCalled();
  });
});
