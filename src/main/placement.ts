import type { BrowserWindow } from 'electron';
import type { WindowPlacement } from './display-plan';

/** Longest wait for a full-screen change to finish (macOS animates it; about 0.7 s). */
const FULL_SCREEN_TIMEOUT_MS = 3000;

/**
 * Changes full screen and resolves when the change has happened. macOS animates leaving full
 * screen, and a `setBounds` before `leave-full-screen` is ignored, so the window would stay on the
 * wrong display (https://www.electronjs.org/docs/latest/api/browser-window#event-leave-full-screen).
 */
function setFullScreenAndWait(win: BrowserWindow, on: boolean, timeoutMs = FULL_SCREEN_TIMEOUT_MS): Promise<void> {
  if (win.isFullScreen() === on) return Promise.resolve();
  return new Promise((resolve) => {
    const event = on ? 'enter-full-screen' : 'leave-full-screen';
    const done = (): void => {
      clearTimeout(timer);
      win.removeListener(event as 'enter-full-screen', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    win.once(event as 'enter-full-screen', done);
    win.setFullScreen(on);
  });
}

/**
 * Moves a window to its placement. Full screen is left first (and waited for) so the window can
 * change displays; a window already in place is not touched; a window is shown without taking
 * the focus, and only when it was hidden, so re-placing never steals the presenter's focus.
 * Resolves to true when the window system kept the window where it was (Wayland): it is not on
 * the planned display.
 */
export async function applyPlacement(win: BrowserWindow, placement: WindowPlacement): Promise<boolean> {
  if (!placement.visible) {
    await setFullScreenAndWait(win, false);
    if (!win.isDestroyed()) win.hide();
    return false;
  }
  const t = placement.bounds;
  const at = (): boolean => {
    const b = win.getBounds();
    return b.x === t.x && b.y === t.y && b.width === t.width && b.height === t.height;
  };
  const samePlace = (): boolean => {
    const b = win.getBounds();
    return b.x === t.x && b.y === t.y;
  };
  if (win.isFullScreen() && (!placement.fullScreen || !at())) await setFullScreenAndWait(win, false);
  if (win.isDestroyed()) return false;
  let moveRefused = false;
  if (!win.isFullScreen()) {
    if (!at()) win.setBounds(t);
    moveRefused = !samePlace();
    if (!win.isVisible()) win.showInactive();
    // A window the system would not move goes full screen on the wrong display, over the console.
    if (placement.fullScreen && !moveRefused) await setFullScreenAndWait(win, true);
  } else if (!win.isVisible()) {
    win.showInactive();
  }
  return moveRefused;
}
