import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { runOperation } from '../node/app-operations';
import { checkRequest } from '../node/request-gate';
import type { SettingsStore } from '../node/settings-store';
import type { Result, WindowCommand } from '../shared/contract';
import { ipcChannelOf, OPERATIONS } from '../shared/operations';
import { APP_PAGES } from '../node/http-util';
import { parseUrl, SCHEME } from './app-paths';
import type { DeckRegistry } from './deck-registry';

/** Who sent an IPC request, in the gate's terms. */
export interface IpcSender {
  /** The main frame of one of the app's pages on `lectern://`. */
  appPage: boolean;
  /** The key of the open deck that page shows, when that deck is shown in this very WebContents. */
  key: string | null;
  /** The page's path (`/edit.html`). */
  page: string | null;
}

/**
 * Identifies the sender of a request: never a subframe, another scheme, an unknown host or a
 * window showing another deck. Protocol and host are compared, never origin (a custom scheme's
 * origin is the string "null" in Node).
 */
export function identifySender(registry: DeckRegistry, event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  const url = frame ? parseUrl(frame.url) : null;
  if (!frame || frame.parent !== null || !url || url.protocol !== `${SCHEME}:` || !APP_PAGES.includes(url.pathname)) return { appPage: false, key: null, page: null };
  const entry = registry.get(url.hostname);
  return { appPage: true, key: entry && entry.views.has(event.sender.id) ? entry.key : null, page: url.pathname };
}

/** What the IPC transport needs besides the open decks. */
export interface IpcServices {
  settings: SettingsStore;
  /** Opens or places the presenter windows of deck `key`. */
  windowCommand?(key: string, command: WindowCommand): Promise<Result<true>>;
}

/**
 * The IPC transport: one handler per operation of src/shared/operations.ts (channel
 * `op:<name>`), each passing the shared gate before the deck's runtime runs it. Events are
 * pushed by the registry. Closing the Export dialog cancels the export it started.
 */
export function setupIpc(registry: DeckRegistry, services: IpcServices): void {
  for (const op of Object.keys(OPERATIONS)) {
    ipcMain.handle(ipcChannelOf(op), async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<unknown>> => {
      const sender = identifySender(registry, event);
      const gate = checkRequest({ op, keyOk: sender.key !== null, sameOrigin: sender.appPage, json: true, page: sender.page, bodyBytes: Buffer.byteLength(JSON.stringify(args) ?? '') });
      if (!gate.ok) return { ok: false, error: gate.refusal.error };
      const key = sender.key!;
      const runtime = registry.get(key)!.runtime;
      const windowCommand = services.windowCommand && ((command: WindowCommand) => services.windowCommand!(key, command));
      const result = await runOperation(runtime, { settings: services.settings, windowCommand, requester: event.sender }, op, args);
      if (op === 'export.start' && result.ok) {
        const contents = event.sender;
        if (contents.isDestroyed()) runtime.exports.cancel();
        else contents.once('destroyed', () => runtime.exports.cancel());
      }
      return result;
    });
  }
}
