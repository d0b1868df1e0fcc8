import { createHash } from 'node:crypto';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { Deck } from '../core/types';
import type { DeckPayload } from '../shared/contract';
import { loadDeck } from './read-deck';

/** Delay after the last file event before reloading: editors write in bursts. */
const SETTLE_MS = 40;

/**
 * The open deck of one window or server: loads it, watches the folder, reloads on change and
 * tells listeners — only when the content really changed (a bare `touch` fires events too).
 */
export class DeckSession {
  private deck: Deck | null = null;
  private fingerprint = '';
  private revision = 0;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private listeners = new Set<(payload: DeckPayload) => void>();

  constructor(readonly deckDir: string) {}

  /** Loads the deck (first call) or returns the current one. */
  async payload(): Promise<DeckPayload> {
    if (!this.deck) await this.reload();
    return this.current();
  }

  private current(): DeckPayload {
    return { deck: this.deck!, folderName: path.basename(path.resolve(this.deckDir)), revision: this.revision };
  }

  /** Re-reads the folder; returns the new payload, or null when nothing a viewer would see changed. */
  async reload(): Promise<DeckPayload | null> {
    const deck = await loadDeck(this.deckDir);
    const fingerprint = hash(JSON.stringify(deck));
    if (this.deck && fingerprint === this.fingerprint) return null;
    this.deck = deck;
    this.fingerprint = fingerprint;
    this.revision++;
    return this.current();
  }

  /** Calls `listener` after every reload that changed the deck. Returns an unsubscribe function. */
  onChange(listener: (payload: DeckPayload) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts watching the deck folder (idempotent). Resolves once the watcher is ready. */
  async watch(): Promise<void> {
    if (this.watcher) return;
    this.watcher = watch(path.resolve(this.deckDir), {
      ignoreInitial: true,
      depth: 4,
      atomic: true,
      // Our own and editors' temp files (`.x.md.123.tmp`, `4913`, `x.md~`, `.x.md.swp`) are noise.
      ignored: (p: string) => /(^|[/\\])(\.(?!$)[^/\\]*|node_modules|4913|[^/\\]*~)$/.test(p) && p !== path.resolve(this.deckDir),
    });
    this.watcher.on('all', () => this.schedule());
    await new Promise<void>((resolve) => this.watcher!.once('ready', () => resolve()));
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.reload()
        .then((change) => change && this.listeners.forEach((l) => l(change)))
        .catch((err: unknown) => console.error(`lectern: reload of ${this.deckDir} failed: ${(err as Error).message}`));
    }, SETTLE_MS);
  }

  /** Stops watching and drops listeners. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
    await this.watcher?.close();
    this.watcher = null;
  }
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
