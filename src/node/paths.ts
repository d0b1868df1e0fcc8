import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** True when `child` is `parent` or lies inside it (both absolute, already resolved). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Resolves a deck-relative path (as found in a `/deck/…` URL) to a real file path inside the
 * deck, or null. Symlinks are resolved first (docs/pitfalls.md: a lexical check misses links that point
 * outside); loops and missing files give null. A single-file deck (`talk.md`) is confined to
 * the folder that holds the file.
 */
export async function resolveInsideDeck(deckRoot: string, relPath: string): Promise<string | null> {
  if (!relPath || relPath.includes('\0') || path.isAbsolute(relPath) || /^[a-z]:/i.test(relPath) || relPath.includes('\\')) return null;
  const segments = relPath.split('/');
  // Hidden names (`.git`, `.env`, Lectern's own `.lectern` folder and lock) are never part of a deck.
  if (segments.some((s) => s === '..' || s === '' || s.startsWith('.'))) return null;
  try {
    let root = await realpath(deckRoot);
    if ((await stat(root)).isFile()) root = path.dirname(root);
    const real = await realpath(path.join(root, ...segments));
    // A link into a hidden folder counts as hidden too.
    const hidden = path
      .relative(root, real)
      .split(path.sep)
      .some((s) => s.startsWith('.'));
    return isInside(root, real) && !hidden ? real : null;
  } catch {
    return null;
  }
}
