import { screen, type BrowserWindow } from 'electron';
import type { PresenterSettings, Result, WindowCommand } from '../shared/contract';
import type { DeckRegistry } from './deck-registry';
import { planPresenterWindows, type WindowPlacement } from './display-plan';
import { createViewWindow, deckKeyOfWindow, type ViewPage } from './windows';

/** The two windows of one deck and whether the presenter swapped their displays. */
interface PresenterPair {
  audience: BrowserWindow | null;
  console: BrowserWindow | null;
  swapped: boolean;
}

const alive = (w: BrowserWindow | null): w is BrowserWindow => !!w && !w.isDestroyed();

/** Moves a window to its placement; full screen is left first so it can change displays (macOS). */
function applyPlacement(win: BrowserWindow, placement: WindowPlacement): void {
  if (!placement.visible) {
    if (win.isFullScreen()) win.setFullScreen(false);
    win.hide();
    return;
  }
  const b = win.getBounds();
  const t = placement.bounds;
  const inPlace = b.x === t.x && b.y === t.y && b.width === t.width && b.height === t.height;
  if (win.isFullScreen() && (!placement.fullScreen || !inPlace)) win.setFullScreen(false);
  if (!win.isFullScreen()) {
    win.setBounds(t);
    if (placement.fullScreen) win.setFullScreen(true);
  }
  win.show();
}

/**
 * The presenter's windows: for each open deck, the audience view and the console, placed by
 * display-plan.ts. Placement is redone when a display is plugged in or out, and windows are
 * only moved, never reloaded, so the talk stays where it was (its state lives in the host).
 */
export class PresenterWindows {
  private readonly pairs = new Map<string, PresenterPair>();

  constructor(
    private readonly registry: DeckRegistry,
    private readonly settings: () => Promise<PresenterSettings>,
  ) {}

  /** Starts following display changes (after app `ready`: `screen` needs it). */
  watchDisplays(): void {
    for (const name of ['display-added', 'display-removed', 'display-metrics-changed'] as const) {
      screen.on(name as 'display-added', () => void this.placeAll());
    }
  }

  /** Takes a freshly opened audience window: opens its console and places both. */
  async adopt(audience: BrowserWindow): Promise<void> {
    const key = deckKeyOfWindow(this.registry, audience);
    if (!key) return;
    // A window that showed another deck (a folder was dropped on it): that deck's console goes.
    for (const [otherKey, other] of this.pairs) {
      if (otherKey === key || other.audience !== audience) continue;
      other.audience = null;
      if (alive(other.console)) other.console.close();
      this.pairs.delete(otherKey);
    }
    const pair = this.pair(key);
    if (pair.audience !== audience) {
      pair.audience = audience;
      audience.once('closed', () => {
        if (pair.audience === audience) pair.audience = null;
      });
    }
    await this.ensure(key, 'console.html');
    await this.place(key);
  }

  /** A window command from one of the deck's views. */
  async command(key: string, command: WindowCommand): Promise<Result<true>> {
    if (command === 'swapDisplays') {
      const pair = this.pair(key);
      pair.swapped = !pair.swapped;
    } else {
      const win = await this.ensure(key, command === 'openConsole' ? 'console.html' : 'index.html');
      win.show();
      win.focus();
    }
    await this.place(key);
    return { ok: true, value: true };
  }

  /** Places the windows of every deck again (a display came or went). */
  async placeAll(): Promise<void> {
    for (const key of [...this.pairs.keys()]) await this.place(key);
  }

  /** Places one deck's windows per the current displays and the presenter's choices. */
  async place(key: string): Promise<void> {
    const pair = this.pairs.get(key);
    if (!pair) return;
    const { singleDisplay } = await this.settings();
    const plan = planPresenterWindows(screen.getAllDisplays(), screen.getPrimaryDisplay().id, { swapped: pair.swapped, singleDisplay });
    if (alive(pair.audience)) applyPlacement(pair.audience, plan.audience);
    if (alive(pair.console)) applyPlacement(pair.console, plan.console);
  }

  private pair(key: string): PresenterPair {
    let pair = this.pairs.get(key);
    if (!pair) {
      pair = { audience: null, console: null, swapped: false };
      this.pairs.set(key, pair);
    }
    return pair;
  }

  /** The deck's window for `page`, opened if it is not open. */
  private async ensure(key: string, page: ViewPage): Promise<BrowserWindow> {
    const pair = this.pair(key);
    const slot = page === 'console.html' ? 'console' : 'audience';
    const existing = pair[slot];
    if (alive(existing)) return existing;
    const win = await createViewWindow(this.registry, key, page);
    pair[slot] = win;
    win.on('closed', () => {
      if (pair[slot] === win) pair[slot] = null;
      if (!alive(pair.audience) && !alive(pair.console)) this.pairs.delete(key);
    });
    return win;
  }
}
