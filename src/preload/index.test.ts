import { describe, expect, it, vi } from 'vitest';
import { HOST_GLOBAL, type LecternHost } from '../shared/contract';
import { EDIT_OPERATIONS, FILE_CHANGED_CHANNEL } from '../shared/edit-contract';

const exposed: Record<string, unknown> = {};
const ipc = vi.hoisted(() => ({ invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: ipc,
}));

describe('preload bridge', () => {
  it('forwards every editor operation to its own channel (edit:<op>) with the arguments, and file events', async () => {
    await import('./index');
    const host = exposed[HOST_GLOBAL] as LecternHost;
    for (const op of EDIT_OPERATIONS) expect(typeof (host.edit as unknown as Record<string, unknown>)[op]).toBe('function');
    await host.edit!.renameFile('a.md', 'b.md');
    expect(ipc.invoke).toHaveBeenLastCalledWith('edit:renameFile', 'a.md', 'b.md');
    const listener = vi.fn();
    const off = host.edit!.onFileChanged(listener);
    const handler = ipc.on.mock.calls.find((c) => c[0] === FILE_CHANGED_CHANNEL)![1] as (e: unknown, c: unknown) => void;
    handler({}, { id: 'a.md', hash: null, text: null });
    expect(listener).toHaveBeenCalledWith({ id: 'a.md', hash: null, text: null });
    off();
    expect(ipc.removeListener).toHaveBeenCalledWith(FILE_CHANGED_CHANNEL, handler);
  });
});
