import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppRegistry } from './app-registry';
import type { DeckRegistry } from './deck-registry';
import { openExportDialog } from './export-window';
import { dialog, FakeBrowserWindow, resetElectronMock } from '../../test/support/electron-mock';
import { makeFixtureDeck } from '../../test/support/fixture-deck';

vi.mock('electron', () => import('../../test/support/electron-mock'));

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
let key: string;

beforeEach(async () => {
  resetElectronMock();
  fixture = await makeFixtureDeck();
  registry = createAppRegistry();
  key = await registry.open(fixture.dir);
});
afterEach(async () => {
  await registry.closeAll();
  await fixture.cleanup();
});

const asWindow = (w: FakeBrowserWindow | null): BrowserWindow | null => w as unknown as BrowserWindow | null;

describe('File → Export PDF or HTML…', () => {
  it('opens the dialog as a hardened modal child of the deck window, on the deck’s origin; a second press focuses it', async () => {
    const deckWin = new FakeBrowserWindow({});
    registry.attach(key, deckWin.webContents);
    const opened = (await openExportDialog(registry, asWindow(deckWin))) as unknown as FakeBrowserWindow;
    expect(opened.options).toMatchObject({ parent: deckWin, modal: true, show: false });
    expect(opened.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(opened.loadURL).toHaveBeenCalledWith(`lectern://${key}/export.html`);
    expect(opened.visible).toBe(true);
    expect(registry.keyOfView(opened.webContents.id)).toBe(key);
    // Ctrl+P again, from the deck window or from the dialog itself: the same dialog.
    expect(await openExportDialog(registry, asWindow(deckWin))).toBe(opened);
    expect(await openExportDialog(registry, asWindow(opened))).toBe(opened);
    expect(opened.focus).toHaveBeenCalledTimes(2);
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    // Closing it lets go of the deck (the deck window still holds it open).
    opened.destroy();
    await vi.waitFor(() => expect(registry.keyOfView(opened.webContents.id)).toBeUndefined());
    expect(registry.get(key)).toBeDefined();
  });

  it('says so when no deck window is focused', async () => {
    expect(await openExportDialog(registry, null)).toBeNull();
    expect(dialog.showErrorBox).toHaveBeenCalledWith('PDF export failed', 'Open a deck window first.');
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});
