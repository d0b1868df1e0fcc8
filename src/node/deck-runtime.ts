import path from 'node:path';
import type { DeckUpdate, PresentationSnapshot, ViewCommand } from '../shared/contract';
import type { FileChange } from '../shared/edit-contract';
import type { ExportStatus } from '../shared/export-contract';
import type { HostEventName } from '../shared/operations';
import { DeckSession } from './deck-session';
import type { TrashFile } from './deck-trash';
import { EditService } from './edit-service';
import { EncodingChoices } from './encoding-choices';
import { exportHtml } from './export-html';
import { ExportController, type ExportTargetPort, type Printer } from './export-controller';
import type { Result } from '../shared/contract';
import { listenerSet } from './listener-set';
import { PresentationHub } from './presentation-hub';
import { loadLastRehearsal, saveRehearsal } from './rehearsal-store';

/** The values of each pushed event. */
interface HostEventMap {
  deck: DeckUpdate;
  presentation: PresentationSnapshot;
  file: FileChange;
  export: ExportStatus;
  command: ViewCommand;
}

/** A pushed event as the transports forward it. */
export type HostEvent = { [K in HostEventName]: { name: K; value: HostEventMap[K] } }[HostEventName];

/** What one open deck needs from the host that opens it. */
export interface DeckRuntimeOptions {
  dir: string;
  /** The app's data folder (encoding choices, editor drafts). */
  dataDir: string;
  /** Watch the folder and push reloads (off for one-shot export). */
  watch?: boolean;
  /** Where deleted files go (system trash in the app; `.lectern/trash` in the browser host). */
  trash?: TrashFile;
  /** Where exports go (a chosen file, or a download). */
  exportTarget: ExportTargetPort;
  /** The printer of this host, or why there is none. */
  printer(): Result<Printer>;
  /** Builds the session (tests pass one that fails or is slow). */
  createSession?(dir: string, encodings: EncodingChoices): DeckSession;
}

/**
 * Everything one open deck has, used alike by the Electron shell and the browser host: the
 * session (the deck as read, watched or not), the presentation state, the editor's operations
 * and the exports. Each part starts on first use, so a one-shot export never starts a
 * presentation, an editor or a watcher. The hosts only adapt it to their transport.
 */
export class DeckRuntime {
  readonly dir: string;
  readonly session: DeckSession;
  readonly exports: ExportController;
  private hub: PresentationHub | null = null;
  private hubStarting: Promise<PresentationHub> | null = null;
  private editService: EditService | null = null;
  private readonly events = listenerSet<HostEvent>();

  /**
   * A runtime whose deck is not read yet: the caller reads it (`session.payload()`), e.g. an
   * export that serves the print page while the deck is read. Never watched; `open` reads and watches.
   */
  constructor(private readonly options: DeckRuntimeOptions) {
    this.dir = path.resolve(options.dir);
    const encodings = new EncodingChoices(options.dataDir, this.dir);
    this.session = options.createSession?.(this.dir, encodings) ?? new DeckSession(this.dir, encodings);
    this.exports = new ExportController({
      payload: () => this.session.payload(),
      printer: options.printer,
      html: (job) => exportHtml({ ...job, deckDir: this.dir }),
      target: options.exportTarget,
      send: (status) => this.events.emit({ name: 'export', value: status }),
    });
    this.session.onChange((update) => {
      this.events.emit({ name: 'deck', value: update });
      // Synchronously after the deck, so views always get the deck first and then the position
      // in it (the audience view waits for that position before showing a changed structure).
      const deck = this.session.loadedDeck();
      if (deck && this.hub) this.hub.setDeck(deck);
    });
  }

  /**
   * Opens a deck: reads its first files (a large deck's rest loads in the background and
   * arrives as a reload) and starts watching when asked. Throws DeckFolderError when the folder
   * is not a deck at all.
   */
  static async open(options: DeckRuntimeOptions): Promise<DeckRuntime> {
    const runtime = new DeckRuntime(options);
    await runtime.session.open();
    // Watching is best effort: a deck on a read-only or network share still presents.
    if (options.watch) await runtime.session.watch().catch((err: unknown) => console.error(`lectern: cannot watch ${runtime.dir}: ${(err as Error).message}`));
    return runtime;
  }

  /** The presentation state of this deck (started on first use, with the last rehearsal's times). */
  presentation(): Promise<PresentationHub> {
    this.hubStarting ??= (async () => {
      const hub = new PresentationHub({ lastRun: await loadLastRehearsal(this.dir), saveRehearsal: (record) => saveRehearsal(this.dir, record) });
      hub.setDeck(this.session.loadedDeck() ?? (await this.session.open()).deck);
      hub.onChange((snapshot) => this.events.emit({ name: 'presentation', value: snapshot }));
      this.hub = hub;
      return hub;
    })();
    return this.hubStarting;
  }

  /** The editor's operations on this deck's files (started on first use). */
  edit(): EditService {
    if (!this.editService) {
      this.editService = new EditService(this.session, this.options.dataDir, this.options.trash);
      // File changes on disk (own saves excluded) reach the editor once it has started.
      this.session.files.onChange((change) => this.events.emit({ name: 'file', value: change }));
    }
    return this.editService;
  }

  /** Which parts have started, for tests and diagnostics. */
  started(): { presentation: boolean; edit: boolean } {
    return { presentation: this.hubStarting !== null, edit: this.editService !== null };
  }

  /** Calls `listener` with every pushed event; returns an unsubscribe function. */
  readonly on = this.events.on;

  /** Cancels any export, stops watching and drops listeners. */
  async close(): Promise<void> {
    await this.exports.close();
    await this.session.close();
    this.events.clear();
  }
}
