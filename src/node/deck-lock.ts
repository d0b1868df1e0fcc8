import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { lockDeckFolder } from './deck-file-lock';
import { deckRootOf } from './deck-path';

/** The last queued task of each deck: a new one starts when it settles. */
const tails = new Map<string, Promise<void>>();
/** Writes queued or running per deck folder as given (path.resolve), for `isDeckBusy`. */
const busy = new Map<string, number>();

/**
 * Whether a write of this deck by this process is queued or running. The watcher's file tracker
 * waits until it is not, so the middle of our own multi-step change (a rename through a hard link,
 * a reorder) is never reported to the editor as someone else's edit.
 */
export function isDeckBusy(deckDir: string): boolean {
  return (busy.get(path.resolve(deckDir)) ?? 0) > 0;
}

/**
 * Runs `work` when every earlier write of the same deck folder in this process has finished.
 * Checking a file's hash and then renaming over it is not atomic: two saves from the same
 * version would both pass the check. Under this lock the second one sees the first one's bytes
 * and gets a conflict. One lock per deck (not per file) because renames and reorders touch
 * several names at once. Inside this process's queue the deck's lock file is taken too
 * (deck-file-lock.ts), so another Lectern process on the same deck waits the same way.
 */
export async function withDeckLock<T>(deckDir: string, work: () => Promise<T>): Promise<T> {
  const given = path.resolve(deckDir);
  busy.set(given, (busy.get(given) ?? 0) + 1);
  try {
    return await runLocked(deckDir, work);
  } finally {
    const left = (busy.get(given) ?? 1) - 1;
    if (left > 0) busy.set(given, left);
    else busy.delete(given);
  }
}

async function runLocked<T>(deckDir: string, work: () => Promise<T>): Promise<T> {
  const key = await realpath(deckDir).catch(() => path.resolve(deckDir));
  const before = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = before.then(() => new Promise<void>((resolve) => (release = resolve)));
  tails.set(key, mine);
  await before;
  try {
    const unlock = await lockDeckFolder(deckRootOf(deckDir));
    try {
      return await work();
    } finally {
      await unlock();
    }
  } finally {
    release();
    if (tails.get(key) === mine) tails.delete(key);
  }
}
