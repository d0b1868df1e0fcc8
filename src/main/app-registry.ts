import { app, BrowserWindow, dialog, shell, type WebContents } from 'electron';
import { DeckRuntime, type DeckRuntimeOptions } from '../node/deck-runtime';
import type { Printer } from '../node/export-controller';
import { FileTarget } from '../node/export-targets';
import { DeckRegistry } from './deck-registry';
import { electronPrinter } from './export';
import { t } from './i18n';

/** Deleted files go to the system trash (recoverable), never unlinked. */
async function systemTrash(file: string): Promise<string> {
  await shell.trashItem(file);
  return 'the system trash';
}

/** What tests may replace in the app's decks. */
export interface AppRegistryOptions {
  /** The printer of deck `key`; Electron's printToPDF by default. */
  printer?: (registry: DeckRegistry, key: string) => Printer;
  createSession?: DeckRuntimeOptions['createSession'];
}

/**
 * The app's open decks: each a DeckRuntime that is watched, sends deleted files to the system
 * trash, exports to a file chosen in a save dialog (parented to the window that asked) and
 * prints with Electron's printToPDF.
 */
export function createAppRegistry(options: AppRegistryOptions = {}): DeckRegistry {
  const registry: DeckRegistry = new DeckRegistry((dir, key) =>
    DeckRuntime.open({
      dir,
      dataDir: app.getPath('userData'),
      watch: true,
      trash: systemTrash,
      exportTarget: new FileTarget({
        defaultFolder: () => app.getPath('documents'),
        async askForFile(defaultPath, requester, format) {
          const dialogOptions = { defaultPath, filters: [format === 'html' ? { name: 'HTML', extensions: ['html'] } : { name: t().pdfFilter, extensions: ['pdf'] }] };
          const parent = requester ? BrowserWindow.fromWebContents(requester as WebContents) : null;
          const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
          return choice.canceled || !choice.filePath ? null : choice.filePath;
        },
        reveal: (file) => shell.showItemInFolder(file),
      }),
      printer: () => ({ ok: true, value: (options.printer ?? electronPrinter)(registry, key) }),
      createSession: options.createSession,
    }),
  );
  return registry;
}
