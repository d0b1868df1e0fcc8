import { stat } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Result } from '../shared/contract';
import { OPEN_DROPPED_CHANNEL } from '../shared/desktop-contract';
import { parseUrl } from './app-paths';
import type { DeckOpener } from './deck-opener';
import type { DeckRegistry } from './deck-registry';
import { identifySender } from './ipc';
import { t } from './i18n';

/**
 * Opens a folder dropped on a deck window. Chromium no longer turns a drop into a navigation
 * main could catch (it goes to the window-open handler, which denies file://), so the page
 * takes the drop and the preload sends the path (webUtils.getPathForFile). Only a page of an
 * open deck may ask, and only for an absolute path to a folder; a drop on the audience view
 * opens the deck in that window, a drop on the console opens it in new windows.
 */
async function openDroppedFolder(registry: DeckRegistry, opener: DeckOpener, event: IpcMainInvokeEvent, dir: unknown): Promise<Result<true>> {
  // The same sender check as every operation: the main frame of an app page of a deck shown in this window.
  const sender = identifySender(registry, event);
  if (!sender.appPage) return { ok: false, error: 'request refused: not from a Lectern page' };
  if (!sender.key) return { ok: false, error: 'request refused: no valid access key (open the address Lectern printed)' };
  const s = t();
  if (typeof dir !== 'string' || !dir || !path.isAbsolute(dir)) return { ok: false, error: s.dropNotFolder };
  const info = await stat(dir).catch(() => null);
  // A dropped .md file is a one-file deck (Marp, reveal-md, Slidev).
  if (!info?.isDirectory() && !(info?.isFile() && /\.md$/i.test(dir))) return { ok: false, error: `${s.dropNotFolder} (${path.basename(dir)})` };
  const win = BrowserWindow.fromWebContents(event.sender);
  const intoAudience = win && parseUrl(event.senderFrame?.url ?? '')?.pathname === '/index.html' ? win : undefined;
  const opened = await opener.open(path.resolve(dir), intoAudience);
  return opened ? { ok: true, value: true } : { ok: false, error: s.dropFailed };
}

/** Answers the preload's OPEN_DROPPED_CHANNEL. */
export function setupDropIpc(registry: DeckRegistry, opener: DeckOpener): void {
  ipcMain.handle(OPEN_DROPPED_CHANNEL, (event, dir: unknown) => openDroppedFolder(registry, opener, event, dir));
}
