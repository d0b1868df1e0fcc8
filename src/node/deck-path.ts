import { statSync } from 'node:fs';
import path from 'node:path';

/** A Markdown file that can be a deck on its own (`lectern present talk.md`). */
export const DECK_FILE_NAME = /\.md$/i;

/**
 * Whether `deckPath` names a single-file deck: a regular file (or a link to one) whose name ends
 * in `.md`. A folder named `x.md` stays a folder deck. Synchronous: it is one stat, and every
 * caller needs the answer before it can do anything else with the path.
 */
export function isSingleFileDeck(deckPath: string): boolean {
  if (!DECK_FILE_NAME.test(deckPath)) return false;
  try {
    return statSync(deckPath).isFile();
  } catch {
    return false;
  }
}

/**
 * The folder that contains a deck's files: the deck folder itself, or for a single-file deck the
 * folder the file is in (its images are relative to it, and nothing outside it is served).
 */
export function deckRootOf(deckPath: string): string {
  const resolved = path.resolve(deckPath);
  return isSingleFileDeck(resolved) ? path.dirname(resolved) : resolved;
}

/** The deck's name for titles and default PDF names: the folder's name, or the file's without `.md`. */
export function deckNameOf(deckPath: string): string {
  const resolved = path.resolve(deckPath);
  return isSingleFileDeck(resolved) ? path.basename(resolved).replace(DECK_FILE_NAME, '') : path.basename(resolved);
}
