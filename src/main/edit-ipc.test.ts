import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../shared/contract';
import { FILE_CHANGED_CHANNEL, type OpenedFile } from '../shared/edit-contract';
import { DeckRegistry } from './deck-registry';
import { setupEditIpc } from './edit-ipc';
import { ipcMain, resetElectronMock, shell } from '../../test/support/electron-mock';
import { makeFixtureDeck } from '../../test/support/fixture-deck';
import { useTempDirs } from '../../test/support/temp-dir';

vi.mock('electron', () => import('../../test/support/electron-mock'));

const tempDir = useTempDirs();
let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
let key: string;
const view = { id: 7, send: vi.fn(), isDestroyed: () => false };

function invoke<T>(op: string, page: string, ...args: unknown[]): Promise<Result<T>> {
  const handler = ipcMain.handlers.get(`edit:${op}`)!;
  return handler({ sender: { id: view.id }, senderFrame: { url: `lectern://${key}/${page}`, parent: null } }, ...args) as Promise<Result<T>>;
}

beforeEach(async () => {
  resetElectronMock();
  view.send.mockReset();
  fixture = await makeFixtureDeck();
  registry = new DeckRegistry();
  key = await registry.open(fixture.dir);
  registry.attach(key, view);
  const data = await tempDir();
  setupEditIpc(registry, () => data);
});
afterEach(async () => {
  await registry.closeAll();
  await fixture.cleanup();
});

describe('editor IPC', () => {
  it('serves the editor page of the deck: list, read, save with the hash', async () => {
    const list = await invoke<{ id: string }[]>('listFiles', 'edit.html');
    expect(list.ok && list.value.map((f) => f.id)).toContain('01-intro.md');
    const read = await invoke<OpenedFile>('readFile', 'edit.html', '01-intro.md');
    if (!read.ok) throw new Error(read.error);
    const { text, format, eol, hash } = read.value;
    expect(await invoke('saveFile', 'edit.html', { id: '01-intro.md', text: `${text}!`, format, eol, expectedHash: hash })).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(await readFile(path.join(fixture.dir, '01-intro.md'), 'utf8')).toBe(`${text}!`);
  });
  it('refuses the audience page, other decks and malformed arguments', async () => {
    expect(await invoke('listFiles', 'index.html')).toEqual({ ok: false, error: expect.stringContaining('refused') });
    expect(await invoke('readFile', 'edit.html', '../secret.md')).toMatchObject({ ok: false });
    expect(await invoke('saveFile', 'edit.html', { id: '01-intro.md', text: 5 })).toEqual({ ok: false, error: 'malformed saveFile request' });
    expect(await invoke('renameFile', 'edit.html', '01-intro.md', '/etc/x.md')).toMatchObject({ ok: false });
  });
  it('reopens with an encoding only for the editor page, with a deck-relative id and an allowed encoding', async () => {
    await writeFile(path.join(fixture.dir, '09-koi8.md'), Buffer.from([0x23, 0x20, 0xf7, 0xf7, 0xe5, 0xe4, 0xe5, 0xee, 0xe9, 0xe5]));
    expect(await invoke('reopenFile', 'index.html', '09-koi8.md', 'koi8-r')).toEqual({ ok: false, error: expect.stringContaining('refused') });
    for (const args of [['../09-koi8.md', 'koi8-r'], ['09-koi8.md', 'cp866'], ['09-koi8.md'], ['/tmp/x.md', 'utf-8']]) {
      expect(await invoke('reopenFile', 'edit.html', ...args)).toEqual({ ok: false, error: expect.stringContaining('malformed reopenFile request') });
    }
    expect(await invoke('reopenFile', 'edit.html', '09-koi8.md', 'koi8-r')).toMatchObject({ ok: true, value: { text: '# ВВЕДЕНИЕ', chosen: true } });
    // Every view of the deck is told: the deck now reads the file as KOI8-R.
    expect(view.send.mock.calls.some((c) => JSON.stringify(c[1]).includes('ВВЕДЕНИЕ'))).toBe(true);
  });
  it('moves deleted files to the system trash', async () => {
    expect(await invoke('trashFile', 'edit.html', '01-intro.md')).toEqual({ ok: true, value: 'the system trash' });
    expect(shell.trashItem).toHaveBeenCalledWith(expect.stringMatching(/01-intro\.md$/));
  });
  it('pushes external file changes to the deck window', async () => {
    await invoke('listFiles', 'edit.html');
    await invoke('readFile', 'edit.html', '01-intro.md');
    await writeFile(path.join(fixture.dir, '01-intro.md'), '# Changed');
    await expect.poll(() => view.send.mock.calls.find((c) => c[0] === FILE_CHANGED_CHANNEL)?.[1]).toMatchObject({ id: '01-intro.md', text: '# Changed' });
  });
});
