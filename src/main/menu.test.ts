import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckOpener } from './deck-opener';
import type { DeckRegistry } from './deck-registry';
import { stringsFor } from './i18n';
import { buildMenuTemplate, setupMenu, type MenuDeps } from './menu';
import type { RecentDecks } from './recent';
import { app, FakeBrowserWindow, Menu, resetElectronMock } from '../../test/support/electron-mock';

vi.mock('electron', () => import('../../test/support/electron-mock'));

function deps(recentList: string[] = []): MenuDeps & { opener: { open: ReturnType<typeof vi.fn>; chooseAndOpen: ReturnType<typeof vi.fn> } } {
  const listeners: Array<(l: string[]) => void> = [];
  return {
    registry: {} as DeckRegistry,
    recent: { list: async () => recentList, clear: vi.fn(), onChange: (l: (list: string[]) => void) => listeners.push(l) } as unknown as RecentDecks,
    opener: { open: vi.fn(), chooseAndOpen: vi.fn() } as DeckOpener & { open: ReturnType<typeof vi.fn>; chooseAndOpen: ReturnType<typeof vi.fn> },
    presenter: { command: vi.fn(async () => undefined), audienceOnly: () => false, setAudienceOnly: vi.fn(async () => undefined) },
  };
}

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
const byLabel = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions => flatten(items).find((i) => i.label === label)!;
const click = (item: MenuItemConstructorOptions): void => (item.click as unknown as () => void)();

beforeEach(() => resetElectronMock());

