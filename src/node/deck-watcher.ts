import { stat } from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { deckRootOf } from './deck-path';

/** Delay after the last file event before reloading: editors write in bursts. */
export const SETTLE_MS = 15;
/**
 * chokidar drops a file's `change` events for 50 ms after the previous one (its throttle), so
 * the last save of a quick burst can go unreported. One more read after this delay catches it;
 * with the render cache it costs only the file reads.
 */
export const VERIFY_MS = 120;
/** While the deck folder is gone, how often to look whether it is back (restored, or recreated by a save). */
const ROOT_POLL_MS = 500;

/** What the watcher drives: a reload queue, and the editor's per-file tracker. */
export interface WatchedDeck {
  /**
   * Reloads the deck (in order with other reloads); resolves when the views have been told.
   * 'changed': only the files this watcher noticed need reading again (deck-session.ts).
   */
  requestReload(scope?: 'all' | 'changed'): Promise<void>;
  /** A file event, for the editor's per-file change tracking. */
  noticeFile(file: string): void;
  /** Once the watcher is ready: reads what changed while it started (before it saw the files). */
  readMissed(): Promise<void>;
}

/**
 * Watches a deck folder and asks for reloads: after a burst of events settles, and once more
 * shortly after (chokidar's throttle can swallow the last save of a burst). A deleted and
 * recreated folder is watched afresh. Holds all of the session's timers; the session holds the deck.
 */
export class DeckWatcher {
  private watcher: FSWatcher | null = null;
  private settleTimer: NodeJS.Timeout | null = null;
  private verifyTimer: NodeJS.Timeout | null = null;
  private rootTimer: NodeJS.Timeout | null = null;
  private resolveReady: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly deckDir: string,
    private readonly deck: WatchedDeck,
  ) {}

  /** Starts watching (idempotent); resolves once the watcher is ready. */
  async start(): Promise<void> {
    if (this.watcher || this.closed) return;
    // A single-file deck watches its folder (its images), not as deep: that folder may be a home folder.
    const root = deckRootOf(this.deckDir);
    this.watcher = watch(root, {
      ignoreInitial: true,
      depth: root === path.resolve(this.deckDir) ? 4 : 2,
      atomic: true,
      // Our own and editors' temp files (`.x.md.123.tmp`, `4913`, `x.md~`, `.x.md.swp`) are noise.
      ignored: (p: string) => /(^|[/\\])(\.(?!$)[^/\\]*|node_modules|4913|[^/\\]*~)$/.test(p) && p !== root,
    });
    // A watcher error (a symlink loop, a folder gone) must never take the host down.
    this.watcher.on('error', (err: unknown) => console.error(`lectern: watching ${root}: ${(err as Error).message}`));
    this.watcher.on('all', (event: string, file: string) => {
      this.deck.noticeFile(file);
      this.schedule();
      if (event === 'unlink' || event === 'unlinkDir') void this.checkRoot();
    });
    await new Promise<void>((resolve) => {
      this.resolveReady = resolve;
      this.watcher!.once('ready', () => resolve());
    });
    this.resolveReady = null;
    // A save between the first read and the watcher being ready was not seen: those files are read again.
    if (this.watcher) void this.deck.readMissed();
  }

  private schedule(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      void this.deck.requestReload('changed').then(() => this.scheduleVerify());
    }, SETTLE_MS);
  }

  private scheduleVerify(): void {
    if (!this.watcher) return;
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
    this.verifyTimer = setTimeout(() => {
      this.verifyTimer = null;
      void this.deck.requestReload('changed');
    }, VERIFY_MS);
  }

  /**
   * A watcher on a deleted folder stays dead after the folder comes back (chokidar 5). While
   * the folder is gone, look for it every ROOT_POLL_MS; once back, watch it afresh.
   */
  private async checkRoot(): Promise<void> {
    const root = deckRootOf(this.deckDir);
    const isFolder = async (): Promise<boolean> => (await stat(root).catch(() => null))?.isDirectory() === true;
    if (this.rootTimer || (await isFolder())) return;
    this.rootTimer = setInterval(() => {
      void isFolder().then(async (back) => {
        if (!back || !this.rootTimer || !this.watcher) return;
        clearInterval(this.rootTimer);
        this.rootTimer = null;
        await this.watcher.close();
        this.watcher = null;
        await this.start();
        // Files may have come back with the folder: compare them with what the editor knows.
        this.deck.noticeFile(root);
      });
    }, ROOT_POLL_MS);
  }

  /** Stops watching and clears every timer. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of [this.settleTimer, this.verifyTimer]) if (timer) clearTimeout(timer);
    if (this.rootTimer) clearInterval(this.rootTimer);
    this.settleTimer = this.verifyTimer = this.rootTimer = null;
    this.resolveReady?.();
    await this.watcher?.close();
    this.watcher = null;
  }
}
