import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { Channels, type DeckPayload, type Result } from '../shared/contract';
import { APP_PAGES } from '../node/http-util';
import { parseUrl, SCHEME } from './app-paths';
import type { DeckRegistry } from './deck-registry';

/**
 * The deck key a request may act on, or an error. The sender must be the main frame of a page
 * on `lectern://<key>/` for a deck that is open and shown in that very WebContents — never a
 * subframe, another scheme, an unknown host or a window showing another deck. Protocol and
 * host are compared, never origin (PITFALLS: custom-scheme origins are "null" in Node).
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
export async function loadDeckForSender(registry: DeckRegistry, event: IpcMainInvokeEvent): Promise<Result<DeckPayload>> {
  const key = deckKeyOfSender(registry, event);
  if (!key.ok) return key;
  try {
    return { ok: true, value: await registry.get(key.value)!.session.payload() };
  } catch (err) {
    // DeckFolderError and read errors carry a message written for people; stacks stay here.
    return { ok: false, error: (err as Error).message };
  }
}

/** Registers the IPC handlers of the host contract. Only `loadDeck` is invokable; reloads are pushed. */
export function setupIpc(registry: DeckRegistry): void {
  ipcMain.handle(Channels.loadDeck, (event) => loadDeckForSender(registry, event));
}
