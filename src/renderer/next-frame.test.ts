import { describe, expect, it, vi } from 'vitest';
import { nextFrame } from './next-frame';

const timers = { setTimeout: globalThis.setTimeout.bind(globalThis), clearTimeout: globalThis.clearTimeout.bind(globalThis) } as unknown as Pick<Window, 'setTimeout' | 'clearTimeout'>;

describe('nextFrame (the print view in a hidden window)', () => {
  it('does not hang when the hidden window never ticks requestAnimationFrame', async () => {
    const win = { ...timers, requestAnimationFrame: vi.fn(() => 0) };
    const started = Date.now();
    await nextFrame(win, 30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(win.requestAnimationFrame).toHaveBeenCalled();
  });

  it('resolves on the frame when there is one', async () => {
    const win = { ...timers, requestAnimationFrame: (cb: FrameRequestCallback) => (setTimeout(() => cb(0), 1), 1) };
    const started = Date.now();
    await nextFrame(win, 5_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
