import { randomBytes } from 'node:crypto';
import { lstat, open, readFile, realpath, unlink, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * A lock shared by every Lectern process on one deck (the app and `lectern serve`, two serves):
 * `.lectern-lock` in the deck folder, created with O_EXCL (which also refuses a planted link),
 * holding who owns it. A lock whose
 * process is gone (kill -9, a crash, power loss) is taken over at once when the owner ran on this
 * machine, and after STALE_MS without a heartbeat otherwise; so a killed process never blocks
 * saves for long. Taking over goes through a second O_EXCL file, so two waiters never both do it.
 */

const LOCK = '.lectern-lock';
const BREAKER = '.lectern-lock.break';
/** The owner touches the lock this often while it holds it (a reorder of many files takes a while). */
const HEARTBEAT_MS = 2_000;
/** A lock untouched for this long belongs to no running process (hosts without a shared PID space). */
const STALE_MS = 30_000;
/** A takeover is two small file operations; a breaker file older than this was left by a kill. */
const STALE_BREAKER_MS = 5_000;
/** How long a change waits for another process before it gives up with a sentence. */
const WAIT_MS = 20_000;

interface Owner {
  pid: number;
  host: string;
  token: string;
}

/** Frees the lock. */
export type ReleaseLock = () => Promise<void>;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): Owner | null {
  try {
    const o = JSON.parse(text) as Owner;
    return Number.isInteger(o.pid) && typeof o.host === 'string' && typeof o.token === 'string' ? o : null;
  } catch {
    return null;
  }
}

/** The lock's owner and age, or null when there is no lock (any more). Anything but a small regular file has no owner. */
async function lookAt(file: string): Promise<{ owner: Owner | null; age: number } | null> {
  const info = await lstat(file).catch(() => null);
  if (!info) return null;
  const text = info.isFile() && info.size < 4096 ? await readFile(file, 'utf8').catch(() => '') : '';
  return { owner: parseOwner(text), age: Date.now() - info.mtimeMs };
}

/**
 * Whether a lock belongs to no running process. The caller holds the deck's in-process queue
 * (deck-lock.ts), so a lock naming this very PID is a leftover (a PID reused after a kill).
 */
function isStale(seen: { owner: Owner | null; age: number }): boolean {
  if (seen.age > STALE_MS) return true;
  const { owner } = seen;
  // Written in two steps (create, then content): an empty lock is waited on for a moment.
  if (!owner) return seen.age > STALE_BREAKER_MS;
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return true;
  return !isAlive(owner.pid);
}

/** Removes a stale lock, unless someone else already did and took the lock anew meanwhile. */
async function breakStale(dir: string, judged: Owner | null): Promise<void> {
  const breaker = path.join(dir, BREAKER);
  const handle = await open(breaker, 'wx').catch(async (err: NodeJS.ErrnoException) => {
    if (err.code === 'EEXIST') {
      const info = await lstat(breaker).catch(() => null);
      if (info && Date.now() - info.mtimeMs > STALE_BREAKER_MS) await unlink(breaker).catch(() => undefined);
    }
    return null;
  });
  if (!handle) return;
  try {
    const now = await lookAt(path.join(dir, LOCK));
    if (now && now.owner?.token === judged?.token) await unlink(path.join(dir, LOCK)).catch(() => undefined);
  } finally {
    await handle.close();
    await unlink(breaker).catch(() => undefined);
  }
}

/**
 * Errors that mean the deck folder cannot hold a lock at all: a read-only disk or folder (nothing
 * can be written there either), or a deck folder deleted while open (a save brings it back).
 */
const UNLOCKABLE = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOENT']);

/**
 * Takes the deck's lock shared between processes, waiting while another live process holds it.
 * A folder where no lock can be made (read-only, or gone) gets none.
 * Throws a sentence naming the other process after WAIT_MS.
 */
export async function lockDeckFolder(root: string): Promise<ReleaseLock> {
  const me: Owner = { pid: process.pid, host: os.hostname(), token: randomBytes(8).toString('hex') };
  const started = Date.now();
  let last: Owner | null = null;
  for (let attempt = 0; ; attempt++) {
    let dir: string;
    try {
      dir = await realpath(root);
    } catch (err) {
      if (UNLOCKABLE.has((err as NodeJS.ErrnoException).code ?? '')) return async () => undefined;
      throw err;
    }
    const file = path.join(dir, LOCK);
    const handle = await open(file, 'wx').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EEXIST') return null;
      if (UNLOCKABLE.has(err.code ?? '')) return 'none' as const;
      throw err;
    });
    if (handle === 'none') return async () => undefined;
    if (handle) {
      try {
        await handle.writeFile(JSON.stringify(me));
      } finally {
        await handle.close();
      }
      return holding(dir, me);
    }
    const seen = await lookAt(file);
    if (seen && isStale(seen)) {
      await breakStale(dir, seen.owner);
      continue;
    }
    last = seen?.owner ?? last;
    if (Date.now() - started > WAIT_MS) {
      const who = last ? `process ${last.pid}${last.host === os.hostname() ? '' : ` on ${last.host}`}` : 'another process';
      throw Object.assign(new Error(`another Lectern (${who}) is changing this deck's files; nothing was changed, try again`), { code: 'ELOCKED' });
    }
    // Short waits first (a save takes milliseconds), with jitter so waiters do not move in step.
    await sleep(Math.min(50, 2 + attempt * 2) * (0.5 + Math.random()));
  }
}

/** Keeps the lock fresh while held; the release removes it only while it is still ours. */
function holding(dir: string, me: Owner): ReleaseLock {
  const file = path.join(dir, LOCK);
  const beat = setInterval(() => {
    const now = new Date();
    void utimes(file, now, now).catch(() => undefined);
  }, HEARTBEAT_MS);
  beat.unref();
  return async () => {
    clearInterval(beat);
    const seen = await lookAt(file);
    if (seen?.owner?.token === me.token) await unlink(file).catch(() => undefined);
  };
}
