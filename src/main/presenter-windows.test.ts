import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type PresenterSettings } from '../core/settings';
import { createAppRegistry } from './app-registry';
import type { DeckRegistry } from './deck-registry';
import { PresenterWindows } from './presenter-windows';
import { FakeBrowserWindow, resetElectronMock, screen, windowSystem } from '../../test/support/electron-mock';
import { makeFixtureDeck } from '../../test/support/fixture-deck';
import { createDeckWindow } from './windows';

vi.mock('electron', () => import('../../test/support/electron-mock'));

const laptop = { id: 1, internal: true, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
let settings: PresenterSettings;
let presenter: PresenterWindows;
let moveRefused: ReturnType<typeof vi.fn<() => void>>;

const windowOn = (page: string) => FakeBrowserWindow.instances.find((w) => !w.destroyed && w.webContents.url.endsWith(page))!;

async function start(): Promise<{ audience: FakeBrowserWindow; console: FakeBrowserWindow; key: string }> {
  const audience = await createDeckWindow(registry, fixture.dir);
  await presenter.adopt(audience);
  return { audience: windowOn('index.html'), console: windowOn('console.html'), key: 'd1' };
}

beforeEach(async () => {
  resetElectronMock();
  fixture = await makeFixtureDeck();
  registry = createAppRegistry();
  settings = { ...DEFAULT_SETTINGS };
  moveRefused = vi.fn<() => void>();
  presenter = new PresenterWindows(registry, async () => settings, moveRefused);
  presenter.watchDisplays();
});
afterEach(async () => {
  for (const win of FakeBrowserWindow.instances) win.destroy();
  await registry.closeAll();
  await fixture.cleanup();
});

describe('PresenterWindows', () => {
  it('with a projector: audience full screen on it, console on the laptop, both on the same deck', async () => {
    screen.displays = [laptop, projector];
    const { audience, console: c } = await start();
    expect(audience.fullScreen).toBe(true);
    expect(audience.bounds).toEqual(projector.bounds);
    expect(c.fullScreen).toBe(false);
    expect(c.bounds).toEqual(laptop.workArea);
    expect(c.webContents.url).toBe('lectern://d1/console.html');
    expect(registry.get('d1')!.views.size).toBe(2);
  });

  it('swaps displays on request and back', async () => {
    screen.displays = [laptop, projector];
    const { audience, console: c, key } = await start();
    await presenter.command(key, 'swapDisplays');
    expect(audience.bounds).toEqual(laptop.bounds);
    expect(audience.fullScreen).toBe(true);
    expect(c.bounds).toEqual(projector.workArea);
    await presenter.command(key, 'swapDisplays');
    expect(audience.bounds).toEqual(projector.bounds);
  });

  it('follows a projector plugged in and out, moving windows without reloading them', async () => {
    screen.displays = [laptop];
    const { audience, console: c } = await start();
    expect(audience.fullScreen).toBe(false);
    expect(audience.visible && c.visible).toBe(true);
    const loads = audience.loadURL.mock.calls.length;
    screen.displays = [laptop, projector];
    screen.emit('display-added');
    await vi.waitFor(() => expect(audience.fullScreen).toBe(true));
    expect(audience.bounds).toEqual(projector.bounds);
    screen.displays = [laptop];
    screen.emit('display-removed');
    await vi.waitFor(() => expect(audience.fullScreen).toBe(false));
    expect(audience.bounds.x + audience.bounds.width).toBe(1440);
    expect(audience.loadURL.mock.calls.length).toBe(loads);
    // The talk's position lives in the host, untouched by window moves.
    const presentation = await registry.get('d1')!.runtime.presentation();
    presentation.dispatch({ type: 'next' });
    screen.emit('display-added');
    expect(presentation.snapshot().state.position.slide).toBe(1);
  });

  it('one display, "audience only": the audience full screen and the console hidden', async () => {
    screen.displays = [laptop];
    settings = { ...settings, singleDisplay: 'audience-only' };
    const { audience, console: c } = await start();
    expect(audience.fullScreen).toBe(true);
    expect(c.visible).toBe(false);
  });

  it("a folder dropped on the audience window: the old deck's console closes, the new deck gets one", async () => {
    screen.displays = [laptop, projector];
    const { audience, console: oldConsole } = await start();
    const other = await makeFixtureDeck();
    try {
      const { showDeckInWindow } = await import('./windows');
      await showDeckInWindow(registry, audience as never, await registry.open(other.dir));
      await presenter.adopt(audience as never);
      expect(oldConsole.destroyed).toBe(true);
      const consoles = FakeBrowserWindow.instances.filter((w) => !w.destroyed && w.webContents.url.endsWith('console.html'));
      expect(consoles.map((w) => w.webContents.url)).toEqual(['lectern://d2/console.html']);
      expect(registry.get('d1')).toBeUndefined();
    } finally {
      await other.cleanup();
    }
  });

  it('reopens a closed console on request instead of opening a second one', async () => {
    screen.displays = [laptop, projector];
    const { console: c, key } = await start();
    await presenter.command(key, 'openConsole');
    expect(FakeBrowserWindow.instances.filter((w) => !w.destroyed && w.webContents.url.endsWith('console.html'))).toHaveLength(1);
    c.destroy();
    await presenter.command(key, 'openConsole');
    const again = windowOn('console.html');
    expect(again).not.toBe(c);
    expect(again.bounds).toEqual(laptop.workArea);
  });

  it('macOS: swapping waits for the full-screen animation to end before moving (setBounds is ignored meanwhile)', async () => {
    windowSystem.macFullScreen = true;
    screen.displays = [laptop, projector];
    const { audience, console: c, key } = await start();
    expect(audience.fullScreen).toBe(true);
    expect(audience.bounds).toEqual(projector.bounds);
    await presenter.command(key, 'swapDisplays');
    expect(audience.bounds).toEqual(laptop.bounds);
    expect(audience.fullScreen).toBe(true);
    expect(c.bounds).toEqual(projector.workArea);
  });

  it('macOS: unplugging the projector brings the audience view back to the laptop', async () => {
    windowSystem.macFullScreen = true;
    screen.displays = [laptop, projector];
    const { audience } = await start();
    screen.displays = [laptop];
    screen.emit('display-removed');
    await vi.waitFor(() => expect(audience.fullScreen).toBe(false));
    await vi.waitFor(() => expect(audience.bounds.x + audience.bounds.width).toBe(1440));
  });

  it('one display, "audience only": S / Presenter Console shows the console and it stays shown', async () => {
    screen.displays = [laptop];
    settings = { ...settings, singleDisplay: 'audience-only' };
    const { audience, console: c, key } = await start();
    expect(c.visible).toBe(false);
    await presenter.command(key, 'openConsole');
    expect(c.visible).toBe(true);
    expect(audience.fullScreen).toBe(false);
    // A later re-placement (a display event) keeps it.
    screen.emit('display-added');
    await new Promise((r) => setTimeout(r, 20));
    expect(c.visible).toBe(true);
  });

  it('windows are placed before they are first shown (no flash at the default size)', async () => {
    screen.displays = [laptop, projector];
    // As the app opens a deck: through the opener, which hands the new window to the presenter.
    const { createDeckOpener } = await import('./deck-opener');
    const { RecentDecks } = await import('./recent');
    const opener = createDeckOpener(registry, new RecentDecks(`${fixture.root}/recent.json`), (w) => presenter.adopt(w));
    await opener.open(fixture.dir);
    const [audience, c] = [windowOn('index.html'), windowOn('console.html')];
    expect(audience.visible && c.visible).toBe(true);
    for (const win of [audience, c]) {
      const firstShow = win.calls.findIndex((call) => call.startsWith('show'));
      const placed = win.calls.findIndex((call) => call.startsWith('setBounds'));
      expect(placed).toBeGreaterThanOrEqual(0);
      expect(firstShow).toBeGreaterThan(placed);
    }
  });

  it('a work-area change (dock, taskbar) neither moves nor re-shows nor focuses windows', async () => {
    screen.displays = [laptop, projector];
    const { audience, console: c } = await start();
    const calls = [audience.calls.length, c.calls.length];
    const focus = [audience.focus.mock.calls.length, c.focus.mock.calls.length];
    screen.displays = [laptop, { ...projector, workArea: { ...projector.workArea, height: 1040 } }];
    screen.emit('display-metrics-changed', {}, projector, ['workArea']);
    await new Promise((r) => setTimeout(r, 20));
    expect([audience.calls.length, c.calls.length]).toEqual(calls);
    expect([audience.focus.mock.calls.length, c.focus.mock.calls.length]).toEqual(focus);
    // A real change (resolution) still re-places.
    screen.displays = [laptop, { ...projector, bounds: { ...projector.bounds, width: 1280, height: 720 } }];
    screen.emit('display-metrics-changed', {}, projector, ['bounds']);
    await vi.waitFor(() => expect(audience.fullScreen).toBe(true));
  });

  it('Wayland ignores moves: the audience view is not made full screen over the console, and the presenter is told once', async () => {
    windowSystem.ignoresMoves = true;
    screen.displays = [laptop, projector];
    const { audience } = await start();
    expect(audience.fullScreen).toBe(false);
    expect(moveRefused).toHaveBeenCalledTimes(1);
    screen.emit('display-added');
    await new Promise((r) => setTimeout(r, 20));
    expect(moveRefused).toHaveBeenCalledTimes(1);
  });
});
