import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../shared/contract';
import { OPEN_DROPPED_CHANNEL } from '../shared/desktop-contract';
import { createDeckOpener } from './deck-opener';
import { createAppRegistry } from './app-registry';
import type { DeckRegistry } from './deck-registry';
import { setupDropIpc } from './drop-ipc';
import { RecentDecks } from './recent';
import { FakeBrowserWindow, ipcMain, resetElectronMock, shell } from '../../test/support/electron-mock';
import { makeFixtureDeck } from '../../test/support/fixture-deck';

vi.mock('electron', () => import('../../test/support/electron-mock'));

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
let other: string;

beforeEach(async () => {
  resetElectronMock();
  fixture = await makeFixtureDeck();
  registry = createAppRegistry();
  other = path.join(fixture.root, 'other');
  await mkdir(other);
  await writeFile(path.join(other, '01.md'), '# Другая\n');
});
afterEach(async () => {
  for (const win of FakeBrowserWindow.instances) win.destroy();
  await registry.closeAll();
  await fixture.cleanup();
});

/** What the preload sends after a drop on `win`'s page. */
function dropThroughPage(win: FakeBrowserWindow, dir: unknown): Promise<Result<true>> {
  return ipcMain.handlers.get(OPEN_DROPPED_CHANNEL)!({ sender: win.webContents, senderFrame: { url: win.webContents.url, parent: null } }, dir) as Promise<Result<true>>;
}

describe('a folder dropped on a deck window', () => {
  it('opens the dropped deck in that audience window (Chromium gives the drop to the window-open handler, which refuses it)', async () => {
    const opener = createDeckOpener(registry, new RecentDecks(path.join(fixture.root, 'recent.json')));
    setupDropIpc(registry, opener);
    const win = (await opener.open(fixture.dir)) as unknown as FakeBrowserWindow;
    // What real Chromium does with a drop the page does not take: nothing opens, nothing navigates.
    expect(win.webContents.dropFile(other)).toBe('deny');
    expect(shell.openPath).not.toHaveBeenCalled();
    // The page takes it and the preload sends the path.
    expect(await dropThroughPage(win, other)).toEqual({ ok: true, value: true });
    expect(win.loadURL).toHaveBeenLastCalledWith('lectern://d2/index.html');
    expect(registry.get('d2')?.dir).toBe(other);
    expect(FakeBrowserWindow.instances.filter((w) => !w.destroyed)).toHaveLength(1);
  });

  it('refuses files, relative paths and pages that are not an open deck', async () => {
    const opener = createDeckOpener(registry, new RecentDecks(path.join(fixture.root, 'recent.json')));
    setupDropIpc(registry, opener);
    const win = (await opener.open(fixture.dir)) as unknown as FakeBrowserWindow;
    await writeFile(path.join(other, 'photo.png'), 'x');
    expect(await dropThroughPage(win, path.join(other, 'photo.png'))).toMatchObject({ ok: false, error: expect.stringMatching(/not a folder \(photo\.png\)/) });
    expect(await dropThroughPage(win, 'other')).toMatchObject({ ok: false });
    const stranger = new FakeBrowserWindow({});
    stranger.webContents.url = 'lectern://d9/index.html';
    expect(await dropThroughPage(stranger, other)).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    expect(registry.keyOfDir(other)).toBeUndefined();
  });

  it('opens a dropped .md file as a one-file deck', async () => {
    const opener = createDeckOpener(registry, new RecentDecks(path.join(fixture.root, 'recent.json')));
    setupDropIpc(registry, opener);
    const win = (await opener.open(fixture.dir)) as unknown as FakeBrowserWindow;
    expect(await dropThroughPage(win, path.join(other, '01.md'))).toEqual({ ok: true, value: true });
    expect(registry.keyOfDir(path.join(other, '01.md'))).toBeDefined();
  });
});
