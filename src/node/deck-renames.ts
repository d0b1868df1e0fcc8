import { link, lstat, readdir, readFile, rename, rm, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { containedDir, containedFile, isContainedDir } from './contained-dir';

/**
 * Renames that must survive `kill -9`: a reorder (and a case-only rename on a case-insensitive
 * disk) moves files through hidden temp names. The plan is written to `.lectern/rename-journal.json`
 * before the first move, so the next open finishes it (or puts names back) instead of leaving
 * slides hidden under dot-names where neither the deck nor the editor sees them.
 */

/** One file's way: `from` -> hidden `temp` -> `to`. */
export interface RenameStep {
  from: string;
  temp: string;
  to: string;
}

/** Phase 'stash' moves every file to its temp name; 'place' moves them to their new names. */
interface Journal {
  version: 1;
  phase: 'stash' | 'place';
  steps: RenameStep[];
}

/** Test hook: awaited before each move (fault tests stop the process there and kill it). */
export type RenameHook = (phase: 'stash' | 'place', index: number) => Promise<void> | void;

const JOURNAL = 'rename-journal.json';
/** Temp names of reorders and case-only renames: `.lectern-reorder-<n>-<original name>`. */
const TEMP_NAME = /^\.lectern-(?:reorder|rename)-\d+-(.+)$/;
/** The atomic writer's temp files: `.<name>.<12 hex>.tmp`. */
const WRITER_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;
/** A writer temp file older than this belongs to no running save (a save takes milliseconds). */
const STALE_TEMP_MS = 60_000;

/** The hidden name a file passes through in step `index` of a plan of kind `kind`. */
export function tempNameOf(kind: 'reorder' | 'rename', index: number, from: string): string {
  return `.lectern-${kind}-${index}-${from}`;
}

/** Whether anything (a link included, even a broken one) has this name. */
export const exists = (file: string, fs: Pick<MoveFs, 'lstat'> = REAL_MOVE_FS): Promise<boolean> =>
  fs.lstat(file).then(
    () => true,
    () => false,
  );

/**
 * Renames `from` to `to` in `dir` without ever replacing an existing file: a hard link fails with
 * EEXIST when `to` exists, even if another process made it a moment ago. File systems without
 * hard links fall back to check-then-rename (Lectern's own writes are serialized per deck).
 */
export async function moveNoReplace(src: string, dst: string, fs: MoveFs = REAL_MOVE_FS): Promise<void> {
  try {
    await fs.link(src, dst);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOENT') throw err;
    if (await exists(dst, fs)) throw Object.assign(new Error(`EEXIST: file already exists, rename '${src}' -> '${dst}'`), { code: 'EEXIST' });
    await fs.rename(src, dst);
    return;
  }
  await fs.unlink(src);
}

/** The file-system calls a rename makes; tests pass one that folds case as macOS and Windows do. */
export interface MoveFs {
  link(src: string, dst: string): Promise<void>;
  unlink(file: string): Promise<void>;
  rename(src: string, dst: string): Promise<void>;
  lstat(file: string): Promise<{ dev: number; ino: number }>;
  readFile(file: string): Promise<Buffer>;
}
export const REAL_MOVE_FS: MoveFs = { link, unlink, rename, lstat, readFile: (file) => readFile(file) };

async function writeJournal(deckDir: string, journal: Journal): Promise<string> {
  const file = await containedFile(await containedDir(deckDir, ['.lectern']), JOURNAL);
  await writeFileAtomic(file, `${JSON.stringify(journal)}\n`);
  return file;
}

/**
 * Runs a plan of renames in two phases with a journal: every file to its temp name, then every
 * temp to its new name. A failure puts back what moved; a kill is repaired by `recoverRenames`.
 */
export async function runJournaledRenames(deckDir: string, steps: RenameStep[], move: (from: string, to: string) => Promise<void>, hook?: RenameHook): Promise<void> {
  const file = await writeJournal(deckDir, { version: 1, phase: 'stash', steps });
  const stashed: RenameStep[] = [];
  try {
    for (const [i, step] of steps.entries()) {
      await hook?.('stash', i);
      await move(step.from, step.temp);
      stashed.push(step);
    }
  } catch (err) {
    for (const step of stashed.reverse()) await move(step.temp, step.from).catch(() => undefined);
    await removeJournal(file);
    throw err;
  }
  await writeJournal(deckDir, { version: 1, phase: 'place', steps });
  for (const [i, step] of steps.entries()) {
    await hook?.('place', i);
    // A failure here leaves the journal: the next open moves the rest (no name is lost meanwhile).
    await move(step.temp, step.to);
  }
  await removeJournal(file);
}

/** Removes the journal, and `.lectern` with it when nothing else is in there (a deck stays as it was). */
async function removeJournal(file: string): Promise<void> {
  await rm(file, { force: true });
  await rmdir(path.dirname(file)).catch(() => undefined);
}

/** The journal in a file, or null when it is damaged (a kill while it was written: its temp never replaced it). */
function parseJournal(text: string): Journal | null {
  try {
    return JSON.parse(text) as Journal;
  } catch {
    return null;
  }
}

const isStep = (s: unknown): s is RenameStep => {
  const v = s as RenameStep;
  const plain = (n: unknown): n is string => typeof n === 'string' && n.length > 0 && n.length < 300 && !/[/\\\0]/.test(n) && n !== '.' && n !== '..';
  return typeof v === 'object' && v !== null && plain(v.from) && plain(v.to) && plain(v.temp) && TEMP_NAME.test(v.temp);
};

/**
 * Whether a killed process may have left something to repair (a journal, hidden temp names, a
 * writer's temp file). Reads only: a deck that needs nothing is never locked, so opening it to
 * check or export changes nothing in its folder, not even a folder's modification time.
 */
export async function needsRecovery(deckDir: string): Promise<boolean> {
  if (await exists(path.join(deckDir, '.lectern', JOURNAL))) return true;
  const names = await readdir(deckDir).catch(() => [] as string[]);
  return names.some((name) => TEMP_NAME.test(name) || WRITER_TEMP.test(name));
}

/**
 * Repairs what a killed process left in a deck folder, before the deck is read: finishes or
 * rolls back a journaled plan, gives hidden temp names back their file's name when that name
 * is free, and removes stale temp files of the atomic writer. Returns one sentence per repair.
 */
export async function recoverRenames(deckDir: string): Promise<string[]> {
  const notes: string[] = [];
  const at = (name: string): string => path.join(deckDir, name);
  const tryMove = async (from: string, to: string): Promise<boolean> => {
    if (!(await exists(at(from))) || (await exists(at(to)))) return false;
    return moveNoReplace(at(from), at(to)).then(
      () => notes.push(`${to}: restored from ${from} (an interrupted reorder or rename)`) > 0,
      () => false,
    );
  };
  if (await isContainedDir(deckDir, ['.lectern'])) {
    const journalFile = path.join(deckDir, '.lectern', JOURNAL);
    // A journal planted as a link is never followed (its steps would come from elsewhere).
    const regular = (await lstat(journalFile).catch(() => null))?.isFile();
    const text = regular ? await readFile(journalFile, 'utf8').catch(() => null) : null;
    const journal = text === null ? null : parseJournal(text);
    if (journal && Array.isArray(journal.steps) && journal.steps.every(isStep)) {
      // Before 'place' no file has its new name yet: put every name back. After: finish the plan.
      for (const step of journal.steps) await (journal.phase === 'place' ? tryMove(step.temp, step.to) : tryMove(step.temp, step.from));
    }
    if (journal !== null || (await exists(journalFile))) await removeJournal(journalFile).catch(() => undefined);
  }
  const names = await readdir(deckDir).catch(() => [] as string[]);
  for (const name of names) {
    const original = TEMP_NAME.exec(name)?.[1];
    // Its own name is taken (a plan without journal, killed midway): a free name, never hidden.
    if (original) for (let n = 0; n < 20 && !(await tryMove(name, n ? recoveredName(original, n) : original)); n++);
    else if (WRITER_TEMP.test(name)) {
      const info = await stat(at(name)).catch(() => null);
      if (info?.isFile() && Date.now() - info.mtimeMs > STALE_TEMP_MS)
        await unlink(at(name)).then(
          () => notes.push(`${name}: removed (the temp file of a save that never finished)`),
          () => undefined,
        );
    }
  }
  return notes;
}

/** `02-intro (recovered).md`, `02-intro (recovered 2).md`, …: a free name for a file whose own is taken. */
function recoveredName(name: string, n: number): string {
  const ext = /\.[^.]+$/.exec(name)?.[0] ?? '';
  return `${name.slice(0, name.length - ext.length)} (recovered${n > 1 ? ` ${n}` : ''})${ext}`;
}

/** Whether a deck folder entry is a hidden temp name of an interrupted reorder or rename; its original name, or null. */
export function interruptedRenameOf(name: string): string | null {
  return TEMP_NAME.exec(name)?.[1] ?? null;
}
