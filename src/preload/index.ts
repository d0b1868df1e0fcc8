/**
 * The sandboxed preload: exposes the host contract, one function per operation, and nothing
 * else (no raw ipcRenderer). Imports only electron and shared.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { HOST_GLOBAL, type Result } from '../shared/contract';
import { joinDeckPieces, type DeckPiece } from '../shared/deck-pieces';
import { DESKTOP_GLOBAL, OPEN_DROPPED_CHANNEL, type DesktopBridge } from '../shared/desktop-contract';
import { hostClient } from '../shared/host-client';
import { ipcChannelOf, ipcEventChannelOf, type HostEventName } from '../shared/operations';

/** Invokes operation `op` in main (channel `op:<name>`; main's gate checks the sender, then the arguments). */
const call = <T>(op: string, ...args: unknown[]): Promise<Result<T>> => ipcRenderer.invoke(ipcChannelOf(op), ...args) as Promise<Result<T>>;

/** Listens to one pushed event; returns the unsubscribe function. */
function listen<T>(name: HostEventName, listener: (value: T) => void): () => void {
  const channel = ipcEventChannelOf(name);
  // A deck update arrives as JSON in pieces (src/main/ipc-events.ts).
  const deliver = name === 'deck' ? joinDeckPieces(listener) : listener;
  const handler = (_event: IpcRendererEvent, value: T): void => deliver(value as T & DeckPiece);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

contextBridge.exposeInMainWorld(HOST_GLOBAL, hostClient('electron', call, listen));

/** Dropped folders: a File's path is only readable here (webUtils), never in the page. */
const desktop: DesktopBridge = {
  openDropped: (file) => ipcRenderer.invoke(OPEN_DROPPED_CHANNEL, webUtils.getPathForFile(file as File)) as Promise<Result<true>>,
};
contextBridge.exposeInMainWorld(DESKTOP_GLOBAL, desktop);
