import { stat } from 'node:fs/promises';
import path from 'node:path';
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
export async function changedSinceRead(root: string, reads: FileReads): Promise<string[]> {
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
