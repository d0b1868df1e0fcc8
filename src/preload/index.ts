/**
 * The sandboxed preload: exposes the host contract, one function per operation, and nothing
 * else (no raw ipcRenderer). Imports only electron and shared.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { Channels, HOST_GLOBAL, type DeckPayload, type DeckUpdate, type LecternHost, type PresentationSnapshot, type PresenterSettings, type Result } from '../shared/contract';
import { DESKTOP_GLOBAL, OPEN_DROPPED_CHANNEL, type DesktopBridge } from '../shared/desktop-contract';
import { EDIT_OPERATIONS, FILE_CHANGED_CHANNEL, type EditHost, type FileChange } from '../shared/edit-contract';
import { EXPORT_OPERATIONS, EXPORT_STATUS_CHANNEL, type ExportHost, type ExportStatus } from '../shared/export-contract';

/** Listens to one pushed channel; returns the unsubscribe function. */
function listen<T>(channel: string, listener: (value: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, value: T): void => listener(value);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

/** Invokes editor operation `op` in main (channel `edit:<op>`; main checks the sender and every argument). */
const invokeEdit = <T>(op: string, ...args: unknown[]): Promise<Result<T>> => ipcRenderer.invoke(`edit:${op}`, ...args) as Promise<Result<T>>;

const edit: EditHost = {
  // One forwarding function per operation of the contract's list; main validates each.
  ...(Object.fromEntries(EDIT_OPERATIONS.map((op) => [op, (...args: unknown[]) => invokeEdit(op, ...args)])) as Omit<EditHost, 'onFileChanged'>),
  onFileChanged(listener) {
    const handler = (_event: IpcRendererEvent, change: FileChange): void => listener(change);
    ipcRenderer.on(FILE_CHANGED_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(FILE_CHANGED_CHANNEL, handler);
    };
  },
};

/** The Export dialog's operations (channels `export:<op>`; main checks the sender, the choices, and picks paths). */
const exportHost: ExportHost = {
  ...(Object.fromEntries(EXPORT_OPERATIONS.map((op) => [op, (...args: unknown[]) => ipcRenderer.invoke(`export:${op}`, ...args)])) as Omit<ExportHost, 'onStatus'>),
  onStatus: (listener) => listen<ExportStatus>(EXPORT_STATUS_CHANNEL, listener),
};

const host: LecternHost = {
  kind: 'electron',
  edit,
  export: exportHost,
  loadDeck: () => ipcRenderer.invoke(Channels.loadDeck) as Promise<Result<DeckPayload>>,
  onDeckChanged: (listener) => listen<DeckUpdate>(Channels.deckChanged, listener),
  loadPresentation: () => ipcRenderer.invoke(Channels.loadPresentation) as Promise<Result<PresentationSnapshot>>,
  dispatch: (action) => ipcRenderer.invoke(Channels.dispatch, action) as Promise<Result<PresentationSnapshot>>,
  onPresentation: (listener) => listen<PresentationSnapshot>(Channels.presentationChanged, listener),
  loadSettings: () => ipcRenderer.invoke(Channels.loadSettings) as Promise<Result<PresenterSettings>>,
  saveSettings: (changes) => ipcRenderer.invoke(Channels.saveSettings, changes) as Promise<Result<PresenterSettings>>,
  windowCommand: (command) => ipcRenderer.invoke(Channels.windowCommand, command) as Promise<Result<true>>,
};

contextBridge.exposeInMainWorld(HOST_GLOBAL, host);

/** Dropped folders: a File's path is only readable here (webUtils), never in the page. */
const desktop: DesktopBridge = {
  openDropped: (file) => ipcRenderer.invoke(OPEN_DROPPED_CHANNEL, webUtils.getPathForFile(file)) as Promise<Result<true>>,
};
contextBridge.exposeInMainWorld(DESKTOP_GLOBAL, desktop);
