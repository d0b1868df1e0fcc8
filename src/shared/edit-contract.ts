/**
 * The editor's part of the host contract: deck files by deck-relative id (never a path), saves
 * guarded by content hashes, drafts, and file-change events. Types and constants only.
 */
import type { LineEnding } from '../core/line-endings';
import type { TextEncodingName, TextFormat } from '../core/text-encoding';
import type { Result } from './contract';

/** A file the editor may open: slide files (also skipped `_x.md`) and deck.yaml, directly in the deck folder. */
export interface DeckFileEntry {
  /** Deck-relative name, e.g. `01-intro.md`. */
  id: string;
  kind: 'slide' | 'skipped' | 'config';
}

/** A file as read for editing: text with `\n` line breaks, and how to write it back byte-exact. */
export interface OpenedFile {
  id: string;
  text: string;
  format: TextFormat;
  eol: LineEnding;
  /** The file mixes line endings; a save writes them all as `eol`. */
  mixedEol: boolean;
  /** sha-256 (hex) of the bytes read: a save expects to find these bytes still on disk. */
  hash: string;
  /** The encoding was chosen by the user (reopen with encoding), not detected. */
  chosen?: boolean;
  /** Damaged UTF-8 byte sequences shown as U+FFFD: saving would write U+FFFD in their place. */
  damaged?: number;
}

/** A save: the editor's text, the format to write it in, and the hash of the bytes it was based on. */
export interface SaveRequest {
  id: string;
  text: string;
  format: TextFormat;
  eol: LineEnding;
  /** Hash of the disk bytes the text is based on; null for a file the editor created. */
  expectedHash: string | null;
  /** Write even when the disk holds other bytes (the user chose "keep mine"). */
  force?: boolean;
}

/** What a save did: wrote (new hash), found someone else's version (wrote nothing), or failed (wrote nothing). */
export type SaveOutcome = { status: 'saved'; hash: string } | { status: 'conflict'; theirs: { hash: string; text: string } } | { status: 'failed'; message: string };

/** A file changed on disk (by anyone, us included: `hash` tells). Null hash: the file is gone. */
export interface FileChange {
  id: string;
  hash: string | null;
  /** The new text (editor line breaks), or null when gone or unreadable. */
  text: string | null;
}

/** Unsaved text kept in the app's data folder until saved or discarded. */
export interface Draft {
  id: string;
  text: string;
  /** Hash of the disk bytes the draft was typed over (null: file did not exist). */
  baseHash: string | null;
  /** When it was written (ms since epoch). */
  savedAt: number;
}

/** The editor's host operations. Every file argument is a deck-relative id, checked by the host. */
export interface EditHost {
  listFiles(): Promise<Result<DeckFileEntry[]>>;
  readFile(id: string): Promise<Result<OpenedFile>>;
  saveFile(request: SaveRequest): Promise<Result<SaveOutcome>>;
  /** Creates an empty file; refuses an existing name. */
  createFile(id: string): Promise<Result<OpenedFile>>;
  renameFile(from: string, to: string): Promise<Result<null>>;
  /** Moves the file to the trash; the value says where it went, for the user. */
  trashFile(id: string): Promise<Result<string>>;
  /** Renames numeric prefixes so slide files sort in this order; returns the renames made. */
  reorderFiles(ids: string[]): Promise<Result<[string, string][]>>;
  /**
   * Reads the file's bytes from disk again in `encoding` (null: detect automatically) and
   * remembers the choice for this deck and file in the app's data folder (the file is not
   * changed); the deck is reloaded with it. Refused when the bytes are not valid in that encoding.
   */
  reopenFile(id: string, encoding: TextEncodingName | null): Promise<Result<OpenedFile>>;
  listDrafts(): Promise<Result<Draft[]>>;
  putDraft(draft: Draft): Promise<Result<null>>;
  deleteDraft(id: string): Promise<Result<null>>;
  /** Subscribes to file changes on disk; returns an unsubscribe function. */
  onFileChanged(listener: (change: FileChange) => void): () => void;
}

/** The editor's operation names; each is the application operation `edit.<name>` (src/shared/operations.ts). */
export const EDIT_OPERATIONS = ['listFiles', 'readFile', 'saveFile', 'createFile', 'renameFile', 'trashFile', 'reorderFiles', 'reopenFile', 'listDrafts', 'putDraft', 'deleteDraft'] as const;

/** One of the editor's request operations. */
export type EditOperation = (typeof EDIT_OPERATIONS)[number];
