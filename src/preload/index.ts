/**
 * The sandboxed preload: exposes the host contract, one function per operation, and nothing
 * else (no raw ipcRenderer). Imports only electron and shared.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  HOST_GLOBAL,
  type DeckPayload,
  type DeckUpdate,
  type LecternHost,
  type PresentationSnapshot,
  type PresenterSettings,
  type Result,
  type ViewCommand,
  type WindowCommand,
} from '../shared/contract';
import { joinDeckPieces, type DeckPiece } from '../shared/deck-pieces';
import { DESKTOP_GLOBAL, OPEN_DROPPED_CHANNEL, type DesktopBridge } from '../shared/desktop-contract';
import { EDIT_OPERATIONS, type EditHost, type FileChange } from '../shared/edit-contract';
import { EXPORT_OPERATIONS, type ExportHost, type ExportStatus } from '../shared/export-contract';
import { ipcChannelOf, ipcEventChannelOf, type HostEventName } from '../shared/operations';

/** Invokes operation `op` in main (channel `op:<name>`; main's gate checks the sender, then the arguments). */
const call = <T>(op: string, ...args: unknown[]): Promise<Result<T>> => ipcRenderer.invoke(ipcChannelOf(op), ...args) as Promise<Result<T>>;

/** Listens to one pushed event; returns the unsubscribe function. */
function listen<T>(name: HostEventName, listener: (value: T) => void): () => void {
  const channel = ipcEventChannelOf(name);
  const handler = (_event: IpcRendererEvent, value: T): void => listener(value);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

const edit: EditHost = {
  ...(Object.fromEntries(EDIT_OPERATIONS.map((op) => [op, (...args: unknown[]) => call(`edit.${op}`, ...args)])) as Omit<EditHost, 'onFileChanged'>),
  onFileChanged: (listener) => listen<FileChange>('file', listener),
};

const exportHost: ExportHost = {
  ...(Object.fromEntries(EXPORT_OPERATIONS.map((op) => [op, (...args: unknown[]) => call(`export.${op}`, ...args)])) as Omit<ExportHost, 'onStatus'>),
  onStatus: (listener) => listen<ExportStatus>('export', listener),
};

const host: LecternHost = {
  kind: 'electron',
  edit,
  export: exportHost,
  loadDeck: () => call<DeckPayload>('loadDeck'),
  // A deck update arrives as JSON in pieces (src/main/ipc-events.ts).
  onDeckChanged: (listener) => listen<DeckPiece>('deck', joinDeckPieces<DeckUpdate>(listener)),
  loadPresentation: () => call<PresentationSnapshot>('loadPresentation'),
  dispatch: (action) => call<PresentationSnapshot>('dispatch', action),
  onPresentation: (listener) => listen<PresentationSnapshot>('presentation', listener),
  loadSettings: () => call<PresenterSettings>('loadSettings'),
  saveSettings: (changes) => call<PresenterSettings>('saveSettings', changes),
  windowCommand: (command: WindowCommand) => call<true>('windowCommand', command),
  onCommand: (listener) => listen<ViewCommand>('command', listener),
};

contextBridge.exposeInMainWorld(HOST_GLOBAL, host);

/** Dropped folders: a File's path is only readable here (webUtils), never in the page. */
const desktop: DesktopBridge = {
  openDropped: (file) => ipcRenderer.invoke(OPEN_DROPPED_CHANNEL, webUtils.getPathForFile(file as File)) as Promise<Result<true>>,
};
contextBridge.exposeInMainWorld(DESKTOP_GLOBAL, desktop);
