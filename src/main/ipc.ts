import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { Channels, type DeckPayload, type PresentationSnapshot, type PresenterSettings, type Result, type WindowCommand } from '../shared/contract';
import type { SettingsStore } from '../node/settings-store';
import { APP_PAGES } from '../node/http-util';
import { parseUrl, SCHEME } from './app-paths';
import type { DeckRegistry } from './deck-registry';

/**
 * The deck key a request may act on, or an error. The sender must be the main frame of a page
 * on `lectern://<key>/` for a deck that is open and shown in that very WebContents — never a
 * subframe, another scheme, an unknown host or a window showing another deck. Protocol and
 * host are compared, never origin (docs/pitfalls.md: custom-scheme origins are "null" in Node).
 */
export function deckKeyOfSender(registry: DeckRegistry, event: IpcMainInvokeEvent): Result<string> {
  const frame = event.senderFrame;
  const url = frame ? parseUrl(frame.url) : null;
  if (!frame || frame.parent !== null || !url || url.protocol !== `${SCHEME}:` || !APP_PAGES.includes(url.pathname)) return { ok: false, error: 'request refused: not a Lectern page' };
  const entry = registry.get(url.hostname);
  if (!entry || !entry.views.has(event.sender.id)) return { ok: false, error: 'request refused: this page has no open deck' };
  return { ok: true, value: entry.key };
}

/** Answers `Channels.loadDeck`: the sender's deck, or a message saying why not. Never throws. */
async function loadDeckForSender(registry: DeckRegistry, event: IpcMainInvokeEvent): Promise<Result<DeckPayload>> {
  const key = deckKeyOfSender(registry, event);
  if (!key.ok) return key;
  try {
    // Views get a large deck's first files at once; the rest follows as a reload.
    return { ok: true, value: await registry.get(key.value)!.session.open() };
  } catch (err) {
    // DeckFolderError and read errors carry a message written for people; stacks stay here.
    return { ok: false, error: (err as Error).message };
  }
}

/** What the IPC router needs besides the open decks. */
export interface IpcServices {
  settings?: SettingsStore;
  /** Opens or places the presenter windows of deck `key`. */
  windowCommand?(key: string, command: WindowCommand): Promise<Result<true>>;
}

const WINDOW_COMMANDS = new Set<WindowCommand>(['openConsole', 'openAudience', 'swapDisplays']);

/** Runs `work` for the sender's deck; refusals and failures come back as messages, never throws. */
async function forSender<T>(registry: DeckRegistry, event: IpcMainInvokeEvent, work: (key: string) => Promise<T> | T): Promise<Result<T>> {
  const key = deckKeyOfSender(registry, event);
  if (!key.ok) return key;
  try {
    return { ok: true, value: await work(key.value) };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

/**
 * Registers the IPC handlers of the host contract. Every request is checked against its sender
 * (deckKeyOfSender) and its payload validated before anything runs; reloads and presentation
 * changes are pushed by the registry.
 */
export function setupIpc(registry: DeckRegistry, services: IpcServices = {}): void {
  ipcMain.handle(Channels.loadDeck, (event) => loadDeckForSender(registry, event));
  ipcMain.handle(Channels.loadPresentation, (event) => forSender<PresentationSnapshot>(registry, event, (key) => registry.get(key)!.presentation.snapshot()));
  ipcMain.handle(Channels.dispatch, async (event, action: unknown): Promise<Result<PresentationSnapshot>> => {
    const key = deckKeyOfSender(registry, event);
    return key.ok ? registry.get(key.value)!.presentation.dispatch(action) : key;
  });
  ipcMain.handle(Channels.loadSettings, (event) =>
    forSender<PresenterSettings>(registry, event, () => {
      if (!services.settings) throw new Error('settings are not available');
      return services.settings.load();
    }),
  );
  ipcMain.handle(Channels.saveSettings, (event, changes: unknown) =>
    forSender<PresenterSettings>(registry, event, () => {
      if (!services.settings) throw new Error('settings are not available');
      return services.settings.save(changes);
    }),
  );
  ipcMain.handle(Channels.windowCommand, async (event, command: unknown): Promise<Result<true>> => {
    const key = deckKeyOfSender(registry, event);
    if (!key.ok) return key;
    if (!WINDOW_COMMANDS.has(command as WindowCommand) || !services.windowCommand) return { ok: false, error: 'unknown window command' };
    return services.windowCommand(key.value, command as WindowCommand);
  });
}
