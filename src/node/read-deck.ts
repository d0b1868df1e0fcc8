import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildDeckSteps, type DeckBuildCache, type DeckSources } from '../core/build-deck';
import { DECK_CONFIG_FILE, parseDeckConfig } from '../core/deck-config';
import { diagnostic } from '../core/diagnostic-text';
import { isSlideFileName, orderFiles } from '../core/natural-sort';
import type { Deck, Diagnostic, SourceFile } from '../core/types';
import { TEXT_ENCODING_LABELS, type TextEncodingName } from '../core/text-encoding';
import { decodeWithChoice } from './decode';
import { fontCoverageDiagnostics } from './font-coverage';
import { prepareSlideRenderer } from './guarded-render';
import { runSliced, TimeSlicer } from './sliced-build';
import { interruptedRenameOf } from './deck-renames';
import { checkDeckAssets } from './deck-assets';
import { DECK_FILE_NAME, deckNameOf, deckRootOf } from './deck-path';
import { findNestedDecks, nestedDecksDiagnostic } from './nested-decks';
import { importsIn } from '../core/slide-imports';
import { resolveInsideDeck } from './paths';
import { readSlideFiles, type FileRead, type FileReads, type ReadsSince } from './read-slides';
import { FileTooLargeError, NotRegularFileError, readRegularFile } from './safe-read';

/** Slide files above this size are refused, not parsed: they would stall every view. */
export const MAX_SLIDE_FILE_BYTES = 10 * 1024 * 1024;

/** A folder that cannot be a deck at all (missing, not a folder, unreadable). */
export class DeckFolderError extends Error {
  constructor(
    readonly folder: string,
    message: string,
  ) {
    super(`${folder}: ${message}`);
    this.name = 'DeckFolderError';
  }
}

/** Encodings the user chose for some of a deck's files (by deck-relative name): see encoding-choices.ts. */
export type EncodingChoiceMap = ReadonlyMap<string, TextEncodingName>;

/** What the user is told about how a file's bytes became text, when it was not certain UTF-8/UTF-16. */
function encodingDiagnostic(name: string, decoded: Extract<ReturnType<typeof decodeWithChoice>, { ok: true }>): Diagnostic | null {
  const label = TEXT_ENCODING_LABELS[decoded.encoding];
  if (decoded.chosen) return diagnostic({ severity: 'info', code: 'file-encoding-chosen', file: name, params: { encoding: label } });
  if (!decoded.guessed) return null;
  // A guess can be wrong: say which table was used and how to pick another, so garbled text has an explanation.
  return {
    severity: 'warning',
    code: 'file-encoding-guessed',
    file: name,
    params: {
      reason: decoded.reason ?? 'guess',
      encoding: label,
      ...(decoded.damaged ? { damaged: decoded.damaged } : {}),
      ...(decoded.chosenEncoding ? { chosen: TEXT_ENCODING_LABELS[decoded.chosenEncoding] } : {}),
    },
    message: decoded.warning ?? `is not UTF-8: read as ${label} (a guess from its letters); if the text looks wrong, choose its encoding in the editor's Encoding menu (or save the file as UTF-8)`,
  };
}

async function readOne(deckRoot: string, name: string, diagnostics: Diagnostic[], chosen?: TextEncodingName, stamp?: (stamp: string) => void): Promise<string | null> {
  const real = await resolveInsideDeck(deckRoot, name);
  if (!real) {
    // A link loop (a.md -> b.md -> a.md, self.md -> self.md) is named as such: ELOOP must never stop a reload.
    const loop = (await realpath(path.join(deckRoot, name)).catch((err: NodeJS.ErrnoException) => err.code)) === 'ELOOP';
    diagnostics.push(loop ? diagnostic({ severity: 'error', code: 'file-link-loop', file: name }) : diagnostic({ severity: 'error', code: 'file-outside-deck', file: name }));
    return null;
  }
  try {
    // Opened non-blocking and checked on the handle: a FIFO named like a slide never blocks a read.
    const decoded = decodeWithChoice(await readRegularFile(real, MAX_SLIDE_FILE_BYTES, stamp), chosen);
    if (decoded.ok) {
      const note = encodingDiagnostic(name, decoded);
      if (note) diagnostics.push(note);
      return decoded.text;
    }
    diagnostics.push(diagnostic({ severity: 'error', code: 'file-encoding', file: name, line: 1, params: decoded.params }));
  } catch (err) {
    if (err instanceof FileTooLargeError) {
      diagnostics.push(diagnostic({ severity: 'error', code: 'file-too-large', file: name, params: { size: (err.size / 1048576).toFixed(1), limit: MAX_SLIDE_FILE_BYTES / 1048576 } }));
      return null;
    }
    if (err instanceof NotRegularFileError) {
      // A folder named `x.md` is simply not a slide; a pipe, socket or device is named.
      if (err.kind !== 'a folder') diagnostics.push(diagnostic({ severity: 'error', code: 'file-not-regular', file: name, params: { reason: err.reason } }));
      return null;
    }
    diagnostics.push(diagnostic({ severity: 'error', code: 'file-unreadable', file: name, params: { error: (err as NodeJS.ErrnoException).code ?? (err as Error).message } }));
  }
  return null;
}

/** Files hidden under a temp name by a reorder or rename that was killed (a read-only `check` only names them). */
function interruptedRenames(entries: string[]): Diagnostic[] {
  return entries.flatMap((entry) => {
    const original = interruptedRenameOf(entry);
    return original ? [diagnostic({ severity: 'warning', code: 'interrupted-rename', file: original, params: { hidden: entry } })] : [];
  });
}

