import path from 'node:path';
import { Channels, type DeckUpdate } from '../shared/contract';
import { DeckSession } from '../node/deck-session';
import { PresentationHub } from '../node/presentation-hub';
import { loadLastRehearsal, saveRehearsal } from '../node/rehearsal-store';

/** The part of a WebContents the registry needs: where to push reloads, and an identity. */
export interface DeckView {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** One open deck: its folder, its session and the views (windows) showing it. */
export interface DeckEntry {
  readonly key: string;
  readonly dir: string;
  readonly session: DeckSession;
  /** The presentation state every view of this deck shows (audience and console). */
  readonly presentation: PresentationHub;
  readonly views: Map<number, DeckView>;
}

/**
 * Every open deck by host key (`d1`, `d2`, …). Each deck is served from its own
 * `lectern://<key>/` origin, so one deck's pages can never read another deck's files. A deck
 * stays open while at least one view is attached; the last detach closes its watcher.
 */
export class DeckRegistry {
  private readonly entries = new Map<string, DeckEntry>();
  private counter = 0;

  constructor(private readonly createSession: (dir: string) => DeckSession = (dir) => new DeckSession(dir)) {}

  /**
   * Loads the deck folder and starts watching it; returns the new host key. Throws
   * DeckFolderError (before any window exists) when the folder is not a deck at all.
   */
  async open(deckDir: string): Promise<string> {
    const dir = path.resolve(deckDir);
    const session = this.createSession(dir);
    // A large deck opens with its first files; the rest arrives through onChange below.
    const first = await session.open();
    const key = `d${++this.counter}`;
    const presentation = new PresentationHub({
      lastRun: await loadLastRehearsal(dir),
      saveRehearsal: (record) => saveRehearsal(dir, record),
    });
    presentation.setDeck(session.loadedDeck() ?? first.deck);
    const entry: DeckEntry = { key, dir, session, presentation, views: new Map() };
    this.entries.set(key, entry);
    session.onChange((update) => {
      this.broadcast(entry, Channels.deckChanged, update);
      // Right after the deck: views get the deck, then the position in it (see browser-host.ts).
      const deck = session.loadedDeck();
      if (deck) presentation.setDeck(deck);
    });
    presentation.onChange((snapshot) => this.broadcast(entry, Channels.presentationChanged, snapshot));
    // Watching is best effort: a deck on a read-only or network share still presents.
    await session.watch().catch((err: unknown) => console.error(`lectern: cannot watch ${dir}: ${(err as Error).message}`));
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

  /** Starts sending this deck's reloads to `view`. */
  attach(key: string, view: DeckView): void {
    this.entries.get(key)?.views.set(view.id, view);
  }

  /**
   * Stops sending reloads to the view with this WebContents id (ids, not objects: a closed
   * window's WebContents may no longer be usable), from one deck or from all; closes any deck
   * left without views.
   */
  async detach(viewId: number, onlyKey?: string): Promise<void> {
    for (const entry of [...this.entries.values()]) {
      if (onlyKey !== undefined && entry.key !== onlyKey) continue;
      if (entry.views.delete(viewId) && entry.views.size === 0) await this.close(entry.key);
    }
  }

  /** Stops watching a deck and forgets its key (its pages then get 404 and IPC refusals). */
  async close(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    await entry.session.close();
  }

  /** Closes every deck (app quit). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((key) => this.close(key)));
  }

  private broadcast(entry: DeckEntry, channel: string, value: DeckUpdate | unknown): void {
    for (const view of entry.views.values()) {
      if (!view.isDestroyed()) view.send(channel, value);
    }
  }
}
