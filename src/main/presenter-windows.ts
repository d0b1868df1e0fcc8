import { screen, type BrowserWindow } from 'electron';
import type { PresenterSettings, Result, WindowCommand } from '../shared/contract';
import type { DeckRegistry } from './deck-registry';
import { planPresenterWindows } from './display-plan';
import { applyPlacement } from './placement';
import { createViewWindow, deckKeyOfWindow, type ViewPage } from './windows';

/** The two windows of one deck and whether the presenter swapped their displays. */
interface PresenterPair {
  audience: BrowserWindow | null;
  console: BrowserWindow | null;
  swapped: boolean;
  /** The presenter asked for the console while one display shows only the audience view. */
  consoleWanted: boolean;
}

const alive = (w: BrowserWindow | null): w is BrowserWindow => !!w && !w.isDestroyed();

/**
 * The presenter's windows: for each open deck, the audience view and the console, placed by
 * display-plan.ts. Placement is redone when a display is plugged in or out, and windows are
 * only moved, never reloaded, so the talk stays where it was (its state lives in the host).
 */
export class PresenterWindows {
  private readonly pairs = new Map<string, PresenterPair>();

  private moveRefusalReported = false;

  constructor(
    private readonly registry: DeckRegistry,
    private readonly settings: () => Promise<PresenterSettings>,
    /** Told once when the window system refuses to move a window to its display (Wayland). */
    private readonly onMoveRefused: () => void = () => undefined,
  ) {}

  /**
   * Starts following display changes (after app `ready`: `screen` needs it). A change of only
   * the work area (a dock or taskbar appearing, a panel resizing) does not move any window.
   */
  watchDisplays(): void {
    screen.on('display-added', () => void this.placeAll());
    screen.on('display-removed', () => void this.placeAll());
    screen.on('display-metrics-changed', (_event, _display, changed) => {
      if (changed.some((metric) => metric !== 'workArea')) void this.placeAll();
    });
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
    const consoleWin = await this.ensure(key, 'console.html');
    await this.place(key);
    // Keys go to the presenter's screen: the console when it shows, else the audience view.
    const focus = consoleWin.isVisible() ? consoleWin : audience;
    if (!focus.isDestroyed()) focus.focus();
  }

  /** A window command from one of the deck's views. */
  async command(key: string, command: WindowCommand): Promise<Result<true>> {
    if (command === 'swapDisplays') {
      const pair = this.pair(key);
      pair.swapped = !pair.swapped;
      await this.place(key);
    } else {
      const win = await this.ensure(key, command === 'openConsole' ? 'console.html' : 'index.html');
      if (command === 'openConsole') this.pair(key).consoleWanted = true;
      await this.place(key);
      win.show();
      win.focus();
    }
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
    const plan = planPresenterWindows(screen.getAllDisplays(), screen.getPrimaryDisplay().id, { swapped: pair.swapped, singleDisplay, consoleWanted: pair.consoleWanted });
    const refused = await Promise.all([alive(pair.audience) ? applyPlacement(pair.audience, plan.audience) : null, alive(pair.console) ? applyPlacement(pair.console, plan.console) : null]);
    if (plan.separateDisplays && refused.some(Boolean) && !this.moveRefusalReported) {
      this.moveRefusalReported = true;
      this.onMoveRefused();
    }
  }

  private pair(key: string): PresenterPair {
    let pair = this.pairs.get(key);
    if (!pair) {
      pair = { audience: null, console: null, swapped: false, consoleWanted: false };
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
    // Shown only once placed (applyPlacement): no flash at the default size on the wrong display.
    const win = await createViewWindow(this.registry, key, page, true);
    pair[slot] = win;
    win.on('closed', () => {
      if (pair[slot] === win) pair[slot] = null;
      if (slot === 'console') pair.consoleWanted = false;
      if (!alive(pair.audience) && !alive(pair.console)) this.pairs.delete(key);
    });
    return win;
  }
}
