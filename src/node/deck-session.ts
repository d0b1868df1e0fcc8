import { DeckBuildCache } from '../core/build-deck';
import type { Deck } from '../core/types';
import type { DeckPayload, DeckUpdate } from '../core/deck-update';
import { isEmptyUpdateSteps, makeDeckUpdateSteps } from '../core/deck-update-steps';
import { FIRST_PART_CHARS, firstPartOf } from '../core/first-part';
import path from 'node:path';
import { deckNameOf, deckRootOf } from './deck-path';
import { DeckWatcher } from './deck-watcher';
import type { EncodingChoices } from './encoding-choices';
import { withDeckLock } from './deck-lock';
import { needsRecovery, recoverRenames } from './deck-renames';
import { FileTracker } from './file-tracker';
import { listenerSet } from './listener-set';
import { loadDeck, readDeckSources } from './read-deck';
import { missedChanges } from './missed-changes';
import type { FileReads } from './read-slides';
import { countStepsAhead } from './presentation-hub';
import { runSliced } from './sliced-build';
import { jsonParts, jsonPieces } from './sliced-json';

/** An editor that saves in place truncates first: a file caught empty is read again after this. */
const TRUNCATED_RETRY_MS = 50;
/**
 * A watcher-driven reload reads again the files noticed within this long (plus the last
 * reload's duration): chokidar can drop a second event of a file within 50 ms, and the
 * watcher's verify reload must still read that file once more.
 */
const RECENT_MS = 2_000;

/**
 * The open deck of one window or server: loads it, reloads it one read at a time and tells
 * listeners, only when the content really changed (a bare `touch` fires events too). Watching
 * the folder is DeckWatcher's job (deck-watcher.ts), started by `watch()`.
 */
export class DeckSession {
  private deck: Deck | null = null;
  /** The payload as JSON for HTTP clients, made on first request after each change, with the deck it is of. */
  private deckJson: { deck: Deck | null; json: Promise<string> } | null = null;
  private revision = 0;
  private readonly cache = new DeckBuildCache();
  private watcher: DeckWatcher | null = null;
  /** The reload in progress; reloads never overlap, so an older read cannot win over a newer one. */
  private running: Promise<void> | null = null;
  /** Asked for while one ran: exactly one more reload follows, and every asker waits for it. */
  private pending: Promise<void> | null = null;
  private readonly updates = listenerSet<DeckUpdate>();
  /** The last read of each slide file, reused by reloads for files the watcher did not notice. */
  private reads: FileReads | null = null;
  /** Top-level file names the watcher noticed, with when. */
  private readonly noticed = new Map<string, number>();
  /** The next reload reads every file (first read, an encoding choice, a folder that came back). */
  private fullWanted = true;
  private lastReloadMs = 0;
  /** When the first read of the deck started (what the watcher may have missed is newer). */
  private firstReadAt = 0;

  /** Per-file changes with content hashes, for the editor (own saves excluded). */
  readonly files: FileTracker;

  /**
   * `encodings`: the encodings the user chose for this deck's files (kept in the app's data
   * folder), applied on every read; without it every file's encoding is detected (the editor's
   * service attaches one if none was given).
   */
  constructor(
    readonly deckDir: string,
    public encodings: EncodingChoices | null = null,
  ) {
    this.files = new FileTracker(deckDir, async (id) => this.encodings?.get(id));
  }

  /** The background load of the rest of a deck opened in part (see `open`). */
  private completing: Promise<void> | null = null;
  /** Repair of what a killed Lectern left in the folder (deck-renames.ts), once, before the first read. */
  private recovered: Promise<void> | null = null;

  private recoverOnce(): Promise<void> {
    this.recovered ??= needsRecovery(this.deckDir)
      .then((needed) => (needed ? withDeckLock(this.deckDir, () => recoverRenames(this.deckDir)) : []))
      .then(
        (notes) => notes.forEach((note) => console.error(`lectern: ${note}`)),
        () => undefined,
      );
    return this.recovered;
  }

