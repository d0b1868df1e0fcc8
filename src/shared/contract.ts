/**
 * The host contract: everything the renderer may ask of the host that runs it (Electron preload
 * over IPC, or the browser host over HTTP on 127.0.0.1). Types and constants only.
 */
import type { DeckPayload, DeckUpdate } from '../core/deck-update';
import type { PresentationAction, PresentationState } from '../core/presentation';
import type { PresenterSettings } from '../core/settings';
import type { EditHost } from './edit-contract';
import type { ExportHost } from './export-contract';

export type { DeckPayload, DeckUpdate, PresentationState, PresenterSettings };

/** The presentation state as the host broadcasts it. */
export interface PresentationSnapshot {
  state: PresentationState;
  /** The host's clock when this was sent (ms since the epoch), for running timers. */
  now: number;
  /** Per-section milliseconds of the last saved rehearsal (by file), or null. */
  lastRun: Record<string, number> | null;
}

/** Window operations a view may ask for; hosts without windows of their own answer with an error. */
export type WindowCommand = 'openConsole' | 'openAudience' | 'swapDisplays';

/** Things a menu item asks of the focused page that are the page's own (not presentation state). */
export type ViewCommand = 'toggleHelp';

/** Success or a user-facing error message; never a thrown error across the bridge. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The one interface the renderer talks to. Implemented by the preload and the browser host client. */
export interface LecternHost {
  /** Which host runs the renderer; for diagnostics only, views must not branch on it. */
  readonly kind: 'electron' | 'browser';
  loadDeck(): Promise<Result<DeckPayload>>;
  /** Subscribe to deck reloads (as updates against the previous revision); returns an unsubscribe function. */
  onDeckChanged(listener: (update: DeckUpdate) => void): () => void;
  /** The current presentation state (slide, step, screen, clock). */
  loadPresentation(): Promise<Result<PresentationSnapshot>>;
  /** Asks the host to change the presentation state; every view then hears of it. */
  dispatch(action: PresentationAction): Promise<Result<PresentationSnapshot>>;
  /** Subscribe to presentation changes; returns an unsubscribe function. */
  onPresentation(listener: (snapshot: PresentationSnapshot) => void): () => void;
  loadSettings(): Promise<Result<PresenterSettings>>;
  /** Saves some settings (merged into the saved ones). */
  saveSettings(changes: Partial<PresenterSettings>): Promise<Result<PresenterSettings>>;
  windowCommand(command: WindowCommand): Promise<Result<true>>;
  /** Subscribe to the app menu's commands for this page (the desktop app only); returns an unsubscribe function. */
  onCommand?(listener: (command: ViewCommand) => void): () => void;
  /**
   * The editor's operations on the deck's files (src/shared/edit-contract.ts). Both hosts
   * provide it; optional so that test fakes of the viewer-only contract stay valid.
   */
  readonly edit?: EditHost;
  /** The Export dialog's operations (src/shared/export-contract.ts); optional like `edit`. */
  readonly export?: ExportHost;
}

/** Name under which the preload exposes the host on `window`. */
export const HOST_GLOBAL = 'lecternHost';
