import path from 'node:path';
import { toEditorText } from '../core/line-endings';
import type { FileChange } from '../shared/edit-contract';
import type { TextEncodingName } from '../core/text-encoding';
import { isDeckBusy } from './deck-lock';
import { deckRootOf } from './deck-path';
import { SETTLE_MS, VERIFY_MS } from './deck-watcher';
import { decodeWithChoice } from './decode';
import { listenerSet } from './listener-set';
import { hashBytes, isEditableId } from './edit-files';
import { resolveInsideDeck } from './paths';
import { readRegularFile } from './safe-read';

/**
 * Turns the deck watcher's events into per-file changes with content hashes, for the editor.
 * A change is reported only when the bytes differ from the last ones seen (a `touch` is not a
 * change), and never for our own saves: the writer tells the tracker the hash it is about to
 * write, so that write's echo matches and is dropped.
 */
export class FileTracker {
  private readonly known = new Map<string, string | null>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly changes = listenerSet<FileChange>();
  private closed = false;

  constructor(
    readonly deckDir: string,
    /** The encoding the user chose for a file, so a change on disk reaches the editor decoded the same way. */
    private readonly chosenEncoding: (id: string) => Promise<TextEncodingName | undefined> = async () => undefined,
  ) {}

  /** Records the hash of bytes we are writing or just read (null: we are moving the file away), so seeing that on disk is not news. */
  noteOwnWrite(id: string, hash: string | null): void {
    this.known.set(id, hash);
  }

  /** Subscribes to changes; returns an unsubscribe function. */
  readonly onChange = this.changes.on;

  /** Handles one watcher event for `absPath` (a file in the deck, or the deck folder itself). */
  notice(absPath: string): void {
    const rel = path.relative(deckRootOf(this.deckDir), path.resolve(absPath));
    // The folder itself (deleted, or moved away): every file we know of may be gone.
    if (rel === '') for (const id of this.known.keys()) this.schedule(id);
    else if (isEditableId(rel)) this.schedule(rel);
  }

  /** Read after the watcher's settle delay, and once more after its verify delay (deck-watcher.ts). */
  private schedule(id: string, delay = SETTLE_MS, verify = true): void {
    if (this.closed) return;
    clearTimeout(this.timers.get(id));
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        void this.check(id).finally(() => {
          if (verify && !this.timers.has(id)) this.schedule(id, VERIFY_MS, false);
        });
      }, delay),
    );
  }

  /** Reads the file now and reports it if its bytes differ from the last ones seen. */
  async check(id: string): Promise<void> {
    // Our own change is under way (deck-lock.ts): look again once it is done.
    if (isDeckBusy(this.deckDir)) return this.schedule(id);
    const file = await resolveInsideDeck(this.deckDir, id);
    const bytes = file ? await readRegularFile(file).catch(() => null) : null;
    const hash = bytes ? hashBytes(bytes) : null;
    if (isDeckBusy(this.deckDir)) return this.schedule(id);
    if (this.closed || this.known.get(id) === hash) return;
    this.known.set(id, hash);
    const decoded = bytes ? decodeWithChoice(bytes, await this.chosenEncoding(id).catch(() => undefined)) : null;
    const change: FileChange = { id, hash, text: decoded?.ok ? toEditorText(decoded.text) : null };
    this.changes.emit(change);
  }

  /** Stops all pending checks and drops listeners. */
  close(): void {
    this.closed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.changes.clear();
  }
}
