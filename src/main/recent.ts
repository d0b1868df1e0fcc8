import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../node/atomic-write';

/** How many decks the Open Recent menu remembers. @internal */
export const MAX_RECENT = 10;

/** File name of the list inside Electron's userData folder. */
export const RECENT_FILE_NAME = 'recent-decks.json';

async function isFolder(dir: string): Promise<boolean> {
  const info = await stat(dir).catch(() => null);
  // A one-file deck (`talk.md`) is remembered like a folder.
  return (info?.isDirectory() || (info?.isFile() && /\.md$/i.test(dir))) ?? false;
}

/**
 * The recently opened deck folders, newest first, stored as a JSON array in `file`. Folders
 * that no longer exist are dropped on read; writes are atomic and serialized, so two windows
 * opening decks at once cannot interleave a half-written list.
 */
export class RecentDecks {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(list: string[]) => void>();

  constructor(readonly file: string) {}

  /** The list, newest first, without missing folders or duplicates; [] when absent or corrupt. */
  async list(): Promise<string[]> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      return [];
    }
    const dirs = Array.isArray(raw) ? raw.filter((d): d is string => typeof d === 'string' && path.isAbsolute(d)) : [];
    const unique = [...new Set(dirs.map((d) => path.resolve(d)))];
    const present: string[] = [];
    for (const dir of unique) if (await isFolder(dir)) present.push(dir);
    return present.slice(0, MAX_RECENT);
  }

  /** Puts `dir` first, removes it further down, caps the list and saves it. Returns the new list. */
  add(dir: string): Promise<string[]> {
    const abs = path.resolve(dir);
    return this.update((list) => [abs, ...list.filter((d) => d !== abs)]);
  }

  /** Empties the list. */
  clear(): Promise<string[]> {
    return this.update(() => []);
  }

  /** Calls `listener` with the new list after every change. */
  onChange(listener: (list: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(change: (list: string[]) => string[]): Promise<string[]> {
    const run = async (): Promise<string[]> => {
      const next = change(await this.list()).slice(0, MAX_RECENT);
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
      this.listeners.forEach((l) => l(next));
      return next;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
