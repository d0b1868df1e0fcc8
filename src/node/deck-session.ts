import { stat } from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { DeckBuildCache } from '../core/build-deck';
import type { Deck } from '../core/types';
import { isEmptyUpdate, makeDeckUpdate, type DeckPayload, type DeckUpdate } from '../core/deck-update';
import { firstPartOf } from '../core/first-part';
import type { EncodingChoices } from './encoding-choices';
import { deckNameOf, deckRootOf } from './deck-path';
import { FileTracker } from './file-tracker';
import { loadDeck, readDeckSources } from './read-deck';

/** Delay after the last file event before reloading: editors write in bursts. */
const SETTLE_MS = 15;
/**
 * chokidar drops a file's `change` events for 50 ms after the previous one (its throttle), so
 * the last save of a quick burst can go unreported. One more read after this delay catches it;
 * with the render cache it costs only the file reads.
 */
const VERIFY_MS = 120;
/** While the deck folder is gone, how often to look whether it is back (restored, or recreated by a save). */
const ROOT_POLL_MS = 500;
/** An editor that saves in place truncates first: a file caught empty is read again after this. */
const TRUNCATED_RETRY_MS = 50;

/**
 * The open deck of one window or server: loads it, watches the folder, reloads on change and
 * tells listeners — only when the content really changed (a bare `touch` fires events too).
 */
export class DeckSession {
  private deck: Deck | null = null;
  /** The deck as JSON for HTTP clients, made on first request after each change. */
  private deckJson: string | null = null;
  private revision = 0;
  private readonly cache = new DeckBuildCache();
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private verifyTimer: NodeJS.Timeout | null = null;
  private rootTimer: NodeJS.Timeout | null = null;
  /** The reload in progress; reloads never overlap, so an older read cannot win over a newer one. */
  private running: Promise<void> | null = null;
  private rerun = false;
  private rerunVerify = false;
  private resolveReady: (() => void) | null = null;
  /** Names of the files that had text at the last read. */
  private nonEmpty = new Set<string>();
  private listeners = new Set<(update: DeckUpdate) => void>();

  /** Per-file changes with content hashes, for the editor (own saves excluded). */
  readonly files: FileTracker;

  /**
   * `encodings`: the encodings the user chose for this deck's files (kept in the app's data
   * folder), applied on every read; without it every file's encoding is detected (the editor's
   * service attaches one if none was given).
   */
  constructor(readonly deckDir: string, public encodings: EncodingChoices | null = null) {
    this.files = new FileTracker(deckDir, async (id) => this.encodings?.get(id));
  }

  /** The background load of the rest of a deck opened in part (see `open`). */
  private completing: Promise<void> | null = null;

