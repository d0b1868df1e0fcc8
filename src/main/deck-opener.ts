import { dialog, type BrowserWindow } from 'electron';
import type { DeckRegistry } from './deck-registry';
import { t } from './i18n';
import type { RecentDecks } from './recent';
import { createDeckWindow, findDeckWindow, showDeckInWindow } from './windows';

/** The one way decks get opened: menu, command line, second instance, folder drop. */
export interface DeckOpener {
  /** Opens `dir` in `into` or a new window (focusing a window that already shows it); null on failure. */
  open(dir: string, into?: BrowserWindow): Promise<BrowserWindow | null>;
  /** Asks for a folder (or, with `kind` 'file', a one-file .md deck) and opens it; null when cancelled or failed. */
  chooseAndOpen(parent?: BrowserWindow | null, kind?: 'folder' | 'file'): Promise<BrowserWindow | null>;
}

/**
 * Creates the opener; every successful open moves the folder to the top of the recent list.
 * `onNewWindow` gets each audience window that shows a newly opened deck (a new window, or a
 * window a folder was dropped on): the presenter windows give it its console.
 */
export function createDeckOpener(registry: DeckRegistry, recent: RecentDecks, onNewWindow?: (win: BrowserWindow) => Promise<void>): DeckOpener {
  const opener: DeckOpener = {
    async open(dir, into) {
      const existing = findDeckWindow(registry, dir);
      if (existing && !into) {
        if (existing.isMinimized()) existing.restore();
        existing.focus();
        return existing;
      }
      try {
        let win: BrowserWindow;
        if (into && !into.isDestroyed()) {
          await showDeckInWindow(registry, into, await registry.open(dir));
          win = into;
          await onNewWindow?.(win);
        } else {
          win = await createDeckWindow(registry, dir, onNewWindow !== undefined);
          try {
            await onNewWindow?.(win);
          } finally {
            // Placement shows it; if placing failed, the deck must still appear.
            if (!win.isDestroyed() && !win.isVisible()) win.show();
          }
        }
        await recent.add(dir).catch((err: unknown) => console.error(`lectern: cannot save the recent list: ${(err as Error).message}`));
        return win;
      } catch (err) {
        // DeckFolderError messages name the folder and the reason; they are meant for people.
        dialog.showErrorBox(t().cannotOpen, (err as Error).message);
        return null;
      }
    },
    async chooseAndOpen(parent, kind = 'folder') {
      // Windows and Linux dialogs cannot pick files and folders at once: one menu item for each.
      const options: Electron.OpenDialogOptions =
        kind === 'file'
          ? { title: t().openFileTitle, properties: ['openFile'], filters: [{ name: t().markdownFilter, extensions: ['md'] }] }
          : { title: t().openDeckTitle, properties: ['openDirectory'] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const dir = result.canceled ? undefined : result.filePaths[0];
      return dir ? opener.open(dir) : null;
    },
  };
  return opener;
}
