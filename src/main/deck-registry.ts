import path from 'node:path';
import type { DeckRuntime } from '../node/deck-runtime';
import { ipcEventSender } from './ipc-events';

/** The part of a WebContents the registry needs: where to push events, and an identity. */
export interface DeckView {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** One open deck: its folder, its runtime and the views (windows) showing it. */
export interface DeckEntry {
  readonly key: string;
  readonly dir: string;
  readonly runtime: DeckRuntime;
  readonly views: Map<number, DeckView>;
}

/** Opens a deck's runtime for the app (the host key is known first: the app's printer needs it). */
export type OpenRuntime = (dir: string, key: string) => Promise<DeckRuntime>;

/**
 * Every open deck by host key (`d1`, `d2`, …). Each deck is served from its own
 * `lectern://<key>/` origin, so one deck's pages can never read another deck's files. A deck
 * stays open while at least one view is attached; the last detach closes it. Events of a deck's
 * runtime are pushed to every view of that deck.
 */
export class DeckRegistry {
  private readonly entries = new Map<string, DeckEntry>();
  private counter = 0;

  constructor(private readonly openRuntime: OpenRuntime) {}

  /**
   * Opens the deck folder (watched); returns the new host key. Throws DeckFolderError (before
   * any window exists) when the folder is not a deck at all.
   */
  async open(deckDir: string): Promise<string> {
    const dir = path.resolve(deckDir);
    const key = `d${++this.counter}`;
    const runtime = await this.openRuntime(dir, key);
    const entry: DeckEntry = { key, dir, runtime, views: new Map() };
    this.entries.set(key, entry);
    runtime.on(ipcEventSender(() => entry.views.values()));
    return key;
  }

  /** The open deck with this host key, if any. */
  get(key: string): DeckEntry | undefined {
    return this.entries.get(key);
  }

  /** The key of an open deck whose folder is `deckDir`, if any. */
  keyOfDir(deckDir: string): string | undefined {
    const dir = path.resolve(deckDir);
    return [...this.entries.values()].find((e) => e.dir === dir)?.key;
  }

  /** The key of the deck that `viewId` (a WebContents id) shows, if any. */
  keyOfView(viewId: number): string | undefined {
    return [...this.entries.values()].find((e) => e.views.has(viewId))?.key;
  }

  /** Starts sending this deck's events to `view`. */
  attach(key: string, view: DeckView): void {
    this.entries.get(key)?.views.set(view.id, view);
  }

  /**
   * Stops sending events to the view with this WebContents id (ids, not objects: a closed
   * window's WebContents may no longer be usable), from one deck or from all; closes any deck
   * left without views.
   */
  async detach(viewId: number, onlyKey?: string): Promise<void> {
    for (const entry of [...this.entries.values()]) {
      if (onlyKey !== undefined && entry.key !== onlyKey) continue;
      if (entry.views.delete(viewId) && entry.views.size === 0) await this.close(entry.key);
    }
  }

  /** Closes a deck and forgets its key (its pages then get 404 and IPC refusals). */
  async close(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    await entry.runtime.close();
  }

  /** Closes every deck (app quit). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((key) => this.close(key)));
  }
}
