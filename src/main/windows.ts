import { BrowserWindow } from 'electron';
import { SLIDE_BOX } from '../core/print-layout';
import { pageUrl } from './app-paths';
import type { DeckRegistry } from './deck-registry';
import { hardenContents, hardenedWebPreferences } from './harden';
import { watchForCrashes } from './recovery';
import { guardUnsavedEdits } from './unsaved-guard';
import { windowTitle } from '../core/window-title';

// Deck windows only: hidden export windows are views of a deck too, but must never be focused.
const deckWindows = new Set<BrowserWindow>();

/** The visible deck windows, oldest first. */
export function listDeckWindows(): BrowserWindow[] {
  return [...deckWindows].filter((w) => !w.isDestroyed());
}

/** The host key of the deck shown in `win`, if any. */
export function deckKeyOfWindow(registry: DeckRegistry, win: BrowserWindow): string | undefined {
  return win.isDestroyed() ? undefined : registry.keyOfView(win.webContents.id);
}

/** The deck window already showing `deckDir`, if any. */
export function findDeckWindow(registry: DeckRegistry, deckDir: string): BrowserWindow | undefined {
  const key = registry.keyOfDir(deckDir);
  return key ? listDeckWindows().find((w) => deckKeyOfWindow(registry, w) === key) : undefined;
}

/** The views a deck window can show: the audience view or the presenter console. */
export type ViewPage = 'index.html' | 'console.html';

/** Points `win` at an already opened deck `key`, releasing the deck it showed before. */
export async function showDeckInWindow(registry: DeckRegistry, win: BrowserWindow, key: string, page: ViewPage = 'index.html'): Promise<void> {
  const contents = win.webContents;
  const previous = registry.keyOfView(contents.id);
  registry.attach(key, contents);
  const payload = await registry.get(key)?.runtime.session.open();
  if (payload) win.setTitle(windowTitle(payload.deck.config.title)); // the page then names its view (console)
  // loadURL rejects when a newer navigation replaces this one; the window is still usable.
  await win.loadURL(pageUrl(key, page)).catch((err: unknown) => console.error(`lectern: ${(err as Error).message}`));
  if (previous && previous !== key) await registry.detach(contents.id, previous);
}

/**
 * Opens `deckDir` in a new hardened window served from its own `lectern://<key>/` origin.
 * The folder is loaded first, so a folder that is not a deck throws (DeckFolderError) before
 * any window appears.
 */
export async function createDeckWindow(registry: DeckRegistry, deckDir: string, deferShow = false): Promise<BrowserWindow> {
  return createViewWindow(registry, await registry.open(deckDir), 'index.html', deferShow);
}

/**
 * Opens a hardened window on view `page` of the already open deck `key` (audience or console).
 * With `deferShow` it is not shown when ready: the caller places it first and shows it then
 * (presenter windows), so it never flashes at its default size on the wrong display.
 */
export async function createViewWindow(registry: DeckRegistry, key: string, page: ViewPage, deferShow = false): Promise<BrowserWindow> {
  const payload = await registry.get(key)!.runtime.session.open();
  const win = new BrowserWindow({
    // The content is the slides' own size, so nothing is scaled at first.
    ...SLIDE_BOX,
    useContentSize: true,
    minWidth: 480,
    minHeight: 270,
    title: windowTitle(payload.deck.config.title),
    backgroundColor: payload.deck.config.theme === 'dark' ? '#111111' : '#ffffff',
    show: false,
    // The projector shows the slides only: no menu bar on the audience view (Windows, Linux);
    // Alt still reveals it for the presenter.
    autoHideMenuBar: page === 'index.html',
    // Dropped folders are handled by the page (folder-drop.ts) and reach main through the preload.
    webPreferences: hardenedWebPreferences(),
  });
  if (page === 'index.html') win.setMenuBarVisibility(false);
  const contents = win.webContents;
  const viewId = contents.id;
  deckWindows.add(win);
  hardenContents(contents);
  watchForCrashes(win);
  guardUnsavedEdits(win);
  if (!deferShow) win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    deckWindows.delete(win);
    void registry.detach(viewId);
  });
  await showDeckInWindow(registry, win, key, page);
  if (!deferShow && !win.isDestroyed() && !win.isVisible()) win.show();
  return win;
}
