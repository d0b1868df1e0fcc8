import path from 'node:path';
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { DeckOpener } from './deck-opener';
import type { DeckRegistry } from './deck-registry';
import { pageUrl } from './app-paths';
import { openExportDialog } from './export-window';
import { t, type MainStrings } from './i18n';
import type { RecentDecks } from './recent';
import type { PresentationAction } from '../core/presentation';
import type { ViewCommand, WindowCommand } from '../shared/contract';
import { ipcEventChannelOf } from '../shared/operations';
import { deckKeyOfWindow } from './windows';
import { workWindowFor } from './work-window';

/** The presenter windows as the menu sees them. */
interface MenuPresenter {
  command(key: string, command: WindowCommand): Promise<unknown>;
  /** Whether one display shows only the audience view (a saved setting). */
  audienceOnly(): boolean;
  setAudienceOnly(on: boolean): Promise<void>;
}

/** What the menu acts on. */
export interface MenuDeps {
  registry: DeckRegistry;
  recent: RecentDecks;
  opener: DeckOpener;
  presenter: MenuPresenter;
}

/**
 * Menu items act through the same paths as the views: presentation changes are dispatched to the
 * focused deck's presentation state (so a clicker key taught in the console changes nothing here),
 * and page-local commands (the key help) are sent to the focused page.
 */
function dispatchToFocused(registry: DeckRegistry, action: PresentationAction): void {
  const win = BrowserWindow.getFocusedWindow();
  const key = win && !win.isDestroyed() ? registry.keyOfView(win.webContents.id) : undefined;
  if (key)
    void registry
      .get(key)
      ?.runtime.presentation()
      .then((hub) => hub.dispatch(action));
}

function commandToFocused(command: ViewCommand): void {
  const win = BrowserWindow.getFocusedWindow();
  if (win && !win.isDestroyed()) win.webContents.send(ipcEventChannelOf('command'), command);
}

/**
 * Shows an app page (`edit.html` for Edit mode, `index.html` to present) of the focused window's
 * deck; from the full-screen audience view, in the deck's console (work-window.ts).
 */
function showPageInFocused(registry: DeckRegistry, page: string): void {
  const win = workWindowFor(registry, BrowserWindow.getFocusedWindow());
  const key = win && !win.isDestroyed() ? registry.keyOfView(win.webContents.id) : undefined;
  // The edit page asks before leaving with unsaved text (beforeunload) and keeps drafts anyway.
  if (win && key) void win.loadURL(pageUrl(key, page)).catch((err: unknown) => console.error(`lectern: ${(err as Error).message}`));
}

/** The menu for the given strings and recent decks. Pure data, so it is testable without Electron. @internal */
export function buildMenuTemplate(s: MainStrings, recent: readonly string[], deps: MenuDeps, isPackaged: boolean, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const focused = (): BrowserWindow | null => BrowserWindow.getFocusedWindow();
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((dir): MenuItemConstructorOptions => ({ label: `${path.basename(dir)} — ${dir}`, click: () => void deps.opener.open(dir) })),
        { type: 'separator' },
        { label: s.clearRecent, click: () => void deps.recent.clear() },
      ]
    : [{ label: s.noRecent, enabled: false }];
  const forFocusedDeck = (command: WindowCommand) => (): void => {
    const win = focused();
    const key = win ? deckKeyOfWindow(deps.registry, win) : undefined;
    if (key) void deps.presenter.command(key, command);
  };
  const presenter = deps.presenter;
  const view: MenuItemConstructorOptions[] = [
    { label: s.fullScreen, role: 'togglefullscreen', accelerator: 'F11' },
    { label: s.overview, click: () => dispatchToFocused(deps.registry, { type: 'overview' }) },
    { type: 'separator' },
    { label: s.presenterConsole, click: forFocusedDeck('openConsole') },
    { label: s.swapDisplays, click: forFocusedDeck('swapDisplays') },
    { label: s.audienceOnly, type: 'checkbox', checked: presenter.audienceOnly(), click: (item) => void presenter.setAudienceOnly(item.checked) },
    { type: 'separator' },
    { label: s.editMode, accelerator: 'CmdOrCtrl+E', click: () => showPageInFocused(deps.registry, 'edit.html') },
    { label: s.presentMode, click: () => showPageInFocused(deps.registry, 'index.html') },
    { type: 'separator' },
    { label: s.reload, role: 'reload' },
  ];
  if (!isPackaged) view.push({ label: s.devTools, role: 'toggleDevTools' });
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: s.file,
      submenu: [
        { label: s.openFolder, accelerator: 'CmdOrCtrl+O', click: () => void deps.opener.chooseAndOpen(focused()) },
        { label: s.openFile, accelerator: 'CmdOrCtrl+Shift+O', click: () => void deps.opener.chooseAndOpen(focused(), 'file') },
        { label: s.openRecent, submenu: recentItems },
        { type: 'separator' },
        { label: s.exportPdf, accelerator: 'CmdOrCtrl+P', click: () => void openExportDialog(deps.registry, workWindowFor(deps.registry, focused())) },
        { type: 'separator' },
        { label: s.closeWindow, role: 'close' },
        { label: s.quit, role: 'quit' },
      ],
    },
    // macOS routes Cmd+C/V/X/A/Z through the Edit menu's roles: without it they do nothing in
    // the editor and the Export dialog (Windows and Linux handle them in the page).
    ...(platform === 'darwin' ? [editMenu(s)] : []),
    { label: s.view, submenu: view },
    {
      label: s.help,
      role: 'help',
      submenu: [
        { label: s.shortcuts, click: () => commandToFocused('toggleHelp') },
        { label: s.about, role: 'about' },
      ],
    },
  ];
}

/** The macOS Edit menu: role items only, so the OS labels and handles each command. */
function editMenu(s: MainStrings): MenuItemConstructorOptions {
  return {
    label: s.edit.replace('&', ''),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  };
}

/** Installs the application menu and rebuilds it whenever the recent list changes. */
export async function setupMenu(deps: MenuDeps): Promise<void> {
  const install = (recent: readonly string[]): void => Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(t(), recent, deps, app.isPackaged)));
  deps.recent.onChange(install);
  install(await deps.recent.list());
}
