import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic } from '../core/diagnostic-text';
import { isSlideFileName } from '../core/natural-sort';
import type { Diagnostic, SourceFile } from '../core/types';

/** Subfolders looked at, at most: a deck folder is small; a home folder opened by mistake is not. */
const MAX_SUBFOLDERS = 200;

/**
 * Subfolders of a deck folder that hold slide files of their own (a course folder with one deck
 * per lesson). Those are never merged into one deck; the user is told which they are. A subfolder
 * that the deck's own files name (Slidev's `src: ./pages/x.md`) is part of this deck, not another.
 */
export async function findNestedDecks(root: string, entries: string[], files: SourceFile[]): Promise<string[]> {
  const candidates = entries.filter((e) => !e.startsWith('.') && !e.startsWith('_') && e !== 'node_modules').slice(0, MAX_SUBFOLDERS);
  const found = await Promise.all(
    candidates.map(async (name) => {
      const inside = await readdir(path.join(root, name), { withFileTypes: true }).catch(() => null);
      return inside?.some((d) => d.isFile() && isSlideFileName(d.name)) ? name : null;
    }),
  );
  const named = (dir: string): boolean => files.some((f) => f.text.includes(`${dir}/`));
  return found.filter((d): d is string => d !== null && !named(d));
}

/** What the user is told about nested decks: an error when the folder itself has no slides, else a warning. */
export function nestedDecksDiagnostic(nested: string[], hasOwnSlides: boolean): Diagnostic | null {
  if (!nested.length) return null;
  const folders = nested
    .slice(0, 8)
    .map((d) => `${d}/`)
    .join(', ');
  const more = Math.max(nested.length - 8, 0);
  return diagnostic({ severity: hasOwnSlides ? 'warning' : 'error', code: 'nested-decks', file: '.', params: { reason: hasOwnSlides ? 'also' : 'only', folders, more, first: nested[0]! } });
}
