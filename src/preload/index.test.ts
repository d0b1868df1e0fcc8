import { describe, expect, it, vi } from 'vitest';
import { HOST_GLOBAL, type LecternHost } from '../shared/contract';
import { DESKTOP_GLOBAL, OPEN_DROPPED_CHANNEL, type DesktopBridge } from '../shared/desktop-contract';
import { EDIT_OPERATIONS } from '../shared/edit-contract';
import { EXPORT_OPERATIONS } from '../shared/export-contract';

const FILE_CHANGED_CHANNEL = 'event:file';
const EXPORT_STATUS_CHANNEL = 'event:export';

const exposed: Record<string, unknown> = {};
const ipc = vi.hoisted(() => ({ invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() }));
const webUtils = vi.hoisted(() => ({ getPathForFile: vi.fn((_file: unknown) => '/home/me/decks/talk') }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: ipc,
  webUtils,
}));

describe('preload bridge', () => {
  it('forwards every editor operation to its own channel (op:edit.<op>) with the arguments, and file events', async () => {
    await import('./index');
    const host = exposed[HOST_GLOBAL] as LecternHost;
    for (const op of EDIT_OPERATIONS) expect(typeof (host.edit as unknown as Record<string, unknown>)[op]).toBe('function');
    await host.edit!.renameFile('a.md', 'b.md');
    expect(ipc.invoke).toHaveBeenLastCalledWith('op:edit.renameFile', 'a.md', 'b.md');
    const listener = vi.fn();
    const off = host.edit!.onFileChanged(listener);
    const handler = ipc.on.mock.calls.find((c) => c[0] === FILE_CHANGED_CHANNEL)![1] as (e: unknown, c: unknown) => void;
    handler({}, { id: 'a.md', hash: null, text: null });
    expect(listener).toHaveBeenCalledWith({ id: 'a.md', hash: null, text: null });
    off();
    expect(ipc.removeListener).toHaveBeenCalledWith(FILE_CHANGED_CHANNEL, handler);
  });

  it('forwards the Export dialog operations to op:export.<op> and status events, and nothing else', async () => {
    await import('./index');
    const host = exposed[HOST_GLOBAL] as LecternHost;
    expect(Object.keys(host.export!).sort()).toEqual([...EXPORT_OPERATIONS, 'onStatus'].sort());
    const choices = { format: 'pdf', layout: 'notes', paper: 'a4', notes: false, range: '2-3', keepImages: false } as const;
    await host.export!.start(choices);
    expect(ipc.invoke).toHaveBeenLastCalledWith('op:export.start', choices);
    await host.export!.chooseTarget('html');
    expect(ipc.invoke).toHaveBeenLastCalledWith('op:export.chooseTarget', 'html');
    const listener = vi.fn();
    const off = host.export!.onStatus(listener);
    const handler = ipc.on.mock.calls.find((c) => c[0] === EXPORT_STATUS_CHANNEL)![1] as (e: unknown, s: unknown) => void;
    handler({}, { state: 'cancelled' });
    expect(listener).toHaveBeenCalledWith({ state: 'cancelled' });
    off();
    expect(ipc.removeListener).toHaveBeenCalledWith(EXPORT_STATUS_CHANNEL, handler);
  });

  it('joins a deck update that arrives in pieces (event:deck) before calling the listener, and skips one whose start it missed', async () => {
    await import('./index');
    const host = exposed[HOST_GLOBAL] as LecternHost;
    const listener = vi.fn();
    const off = host.onDeckChanged(listener);
    const handler = ipc.on.mock.calls.filter((c) => c[0] === 'event:deck').at(-1)![1] as (e: unknown, piece: unknown) => void;
    const update = { folderName: 'd', revision: 2, baseRevision: 1, deck: { slides: [0, { title: 'Новый' }] } };
    const json = JSON.stringify(update);
    // The last pieces of an event begun before this page listened: dropped, not half-parsed.
    handler({}, { event: 0, index: 3, text: '}}', last: true });
    handler({}, { event: 1, index: 0, text: json.slice(0, 10), last: false });
    expect(listener).not.toHaveBeenCalled();
    handler({}, { event: 1, index: 1, text: json.slice(10, 30), last: false });
    handler({}, { event: 1, index: 2, text: json.slice(30), last: true });
    expect(listener.mock.calls).toEqual([[update]]);
    off();
  });

  it("sends a dropped folder's path (read with webUtils.getPathForFile) to main, never exposing more", async () => {
    await import('./index');
    const desktop = exposed[DESKTOP_GLOBAL] as DesktopBridge;
    expect(Object.keys(desktop)).toEqual(['openDropped']);
    const file = { name: 'talk' } as unknown as File;
    await desktop.openDropped(file);
    expect(webUtils.getPathForFile).toHaveBeenCalledWith(file);
    expect(ipc.invoke).toHaveBeenLastCalledWith(OPEN_DROPPED_CHANNEL, '/home/me/decks/talk');
  });
});