  /** The whole deck: loads it (first call), waits for a partly opened deck to complete, or returns it. */
  async payload(): Promise<DeckPayload> {
    if (!this.deck) await this.reload();
    while (this.completing) await this.completing;
    if (this.deck!.loading) {
      // The background load of the rest failed (it said why): try once more, in order with other reloads.
      await this.reloadAndNotify(false);
      while (this.running) await this.running;
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
    const sources = await readDeckSources(this.deckDir, (await this.encodings?.load()) ?? new Map());
    const part = firstPartOf(sources);
    if (!part) return this.payload();
    const deck = await loadDeck(this.deckDir, this.cache, part);
    // Another caller may have loaded the whole deck meanwhile.
    if (this.deck) return this.current();
    this.deck = { ...deck, loading: { files: part.files.length, total: sources.files.length } };
    this.revision++;
    const done = this.reloadAndNotify(false).finally(() => {
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

  /** The current payload as a JSON string, without serializing the deck again. */
  serialized(): string {
    const { folderName, revision } = this.current();
    this.deckJson ??= JSON.stringify(this.deck);
    return `{"deck":${this.deckJson},"folderName":${JSON.stringify(folderName)},"revision":${revision}}`;
  }

  /**
   * Re-reads the folder; returns the update against the previous revision, or null when
   * nothing a viewer would see changed.
   */
  async reload(): Promise<DeckUpdate | null> {
    const choices = (await this.encodings?.load()) ?? new Map();
    let sources = await readDeckSources(this.deckDir, choices);
    if (sources.files.some((f) => f.text === '' && this.nonEmpty.has(f.name))) {
      await new Promise((resolve) => setTimeout(resolve, TRUNCATED_RETRY_MS));
      sources = await readDeckSources(this.deckDir, choices);
    }
    this.nonEmpty = new Set(sources.files.filter((f) => f.text !== '').map((f) => f.name));
    const deck = await loadDeck(this.deckDir, this.cache, sources);
    const prev = this.deck ? this.current() : null;
    const update = makeDeckUpdate(prev, { ...this.current(), deck, revision: this.revision + 1 });
    // A save that changed nothing a view shows (touch, whitespace in YAML) is not a reload.
    if (prev && isEmptyUpdate(prev, update)) return null;
    this.deck = deck;
    this.deckJson = null;
    this.revision++;
    return update;
  }

  /** Calls `listener` with the update after every reload that changed the deck. Returns an unsubscribe function. */
  onChange(listener: (update: DeckUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Reloads now and tells listeners (after the user chose a file's encoding: the files did not
   * change, so the watcher reports nothing). Resolves when the views have been told.
   */
  async refresh(): Promise<void> {
    await this.reloadAndNotify(false);
    // A reload already running read the old choice; the rerun it scheduled reads the new one.
    while (this.running) await this.running;
  }

  /** Starts watching the deck folder (idempotent). Resolves once the watcher is ready. */
  async watch(): Promise<void> {
    if (this.watcher) return;
    // A single-file deck watches its folder (its images), not as deep: that folder may be a home folder.
    const root = deckRootOf(this.deckDir);
    this.watcher = watch(root, {
      ignoreInitial: true,
      depth: root === path.resolve(this.deckDir) ? 4 : 2,
      atomic: true,
      // Our own and editors' temp files (`.x.md.123.tmp`, `4913`, `x.md~`, `.x.md.swp`) are noise.
      ignored: (p: string) => /(^|[/\\])(\.(?!$)[^/\\]*|node_modules|4913|[^/\\]*~)$/.test(p) && p !== root,
    });
    this.watcher.on('all', (event: string, file: string) => {
      this.files.notice(file);
      this.schedule();
      if (event === 'unlink' || event === 'unlinkDir') void this.checkRoot();
    });
    await new Promise<void>((resolve) => {
      this.resolveReady = resolve;
      this.watcher!.once('ready', () => resolve());
    });
    this.resolveReady = null;
    // A save between the first read and the watcher being ready was not seen: read once more.
    if (this.watcher) void this.reloadAndNotify(false);
  }

  /**
   * A watcher on a deleted folder stays dead after the folder comes back (chokidar 5). While
   * the folder is gone, look for it every ROOT_POLL_MS; once back, watch it afresh.
   */
  private async checkRoot(): Promise<void> {
    const root = deckRootOf(this.deckDir);
    if (this.rootTimer || (await stat(root).then((s) => s.isDirectory(), () => false))) return;
    this.rootTimer = setInterval(() => {
      void stat(root).then((s) => s.isDirectory(), () => false).then(async (back) => {
        if (!back || !this.rootTimer || !this.watcher) return;
        clearInterval(this.rootTimer);
        this.rootTimer = null;
        await this.watcher.close();
        this.watcher = null;
        await this.watch();
        // Files may have come back with the folder: compare them with what the editor knows.
        this.files.notice(root);
      });
    }, ROOT_POLL_MS);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.reloadAndNotify(true);
    }, SETTLE_MS);
  }

  /** Runs one reload at a time; events during a reload cause exactly one more afterwards. */
  private async reloadAndNotify(verifyAfter: boolean): Promise<void> {
    if (this.running) {
      this.rerun = true;
      this.rerunVerify ||= verifyAfter;
      return;
    }
    this.running = (async () => {
      try {
        const update = await this.reload();
        if (update) this.listeners.forEach((l) => l(update));
      } catch (err) {
        console.error(`lectern: reload of ${this.deckDir} failed: ${(err as Error).message}`);
      }
    })();
    await this.running;
    this.running = null;
    if (this.rerun) {
      const verify = verifyAfter || this.rerunVerify;
      this.rerun = false;
      this.rerunVerify = false;
      return this.reloadAndNotify(verify);
    }
    if (verifyAfter && this.watcher) {
      if (this.verifyTimer) clearTimeout(this.verifyTimer);
      this.verifyTimer = setTimeout(() => {
        this.verifyTimer = null;
        void this.reloadAndNotify(false);
      }, VERIFY_MS);
    }
  }

  /** Stops watching and drops listeners. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
    if (this.rootTimer) clearInterval(this.rootTimer);
    this.rootTimer = null;
    this.resolveReady?.();
    this.listeners.clear();
    this.files.close();
    await this.watcher?.close();
    this.watcher = null;
  }
}
