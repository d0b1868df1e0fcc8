import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isSlideFileName } from '../core/natural-sort';
import { deckRootOf, isSingleFileDeck } from './deck-path';
import type { FileReads } from './read-slides';
import { fileStamp } from './safe-read';
import { TimeSlicer } from './sliced-build';

/** Looks at once (the same bound as reads: read-slides.ts). */
const CONCURRENT_STATS = 32;

/**
 * The slide files that changed after they were read, by their modification time and size (a
 * look at each file, no read): what a watcher that started while the deck was being read may
 * have missed. Files read without a stamp (unreadable, not regular) count as changed.
 */
async function changedSinceRead(root: string, reads: FileReads): Promise<string[]> {
  const entries = [...reads];
  const changed: string[] = [];
  const slicer = new TimeSlicer();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const [name, read] = entries[next++]!;
      const now = await stat(path.join(root, name)).then(fileStamp, () => null);
      if (!read.stamp || now !== read.stamp) changed.push(name);
      await slicer.pause();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_STATS, entries.length) }, worker));
  return changed;
}

/**
 * What a watcher that started while the deck was being read may have missed: the slide files
 * changed since their read, and whether anything else needs a reload (slide files added or
 * removed, or another file of the deck folder such as deck.yaml or style.css changed since
 * `readSince`, the start of the first read). Nothing missed: no reload at all.
 */
export async function missedChanges(deckDir: string, reads: FileReads, readSince: number): Promise<{ changed: string[]; other: boolean }> {
  const root = deckRootOf(deckDir);
  const changed = await changedSinceRead(root, reads);
  if (isSingleFileDeck(deckDir)) return { changed, other: false };
  const entries = await readdir(root).catch(() => null);
  if (!entries) return { changed, other: true };
  const slides = entries.filter(isSlideFileName);
  if (slides.length !== reads.size || slides.some((name) => !reads.has(name))) return { changed, other: true };
  // Times can lag a little behind the clock (coarse file-system times): a margin of 2 s.
  const others = entries.filter((name) => !isSlideFileName(name) && !name.startsWith('.'));
  const times = await Promise.all(
    others.map((name) =>
      stat(path.join(root, name)).then(
        (s) => s.mtimeMs,
        () => Infinity,
      ),
    ),
  );
  return { changed, other: times.some((t) => t >= readSince - 2000) };
}
