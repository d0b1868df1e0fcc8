import { ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import type { DeckSession } from '../node/deck-session';
import type { TrashFile } from '../node/edit-files';
import { EditService } from '../node/edit-service';
import { EDIT_OPERATIONS, FILE_CHANGED_CHANNEL } from '../shared/edit-contract';
import type { Result } from '../shared/contract';
import { parseUrl } from './app-paths';
import type { DeckRegistry } from './deck-registry';
import { deckKeyOfSender } from './ipc';

/** Deleted files go to the system trash (recoverable), never unlinked. */
const systemTrash: TrashFile = async (file) => {
  await shell.trashItem(file);
  return 'the system trash';
};

/**
 * Registers the editor's IPC operations (`edit:<op>`). A request is served only for the main
 * frame of the editor page (`lectern://<key>/edit.html`) of a deck open in that very window;
 * the EditService then checks every argument. File changes are pushed to the deck's windows.
 */
export function setupEditIpc(registry: DeckRegistry, dataDir: () => string, trash: TrashFile = systemTrash): void {
  const services = new WeakMap<DeckSession, EditService>();
  const serviceFor = (key: string): EditService => {
    const entry = registry.get(key)!;
    let service = services.get(entry.session);
    if (!service) {
      service = new EditService(entry.session, dataDir(), trash);
      service.onFileChanged((change) => {
        for (const view of entry.views.values()) if (!view.isDestroyed()) view.send(FILE_CHANGED_CHANNEL, change);
      });
      services.set(entry.session, service);
    }
    return service;
  };
  for (const op of EDIT_OPERATIONS) {
    ipcMain.handle(`edit:${op}`, async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<unknown>> => {
      const key = deckKeyOfSender(registry, event);
      if (!key.ok) return key;
      if (parseUrl(event.senderFrame!.url)?.pathname !== '/edit.html') return { ok: false, error: 'request refused: only the editor page may change files' };
      return serviceFor(key.value).call(op, args);
    });
  }
}
