import { BrowserWindow, dialog } from 'electron';
import { EXPORT_PAGE } from '../shared/export-contract';
import { pageUrl } from './app-paths';
import type { DeckRegistry } from './deck-registry';
import { hardenContents, hardenedWebPreferences } from './harden';
import { t } from './i18n';
import { deckKeyOfWindow } from './windows';

/** Open Export dialogs by the window they belong to, so a second Ctrl+P focuses the first. */
const dialogs = new Map<BrowserWindow, BrowserWindow>();

/** The deck window an Export dialog belongs to (itself when it is none). */
function ownerOf(win: BrowserWindow): BrowserWindow {
  return [...dialogs].find(([, d]) => d === win)?.[0] ?? win;
}

/**
 * File → Export PDF or HTML…: opens the Export dialog of the focused window's deck as a modal child,
 * hardened like every window and attached to the deck as one of its views (so the deck stays
 * open while it exports). Closing the dialog cancels its export (export-ipc.ts).
 */
export async function openExportDialog(registry: DeckRegistry, focused: BrowserWindow | null): Promise<BrowserWindow | null> {
  const parent = focused && !focused.isDestroyed() ? ownerOf(focused) : null;
  const key = parent ? deckKeyOfWindow(registry, parent) : undefined;
  if (!parent || !key) {
    const s = t();
    dialog.showErrorBox(s.exportFailed, s.noDeckToExport);
    return null;
  }
  const open = dialogs.get(parent);
  if (open && !open.isDestroyed()) {
    open.focus();
    return open;
  }
  const win = new BrowserWindow({
    parent,
    modal: true,
    width: 980,
    height: 700,
    minWidth: 720,
    minHeight: 520,
    title: t().exportPdf.replace('…', ''),
    show: false,
    webPreferences: hardenedWebPreferences(),
  });
  const contents = win.webContents;
  const viewId = contents.id;
  dialogs.set(parent, win);
  hardenContents(contents);
  registry.attach(key, contents);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    dialogs.delete(parent);
    void registry.detach(viewId, key);
  });
  await win.loadURL(pageUrl(key, EXPORT_PAGE)).catch((err: unknown) => console.error(`lectern: ${(err as Error).message}`));
  if (!win.isDestroyed() && !win.isVisible()) win.show();
  return win;
}
