import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from './paths';

/**
 * The real path of Lectern's own folder `segments` under `root` (a deck's `.lectern/trash`, the
 * data folder's `drafts/<deck>`), made if missing. Each segment must be a real folder: a symlink
 * planted there (`.lectern -> /home/user`) would send trash, rehearsal records or journals
 * outside the folder the user sees, so it is refused with a sentence saying why.
 */
export async function containedDir(root: string, segments: readonly string[]): Promise<string> {
  const base = await realpath(root);
  let dir = base;
  for (const segment of segments) {
    dir = path.join(dir, segment);
    await mkdir(dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
    const info = await lstat(dir);
    if (info.isSymbolicLink() || !info.isDirectory()) throw refusal(base, dir, info.isSymbolicLink() ? 'is a link' : 'is not a folder');
  }
  // Belt and braces: whatever happened between the checks, the result must lie inside root.
  const real = await realpath(dir);
  if (!isInside(base, real)) throw refusal(base, dir, 'leads outside');
  return real;
}

/**
 * The path of file `name` in a folder from `containedDir`, for a new or replaced file Lectern
 * owns. Refused when that name is a link: the atomic writer would write through it.
 */
export async function containedFile(dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  const info = await lstat(file).catch(() => null);
  if (info && (info.isSymbolicLink() || !info.isFile())) throw refusal(path.dirname(dir), file, info.isSymbolicLink() ? 'is a link' : 'is not a regular file');
  return file;
}

/** Whether `segments` under `root` exist as real folders (no links); for reads that must not follow a planted link. */
export async function isContainedDir(root: string, segments: readonly string[]): Promise<boolean> {
  let dir = root;
  for (const segment of segments) {
    dir = path.join(dir, segment);
    const info = await lstat(dir).catch(() => null);
    if (!info || info.isSymbolicLink() || !info.isDirectory()) return false;
  }
  return true;
}

/** A write Lectern refused because a link (or a file) stands where its own folder or file should be. */
function refusal(base: string, at: string, what: string): Error {
  const shown = path.relative(base, at) || at;
  return Object.assign(new Error(`${shown} ${what}; Lectern writes only inside the folder it belongs to, so nothing was written there`), { code: 'ELINKOUT' });
}
