/** Longest wait for a frame: a hidden window may never paint (Windows does not tick it). */
export const FRAME_FALLBACK_MS = 100;

/**
 * Resolves after the next animation frame, or after FRAME_FALLBACK_MS when no frame comes.
 * The app prints from a hidden window, where Chromium may stop requestAnimationFrame
 * (https://www.electronjs.org/docs/latest/api/browser-window#page-visibility); layout is
 * already forced by the caller, so the frame is only a courtesy and must never block export.
 */
export function nextFrame(win: Pick<Window, 'requestAnimationFrame' | 'setTimeout' | 'clearTimeout'> = window, fallbackMs = FRAME_FALLBACK_MS): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(() => resolve(), fallbackMs);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      resolve();
    });
  });
}
