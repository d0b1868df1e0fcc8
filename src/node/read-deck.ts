import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildDeck, type DeckSources } from '../core/build-deck';
import { DECK_CONFIG_FILE } from '../core/deck-config';
import { isSlideFileName } from '../core/natural-sort';
import type { Deck, Diagnostic, SourceFile } from '../core/types';
import { decodeText } from './decode';
import { resolveInsideDeck } from './paths';

/** Slide files above this size are refused, not parsed: they would stall every view. */
export const MAX_SLIDE_FILE_BYTES = 10 * 1024 * 1024;

/** A folder that cannot be a deck at all (missing, not a folder, unreadable). */
export class DeckFolderError extends Error {
  constructor(readonly folder: string, message: string) {
    super(`${folder}: ${message}`);
    this.name = 'DeckFolderError';
  }
}

async function readOne(deckRoot: string, name: string, diagnostics: Diagnostic[]): Promise<string | null> {
  const real = await resolveInsideDeck(deckRoot, name);
  if (!real) {
    diagnostics.push({ severity: 'error', code: 'file-outside-deck', file: name, message: 'is a link to a file outside the deck folder (or a broken link) and was not read' });
    return null;
  }
  try {
    const info = await stat(real);
    if (!info.isFile()) return null;
    if (info.size > MAX_SLIDE_FILE_BYTES) {
      diagnostics.push({ severity: 'error', code: 'file-too-large', file: name, message: `is ${(info.size / 1048576).toFixed(1)} MB; slide files over ${MAX_SLIDE_FILE_BYTES / 1048576} MB are not opened` });
      return null;
    }
    const decoded = decodeText(await readFile(real));
    if (decoded.ok) return decoded.text;
    diagnostics.push({ severity: 'error', code: 'file-encoding', file: name, line: 1, message: decoded.message });
  } catch (err) {
    diagnostics.push({ severity: 'error', code: 'file-unreadable', file: name, message: `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
  }
  return null;
}

/** Reads a deck folder into the pure builder's input. Throws DeckFolderError only when there is no folder. */
export async function readDeckSources(deckDir: string): Promise<DeckSources> {
  const root = path.resolve(deckDir);
  let entries: string[];
  try {
    if (!(await stat(root)).isDirectory()) throw new DeckFolderError(root, 'is not a folder; a deck is a folder of .md files');
    entries = (await readdir(root)).sort();
  } catch (err) {
    if (err instanceof DeckFolderError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new DeckFolderError(root, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (err as Error).message})`);
  }
  const diagnostics: Diagnostic[] = [];
  const files: SourceFile[] = [];
  for (const name of entries.filter(isSlideFileName)) {
    const text = await readOne(root, name, diagnostics);
    if (text !== null) files.push({ name, text });
  }
  const config = entries.includes(DECK_CONFIG_FILE) ? await readOne(root, DECK_CONFIG_FILE, diagnostics) : null;
  return { files, config, folderName: path.basename(root), diagnostics };
}

/** Reads and builds a deck, then checks that every file a slide refers to exists inside the deck. */
export async function loadDeck(deckDir: string): Promise<Deck> {
  const deck = buildDeck(await readDeckSources(deckDir));
  const root = path.resolve(deckDir);
  for (const slide of deck.slides) {
    for (const asset of slide.assets) {
      if (!(await resolveInsideDeck(root, asset))) {
        deck.diagnostics.push({ severity: 'warning', code: 'asset-missing', file: slide.file, line: slide.line, message: `\`${asset}\` is missing (or outside the deck folder)` });
      }
    }
  }
  return deck;
}
