import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckOpener } from './deck-opener';
import { createAppRegistry } from './app-registry';
import type { DeckRegistry } from './deck-registry';
import { stringsFor } from './i18n';
import { buildMenuTemplate } from './menu';
import type { RecentDecks } from './recent';
import { FakeBrowserWindow, resetElectronMock, screen } from '../../test/support/electron-mock';
import { makeFixtureDeck } from '../../test/support/fixture-deck';
import { createDeckWindow, createViewWindow } from './windows';

vi.mock('electron', () => import('../../test/support/electron-mock'));

const s = stringsFor('en');
const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
const laptop = { id: 1, internal: true, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
const deps = () => ({
  registry,
  recent: { list: async () => [], clear: vi.fn(), onChange: vi.fn() } as unknown as RecentDecks,
  opener: { open: vi.fn(), chooseAndOpen: vi.fn() } as unknown as DeckOpener,
  presenter: { command: vi.fn(async () => undefined), audienceOnly: () => false, setAudienceOnly: vi.fn(async () => undefined) },
});

beforeEach(async () => {
  resetElectronMock();
  fixture = await makeFixtureDeck();
  registry = createAppRegistry();
});
afterEach(async () => {
  for (const w of FakeBrowserWindow.instances) w.destroy();
  await registry.closeAll();
  await fixture.cleanup();
});

describe('menu on macOS', () => {
  it('has an Edit menu of role items, so Cmd+C/V/X/A/Z work in the editor and the Export dialog', () => {
    const template = buildMenuTemplate(s, [], deps(), true, 'darwin');
    const edit = template.find((m) => m.label === 'Edit')!;
    expect(edit).toBeDefined();
    const roles = (edit.submenu as MenuItemConstructorOptions[]).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    expect(template[0]).toEqual({ role: 'appMenu' });
  });

  it('Windows and Linux keep their menus without an Edit menu (the page handles the keys)', () => {
    expect(buildMenuTemplate(s, [], deps(), true, 'linux').some((m) => m.label === 'Edit')).toBe(false);
  });
});

describe('menu commands from the full-screen audience view on the projector', () => {
  async function presenting(): Promise<{ audience: FakeBrowserWindow; console: FakeBrowserWindow }> {
    screen.displays = [laptop, projector];
    const audience = (await createDeckWindow(registry, fixture.dir)) as unknown as FakeBrowserWindow;
    const consoleWin = (await createViewWindow(registry, 'd1', 'console.html')) as unknown as FakeBrowserWindow;
    audience.setFullScreen(true);
    FakeBrowserWindow.focused = audience;
    return { audience, console: consoleWin };
  }
  const item = (label: string) => flatten(buildMenuTemplate(s, [], deps(), true, 'linux')).find((i) => i.label === label)!;
  const click = (i: MenuItemConstructorOptions) => (i.click as unknown as () => void)();

  it('Ctrl+E opens the editor in the console, never on the projector', async () => {
    const { audience, console: c } = await presenting();
    click(item(s.editMode));
    await vi.waitFor(() => expect(c.loadURL).toHaveBeenLastCalledWith('lectern://d1/edit.html'));
    expect(audience.webContents.url).toBe('lectern://d1/index.html');
  });

  it('Ctrl+P opens the Export dialog over the console, never on the projector', async () => {
    const { console: c } = await presenting();
    click(item(s.exportPdf));
    await vi.waitFor(() => expect(FakeBrowserWindow.instances.some((w) => w.webContents.url === 'lectern://d1/export.html')).toBe(true));
    expect(FakeBrowserWindow.instances.find((w) => w.webContents.url === 'lectern://d1/export.html')!.options.parent).toBe(c);
  });

  it("with one display the full-screen audience view is the presenter's own screen: Ctrl+E works there", async () => {
    screen.displays = [laptop];
    const audience = (await createDeckWindow(registry, fixture.dir)) as unknown as FakeBrowserWindow;
    audience.setFullScreen(true);
    FakeBrowserWindow.focused = audience;
    click(item(s.editMode));
    await vi.waitFor(() => expect(audience.loadURL).toHaveBeenLastCalledWith('lectern://d1/edit.html'));
  });
});
