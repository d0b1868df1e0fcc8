import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppRegistry } from './app-registry';
import type { DeckRegistry } from './deck-registry';
import { createDeckOpener } from './deck-opener';
import { RecentDecks } from './recent';
import { dialog, FakeBrowserWindow, resetElectronMock, shell } from '../../test/support/electron-mock';
import { FIXTURE_TITLE, makeFixtureDeck } from '../../test/support/fixture-deck';
import { createDeckWindow, deckKeyOfWindow, findDeckWindow, showDeckInWindow } from './windows';

vi.mock('electron', () => import('../../test/support/electron-mock'));

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
const fake = (win: BrowserWindow): FakeBrowserWindow => win as unknown as FakeBrowserWindow;

beforeEach(async () => {
  resetElectronMock();
  fixture = await makeFixtureDeck();
  registry = createAppRegistry();
});
afterEach(async () => {
  for (const win of FakeBrowserWindow.instances) win.destroy();
  await registry.closeAll();
  await fixture.cleanup();
});

describe('createDeckWindow', () => {
  it('creates a hardened 16:9 window titled after the deck, on the deck origin', async () => {
    const win = fake(await createDeckWindow(registry, fixture.dir));
    expect(win.options.webPreferences).toEqual(
      expect.objectContaining({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        webviewTag: false,
        preload: expect.stringMatching(/preload[/\\]index\.cjs$/),
      }),
    );
    expect((win.options.width as number) / (win.options.height as number)).toBeCloseTo(16 / 9);
    expect(win.title).toContain(FIXTURE_TITLE);
    expect(win.loadURL).toHaveBeenCalledWith('lectern://d1/index.html');
    expect(deckKeyOfWindow(registry, win as unknown as BrowserWindow)).toBe('d1');
    expect(win.isVisible()).toBe(true);
  });

  it('never lets a drop navigate (the page handles drops), and hides the menu bar on the audience view', async () => {
    const win = fake(await createDeckWindow(registry, fixture.dir));
    expect(win.options.webPreferences).not.toHaveProperty('navigateOnDragDrop', true);
    expect(win.options.webPreferences).toMatchObject({ spellcheck: false });
    expect(win.options.autoHideMenuBar).toBe(true);
    expect(win.setMenuBarVisibility).toHaveBeenCalledWith(false);
  });

  it('a folder dropped where the page does not take it reaches the window-open handler (as in Chromium) and opens nothing', async () => {
    const win = fake(await createDeckWindow(registry, fixture.dir));
    expect(win.webContents.dropFile(fixture.dir)).toBe('deny');
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(win.webContents.url).toBe('lectern://d1/index.html');
  });

  it('hardens the window: window.open is denied, foreign navigation prevented', async () => {
    const win = fake(await createDeckWindow(registry, fixture.dir));
    expect(win.webContents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(win.webContents.navigate('will-frame-navigate', 'lectern://d2/index.html').defaultPrevented).toBe(true);
    expect(win.webContents.navigate('will-frame-navigate', 'lectern://d1/index.html#/3').defaultPrevented).toBe(false);
  });

  it('gives each window its own origin and closes the deck with its window', async () => {
    const a = fake(await createDeckWindow(registry, fixture.dir));
    const b = fake(await createDeckWindow(registry, fixture.dir));
    expect(b.loadURL).toHaveBeenCalledWith('lectern://d2/index.html');
    a.destroy();
    await vi.waitFor(() => expect(registry.get('d1')).toBeUndefined());
    expect(registry.get('d2')).toBeDefined();
  });

  it('throws for a folder that is not a deck, before any window exists', async () => {
    await expect(createDeckWindow(registry, path.join(fixture.root, 'nope'))).rejects.toThrow(/does not exist/);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('switches a window to another deck and releases the old one', async () => {
    const win = fake(await createDeckWindow(registry, fixture.dir));
    const key = await registry.open(fixture.dir);
    await showDeckInWindow(registry, win as unknown as BrowserWindow, key);
    expect(win.loadURL).toHaveBeenLastCalledWith(`lectern://${key}/index.html`);
    expect(registry.get('d1')).toBeUndefined();
    expect(deckKeyOfWindow(registry, win as unknown as BrowserWindow)).toBe(key);
  });
});

describe('crash recovery', () => {
  it('reloads (keeping the slide hash) after telling the presenter about a crash', async () => {
    const win = fake(await createDeckWindow(registry, fixture.dir));
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox).toHaveBeenCalledWith(win, expect.objectContaining({ type: 'error' }));
  });

  it('offers to reload a hung window, killing the renderer first', async () => {
    const win = fake(await createDeckWindow(registry, fixture.dir));
    win.emit('unresponsive');
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    expect(win.webContents.forcefullyCrashRenderer).toHaveBeenCalled();
    win.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 0 });
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('waits when the presenter chooses to', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    const win = fake(await createDeckWindow(registry, fixture.dir));
    win.emit('unresponsive');
    await new Promise((r) => setTimeout(r, 20));
    expect(win.webContents.reload).not.toHaveBeenCalled();
  });
});

describe('deck opener', () => {
  it('focuses the window that already shows a deck instead of opening it twice', async () => {
    const opener = createDeckOpener(registry, new RecentDecks(path.join(fixture.root, 'recent.json')));
    const first = await opener.open(fixture.dir);
    const again = await opener.open(fixture.dir);
    expect(again).toBe(first);
    expect(fake(first!).focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(findDeckWindow(registry, fixture.dir)).toBe(first);
  });

  it('shows an error instead of throwing for a bad folder and records good ones as recent', async () => {
    const recent = new RecentDecks(path.join(fixture.root, 'recent.json'));
    const opener = createDeckOpener(registry, recent);
    expect(await opener.open(path.join(fixture.root, 'nope'))).toBeNull();
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Cannot open the deck', expect.stringMatching(/nope: does not exist/));
    await opener.open(fixture.dir);
    expect(await recent.list()).toEqual([fixture.dir]);
  });
});
