import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Channels, type Result } from '../shared/contract';
import { SettingsStore } from '../node/settings-store';
import { DeckRegistry } from './deck-registry';
import { setupIpc } from './ipc';
import { ipcMain, resetElectronMock } from '../../test/support/electron-mock';
import { makeFixtureDeck } from '../../test/support/fixture-deck';

vi.mock('electron', () => import('../../test/support/electron-mock'));

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
let dataDir: string;
let key: string;
const send = vi.fn();
const windowCommand = vi.fn(async () => ({ ok: true as const, value: true as const }));
const SENDER = 7;

function call<T>(channel: string, arg?: unknown, frameUrl = `lectern://${key}/console.html`, sender = SENDER): Promise<Result<T>> {
  return ipcMain.handlers.get(channel)!({ sender: { id: sender }, senderFrame: { url: frameUrl, parent: null } }, arg) as Promise<Result<T>>;
}

beforeEach(async () => {
  resetElectronMock();
  fixture = await makeFixtureDeck();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-ipc-'));
  registry = new DeckRegistry();
  key = await registry.open(fixture.dir);
  registry.attach(key, { id: SENDER, send, isDestroyed: () => false });
  setupIpc(registry, { settings: new SettingsStore(path.join(dataDir, 'settings.json')), windowCommand });
});
afterEach(async () => {
  await registry.closeAll();
  await fixture.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

describe('presentation IPC', () => {
  it('applies actions from the console and pushes the new state to every view of the deck', async () => {
    const result = await call<{ state: { position: { slide: number } } }>(Channels.dispatch, { type: 'next' });
    expect(result.ok && result.value.state.position.slide).toBe(1);
    expect(send).toHaveBeenCalledWith(Channels.presentationChanged, expect.objectContaining({ state: expect.objectContaining({ position: { slide: 1, step: 0 } }) }));
    const loaded = await call<{ state: { position: { slide: number } } }>(Channels.loadPresentation);
    expect(loaded.ok && loaded.value.state.position.slide).toBe(1);
  });

  it('refuses malformed actions, host-only actions and foreign senders', async () => {
    expect(await call(Channels.dispatch, { type: 'goto', slide: 'x' })).toEqual({ ok: false, error: expect.stringMatching(/unknown/) });
    expect((await call(Channels.dispatch, { type: 'deckChanged', slide: 0, sameSlide: true })).ok).toBe(false);
    expect((await call(Channels.dispatch, { type: 'next' }, 'https://evil.example/console.html')).ok).toBe(false);
    expect((await call(Channels.dispatch, { type: 'next' }, undefined, 99)).ok).toBe(false);
    expect(registry.get(key)!.presentation.snapshot().state.position.slide).toBe(0);
  });

  it('saves settings cleaned to the app data folder', async () => {
    const saved = await call<{ notesFontSize: number }>(Channels.saveSettings, { notesFontSize: 30, keymap: { F8: 'next', x: 'format-disk' }, evil: 1 });
    expect(saved).toEqual({ ok: true, value: { notesFontSize: 30, keymap: { F8: 'next' }, singleDisplay: 'windows' } });
    expect(JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8'))).toEqual(saved.ok && saved.value);
    expect(await call(Channels.loadSettings)).toEqual(saved);
  });

  it('passes known window commands for the sender\'s deck only', async () => {
    expect((await call(Channels.windowCommand, 'swapDisplays')).ok).toBe(true);
    expect(windowCommand).toHaveBeenCalledWith(key, 'swapDisplays');
    expect((await call(Channels.windowCommand, 'closeAll')).ok).toBe(false);
    expect(windowCommand).toHaveBeenCalledTimes(1);
  });
});
