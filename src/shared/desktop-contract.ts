/**
 * What only the desktop app offers a page, beside the host contract: opening a folder the
 * presenter dropped on a window. Exposed by the preload as `window.lecternDesktop`; absent in
 * `lectern serve` (a browser never reveals a dropped file's path).
 */
import type { Result } from './contract';

/** The global the preload exposes. */
export const DESKTOP_GLOBAL = 'lecternDesktop';

/** IPC channel: open the dropped folder (an absolute path) in the sender's window. */
export const OPEN_DROPPED_CHANNEL = 'desktop:openDropped';

/** The desktop-only bridge. */
export interface DesktopBridge {
  /** Opens the deck folder the presenter dropped (a `File` from the drop event). */
  openDropped(file: File): Promise<Result<true>>;
}