  /** The whole deck: loads it (first call), waits for a partly opened deck to complete, or returns it. */
  async payload(): Promise<DeckPayload> {
    if (!this.deck) await this.reload();
    while (this.completing) await this.completing;
    if (this.deck!.loading) {
      // The background load of the rest failed (it said why): try once more, in order with other reloads.
      await this.requestReload();
      if (this.deck!.loading) throw new Error(`${this.deckDir}: the deck could not be read completely; try again`);
    }
    return this.current();
  }

  /**
   * What views show first: a large deck's first files (`deck.loading` set), or the whole of a
   * small one. The rest loads in the background and reaches `onChange` listeners as an ordinary
   * reload, in order with the watcher's reloads. Export and checks use `payload()`.
   */
  async open(): Promise<DeckPayload> {
    if (this.deck) return this.current();
    await this.recoverOnce();
    this.firstReadAt ||= Date.now();
    // Only the first files are read before the first slides show (100,000 files take a minute to read).
    const sources = await readDeckSources(this.deckDir, (await this.encodings?.load()) ?? new Map(), undefined, FIRST_PART_CHARS);
    this.reads = sources.reads;
    this.fullWanted = false;
    const part = firstPartOf(sources) ?? (sources.unread ? sources : null);
    if (!part) return this.payload();
    const deck = await loadDeck(this.deckDir, this.cache, part);
    // Another caller may have loaded the whole deck meanwhile.
    if (this.deck) return this.current();
    this.deck = { ...deck, loading: { files: part.files.length, total: sources.files.length + sources.unread } };
    this.revision++;
    // The background load reads only the files not read yet (and builds the whole deck).
    const done = this.requestReload('changed').finally(() => {
      if (this.completing === done) this.completing = null;
    });
    this.completing = done;
    return this.current();
  }

  private current(): DeckPayload {
    return { deck: this.deck!, folderName: deckNameOf(this.deckDir), revision: this.revision };
  }

  /** The deck as last loaded (null before the first load); listeners see the new one. */
  loadedDeck(): Deck | null {
    return this.deck;
  }

  /**
   * The current payload as a JSON string, made once per revision (in time slices: a
   * 100,000-slide deck is tens of MB of JSON) and then reused.
   */
  serialized(): Promise<string> {
    if (this.deckJson?.deck !== this.deck) this.deckJson = { deck: this.deck, json: jsonParts(this.current()).then((parts) => parts.join('')) };
    return this.deckJson.json;
  }

  /**
   * Re-reads the folder; returns the update against the previous revision, or null when
   * nothing a viewer would see changed.
   */
  async reload(): Promise<DeckUpdate | null> {
    await this.recoverOnce();
    const started = Date.now();
    this.firstReadAt ||= started;
    const choices = (await this.encodings?.load()) ?? new Map();
    const since = this.fullWanted || !this.reads ? undefined : { reads: this.reads, changed: this.recentlyNoticed(started) };
    // Asked for again while this reload runs: the next one reads everything.
    this.fullWanted = false;
    let sources: Awaited<ReturnType<typeof readDeckSources>>;
    try {
      sources = await readDeckSources(this.deckDir, choices, since);
      if (sources.files.some((f) => f.text === '' && this.reads?.get(f.name)?.text)) {
        await new Promise((resolve) => setTimeout(resolve, TRUNCATED_RETRY_MS));
        sources = await readDeckSources(this.deckDir, choices, since);
      }
    } catch (err) {
      this.fullWanted = true;
      throw err;
    }
    this.reads = sources.reads;
    const deck = await loadDeck(this.deckDir, this.cache, sources);
    await countStepsAhead(deck.slides);
    // Compared with the last deck in slices: a whole 100,000-slide comparison at once held a
    // presenter's key. Again if the first part of a deck opened meanwhile (open()).
    let prev: DeckPayload | null;
    let update: DeckUpdate;
    let empty: boolean;
    do {
      prev = this.deck ? this.current() : null;
      update = await runSliced(makeDeckUpdateSteps(prev, { ...this.current(), deck, revision: this.revision + 1 }));
      // A save that changed nothing a view shows (touch, whitespace in YAML) is not a reload.
      empty = prev !== null && (await runSliced(isEmptyUpdateSteps(prev, update)));
      // Its JSON is made now, while views and keys still use the last deck: a key pressed once it
      // is published waits only for the writing of the pieces, not for the making (sliced-json.ts).
      if (!empty) await jsonPieces(update);
    } while (this.deck !== (prev?.deck ?? null));
    if (empty) return null;
    this.deck = deck;
    this.revision++;
    this.lastReloadMs = Date.now() - started;
    return update;
  }

