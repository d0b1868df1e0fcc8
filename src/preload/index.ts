/**
 * The sandboxed preload: exposes the host contract, one function per operation, and nothing
 * else (no raw ipcRenderer). Imports only electron and shared.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { Channels, HOST_GLOBAL, type DeckPayload, type DeckUpdate, type LecternHost, type Result } from '../shared/contract';

const host: LecternHost = {
  kind: 'electron',
  loadDeck: () => ipcRenderer.invoke(Channels.loadDeck) as Promise<Result<DeckPayload>>,
  onDeckChanged(listener) {
    const handler = (_event: IpcRendererEvent, update: DeckUpdate): void => listener(update);
    ipcRenderer.on(Channels.deckChanged, handler);
    return () => {
      ipcRenderer.removeListener(Channels.deckChanged, handler);
    };
  },
};

contextBridge.exposeInMainWorld(HOST_GLOBAL, host);
