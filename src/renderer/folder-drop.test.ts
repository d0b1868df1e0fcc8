// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { acceptFolderDrops } from './folder-drop';

/** A drag event as Chromium sends it for files from the system. */
function dragEvent(type: string, types: string[], files: unknown[] = []): Event {
  const event = new Event(type, { cancelable: true });
  Object.assign(event, { dataTransfer: { types, files, dropEffect: 'none' } });
  return event;
}

describe('folder drops in the page', () => {
  it('takes a dropped folder (so Chromium never hands it to the window-open handler) and sends it to the app', async () => {
    const bridge = { openDropped: vi.fn(async () => ({ ok: true as const, value: true as const })) };
    const off = acceptFolderDrops(window, bridge);
    const over = dragEvent('dragover', ['Files']);
    window.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    const folder = { name: 'talk' };
    const drop = dragEvent('drop', ['Files'], [folder]);
    window.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(bridge.openDropped).toHaveBeenCalledWith(folder);
    off();
  });

  it("shows the app's refusal, and leaves drags of text alone", async () => {
    const bridge = { openDropped: vi.fn(async () => ({ ok: false as const, error: 'that is not a folder' })) };
    const report = vi.fn();
    const off = acceptFolderDrops(window, bridge, report);
    window.dispatchEvent(dragEvent('drop', ['Files'], [{ name: 'x.txt' }]));
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith('that is not a folder'));
    const text = dragEvent('dragover', ['text/plain']);
    window.dispatchEvent(text);
    expect(text.defaultPrevented).toBe(false);
    off();
  });

  it('does nothing in a browser (no desktop bridge)', () => {
    const off = acceptFolderDrops(window, undefined);
    const over = dragEvent('dragover', ['Files']);
    window.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
    off();
  });
});