/**
 * Reads a deck folder into the pure builder's input, each file in the encoding chosen for it
 * (`choices`) or else detected. With `since`, slide files that did not change keep their last
 * read (see read-slides.ts); the result's `reads` is what the next reload passes back.
 * Throws DeckFolderError only when there is no folder.
 */
export async function readDeckSources(
  deckDir: string,
  choices: EncodingChoiceMap = new Map(),
  since?: ReadsSince,
  /** Read only the deck's first files, in its order, up to about this much text (`unread` says how many were left). */
  firstChars?: number,
): Promise<DeckSources & { reads: FileReads; unread: number }> {
  const given = path.resolve(deckDir);
  let entries: string[];
  let subfolders: string[] = [];
  let root = given;
  let single = false;
  try {
    const info = await stat(given);
    if (info.isFile()) {
      // A single Markdown file is a deck of its own; its folder holds its images.
      if (!DECK_FILE_NAME.test(given)) throw new DeckFolderError(given, 'is not a Markdown (.md) file or a folder; a deck is one .md file or a folder of .md files');
      root = path.dirname(given);
      entries = [path.basename(given)];
      single = true;
    } else if (!info.isDirectory()) {
      throw new DeckFolderError(given, 'is not a folder or a .md file; a deck is one .md file or a folder of .md files');
    } else {
      const dirents = await readdir(root, { withFileTypes: true });
      entries = dirents.map((d) => d.name).sort();
      subfolders = dirents
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
    }
  } catch (err) {
    if (err instanceof DeckFolderError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new DeckFolderError(given, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (err as Error).message})`);
  }
  const diagnostics: Diagnostic[] = interruptedRenames(entries);
  // Read in parallel (a bounded number at a time): a reload's latency is dominated by file-system round trips, not CPU.
  const names = entries.filter(isSlideFileName);
  // A single-file deck is configured by its own front matter, not by a deck.yaml beside it.
  const readConfig = (): Promise<string | null> =>
    !single && entries.includes(DECK_CONFIG_FILE) ? readOne(root, DECK_CONFIG_FILE, diagnostics, choices.get(DECK_CONFIG_FILE)) : Promise.resolve(null);
  const readSlides = (ordered: readonly string[]): Promise<Map<string, FileRead>> =>
    readSlideFiles(ordered, (name, found, stamp) => readOne(root, name, found, choices.get(name), stamp), since, firstChars);
  let reads: Map<string, FileRead>;
  let config: string | null;
  if (firstChars === undefined) [reads, config] = await Promise.all([readSlides(names), readConfig()]);
  else {
    // The first files in the deck's order: deck.yaml's `order` first.
    config = await readConfig();
    reads = await readSlides(orderFiles(names, parseDeckConfig(config, []).config.order));
  }
  const files: SourceFile[] = [];
  for (const name of names) {
    const read = reads.get(name);
    if (!read) continue;
    diagnostics.push(...read.diagnostics);
    if (read.text !== null) files.push({ name, text: read.text });
  }
  const includes = await readIncludes(root, files);
  const nested = nestedDecksDiagnostic(await findNestedDecks(root, subfolders, files), files.length > 0);
  if (nested) diagnostics.push(nested);
  // Parallel reads finish in any order; keep diagnostics stable for users and tests.
  diagnostics.sort((a, b) => a.file.localeCompare(b.file));
  return { files, config, folderName: deckNameOf(given), diagnostics, ...(includes.length ? { includes } : {}), reads, unread: names.length - reads.size };
}

/** Most files a deck's `src:` imports may bring in (imports of imports included). */
const MAX_INCLUDES = 100;

/** Reads style.css beside the deck and the files that slides import (Slidev `src:`), inside the deck folder only, imports of imports too. */
async function readIncludes(root: string, files: SourceFile[]): Promise<SourceFile[]> {
  const seen = new Set<string>();
  const out: SourceFile[] = [];
  // reveal-md and Slidev pick up a style.css beside the deck.
  const style = await readOne(root, 'style.css', []);
  if (style !== null) out.push({ name: 'style.css', text: style });
  // Every file of a 100,000-file deck is looked at: in time slices, never holding a presenter's key.
  let wanted: string[] = [];
  const slicer = new TimeSlicer();
  for (let i = 0; i < files.length; i++) {
    wanted.push(...importsIn(files[i]!.text));
    if (i % 256 === 255) await slicer.pause();
  }
  while (wanted.length && out.length < MAX_INCLUDES) {
    const next = [...new Set(wanted)].filter((p) => !seen.has(p)).slice(0, MAX_INCLUDES - out.length);
    next.forEach((p) => seen.add(p));
    const texts = await Promise.all(next.map((p) => readOne(root, p, [])));
    wanted = [];
    next.forEach((name, i) => {
      const text = texts[i];
      if (text === null || text === undefined) return;
      out.push({ name, text });
      wanted.push(...importsIn(text));
    });
  }
  return out;
}

/**
 * Reads and builds a deck, then checks that every file a slide refers to exists inside the deck.
 * Pass the same `cache` on every reload so unchanged files are not rendered again, and
 * `sources` when they were already read.
 */
export async function loadDeck(deckDir: string, cache?: DeckBuildCache, sources?: DeckSources): Promise<Deck> {
  const read = sources ?? (await readDeckSources(deckDir));
  // Markdown is rendered in a worker with time and memory limits: one hostile slide cannot stall the host.
  // Built one file at a time in slices of a few ms: a presenter's key never waits for a large deck.
  const deck = await runSliced(buildDeckSteps(read, cache, await prepareSlideRenderer(read, cache)));
  await checkDeckAssets(deck, deckRootOf(deckDir));
  deck.diagnostics.push(...(await fontCoverageDiagnostics(deck.slides)));
  return deck;
}