describe('application menu', () => {
  it('is in Russian for ru locales and English otherwise', () => {
    expect(stringsFor('ru-RU').openFolder).toBe('Открыть папку…');
    expect(stringsFor('ru').exportPdf).toBe('Экспорт в PDF или HTML…');
    expect(stringsFor('en-GB').openFolder).toBe('Open Folder…');
    expect(stringsFor('de').openFolder).toBe('Open Folder…');
    const labels = flatten(buildMenuTemplate(stringsFor('ru'), [], deps(), false)).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['&Файл', 'Открыть папку…', 'Недавние', 'Экспорт в PDF или HTML…', 'Полный экран', 'Обзор всех слайдов', 'Сочетания клавиш']));
  });

  it('File → Export PDF or HTML… (Ctrl/Cmd+P) opens the Export dialog over the focused deck window', async () => {
    const s = stringsFor('en');
    const win = new FakeBrowserWindow({});
    FakeBrowserWindow.focused = win;
    const d = deps();
    d.registry = { keyOfView: (id: number) => (id === win.webContents.id ? 'd1' : undefined), attach: vi.fn(), detach: vi.fn() } as unknown as DeckRegistry;
    const item = byLabel(buildMenuTemplate(s, [], d, false), s.exportPdf);
    expect(item.accelerator).toBe('CmdOrCtrl+P');
    click(item);
    await vi.waitFor(() => expect(FakeBrowserWindow.instances[1]?.loadURL).toHaveBeenCalledWith('lectern://d1/export.html'));
    expect(FakeBrowserWindow.instances[1]!.options).toMatchObject({ parent: win, modal: true });
  });

  it('File → Open Markdown File… asks for a one-file deck; Open Folder… for a folder', () => {
    const s = stringsFor('en');
    const d = deps();
    click(byLabel(buildMenuTemplate(s, [], d, false), s.openFile));
    click(byLabel(buildMenuTemplate(s, [], d, false), s.openFolder));
    expect(d.opener.chooseAndOpen.mock.calls.map((c) => c[1])).toEqual(['file', undefined]);
    expect(stringsFor('ru').openFile).toBe('Открыть файл Markdown…');
  });

  it('has full screen on F11 and developer tools only in unpackaged builds', () => {
    const s = stringsFor('en');
    expect(byLabel(buildMenuTemplate(s, [], deps(), false), s.fullScreen)).toMatchObject({ role: 'togglefullscreen', accelerator: 'F11' });
    expect(flatten(buildMenuTemplate(s, [], deps(), false)).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(flatten(buildMenuTemplate(s, [], deps(), true)).some((i) => i.role === 'toggleDevTools')).toBe(false);
  });

  it('dispatches the overview to the focused deck and sends the key help to the focused page, pressing no keys', async () => {
    const s = stringsFor('en');
    const win = new FakeBrowserWindow({});
    FakeBrowserWindow.focused = win;
    const hub = { dispatch: vi.fn() };
    const registry = {
      keyOfView: (id: number) => (id === win.webContents.id ? 'd2' : undefined),
      get: (key: string) => (key === 'd2' ? { runtime: { presentation: async () => hub } } : undefined),
    } as unknown as DeckRegistry;
    const template = buildMenuTemplate(s, [], { ...deps(), registry }, false);
    click(byLabel(template, s.overview));
    await vi.waitFor(() => expect(hub.dispatch).toHaveBeenCalledWith({ type: 'overview' }));
    click(byLabel(template, s.shortcuts));
    expect(win.webContents.send).toHaveBeenCalledWith('event:command', 'toggleHelp');
    // A key press would go through the keymap, which a clicker taught in the console can change.
    expect(win.webContents.sendInputEvent).not.toHaveBeenCalled();
  });

  it('opens the console, swaps displays and switches one-screen mode for the focused deck', async () => {
    const s = stringsFor('en');
    const win = new FakeBrowserWindow({});
    FakeBrowserWindow.focused = win;
    const presenter = { command: vi.fn(async () => undefined), audienceOnly: () => true, setAudienceOnly: vi.fn(async () => undefined) };
    const registry = { keyOfView: (id: number) => (id === win.webContents.id ? 'd3' : undefined) } as unknown as DeckRegistry;
    const template = buildMenuTemplate(s, [], { ...deps(), registry, presenter }, false);
    click(byLabel(template, s.presenterConsole));
    click(byLabel(template, s.swapDisplays));
    expect(presenter.command.mock.calls).toEqual([
      ['d3', 'openConsole'],
      ['d3', 'swapDisplays'],
    ]);
    const oneScreen = byLabel(template, s.audienceOnly);
    expect(oneScreen).toMatchObject({ type: 'checkbox', checked: true });
    (oneScreen.click as unknown as (item: { checked: boolean }) => void)({ checked: false });
    expect(presenter.setAudienceOnly).toHaveBeenCalledWith(false);
    // No focused deck window: nothing happens.
    FakeBrowserWindow.focused = null;
    click(byLabel(template, s.presenterConsole));
    expect(presenter.command).toHaveBeenCalledTimes(2);
  });

  it('switches the focused deck window to Edit mode and back', async () => {
    const s = stringsFor('en');
    const win = new FakeBrowserWindow({});
    FakeBrowserWindow.focused = win;
    const d = deps();
    (d.registry as unknown as { keyOfView: (id: number) => string | undefined }).keyOfView = (id) => (id === win.webContents.id ? 'd3' : undefined);
    click(byLabel(buildMenuTemplate(s, [], d, false), s.editMode));
    expect(win.loadURL).toHaveBeenLastCalledWith('lectern://d3/edit.html');
    click(byLabel(buildMenuTemplate(s, [], d, false), s.presentMode));
    expect(win.loadURL).toHaveBeenLastCalledWith('lectern://d3/index.html');
  });

  it('lists recent decks and opens them', () => {
    const d = deps();
    const s = stringsFor('en');
    const template = buildMenuTemplate(s, ['/talks/flask'], d, false);
    click(byLabel(template, 'flask — /talks/flask'));
    expect(d.opener.open).toHaveBeenCalledWith('/talks/flask');
    expect(byLabel(buildMenuTemplate(s, [], d, false), s.noRecent).enabled).toBe(false);
  });

  it('installs itself with the recent list', async () => {
    app.locale = 'ru-RU';
    await setupMenu(deps(['/talks/flask']));
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
    expect(byLabel(template, 'Недавние').submenu).toHaveLength(3);
  });
});