  /** Names the watcher noticed lately (older ones are forgotten: their change was read). */
  private recentlyNoticed(now: number): Set<string> {
    for (const [name, at] of this.noticed) if (now - at > RECENT_MS + this.lastReloadMs) this.noticed.delete(name);
    return new Set(this.noticed.keys());
  }

  /** A watcher event: a file directly in the deck folder is read again by the next reload; the folder itself (back after a delete), everything. */
  private noticeChange(file: string): void {
    const name = path.relative(deckRootOf(this.deckDir), file);
    if (name === '') this.fullWanted = true;
    else if (!name.includes(path.sep) && !name.startsWith('..')) this.noticed.set(name, Date.now());
  }

  /** Calls `listener` with the update after every reload that changed the deck. Returns an unsubscribe function. */
  readonly onChange = this.updates.on;

  /** Starts watching the deck folder (idempotent). Resolves once the watcher is ready. */
  async watch(): Promise<void> {
    this.watcher ??= new DeckWatcher(this.deckDir, {
      requestReload: (scope) => this.requestReload(scope),
      noticeFile: (file) => {
        this.noticeChange(file);
        this.files.notice(file);
      },
      readMissed: () => this.readMissed(),
    });
    await this.watcher.start();
  }

  /**
   * Once the watcher is ready: the files that changed after they were read (their time or size
   * differ) are read again; the rest of a 100,000-file deck is not (a full re-read took longer
   * than the load). Waits for the reads in progress (the background load) first.
   */
  private async readMissed(): Promise<void> {
    while (this.completing || this.running) await (this.completing ?? this.running);
    if (!this.reads) return this.requestReload();
    const missed = await missedChanges(this.deckDir, this.reads, this.firstReadAt);
    if (!missed.changed.length && !missed.other) return;
    const now = Date.now();
    for (const name of missed.changed) this.noticed.set(name, now);
    return this.requestReload('changed');
  }

  /**
   * Reloads and tells listeners, one reload at a time: asked while one runs, exactly one more
   * follows (reading what changed meanwhile), and every asker waits for the reload that covers it.
   * 'all' reads every file; 'changed' (the watcher's) only the files it noticed, when any reload
   * read the folder before and no one asked for 'all' meanwhile.
   */
  requestReload(scope: 'all' | 'changed' = 'all'): Promise<void> {
    if (scope === 'all') this.fullWanted = true;
    if (this.running) {
      // Reads everything only if someone asked for that (fullWanted says so), not because a reload ran.
      this.pending ??= this.running.then(() => {
        this.pending = null;
        return this.requestReload('changed');
      });
      return this.pending;
    }
    const run = (async () => {
      try {
        const update = await this.reload();
        if (update) this.updates.emit(update);
      } catch (err) {
        console.error(`lectern: reload of ${this.deckDir} failed: ${(err as Error).message}`);
      }
    })();
    this.running = run.finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops watching and drops listeners. */
  async close(): Promise<void> {
    this.updates.clear();
    this.files.close();
    await this.watcher?.close();
    this.watcher = null;
  }
}
