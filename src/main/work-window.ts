import { screen, type BrowserWindow } from 'electron';
import type { DeckRegistry } from './deck-registry';
import { deckKeyOfWindow, listDeckWindows } from './windows';

/**
 * The window a tool (the editor, the Export dialog) should open in for a menu command given
 * while `focused` has the focus. A full-screen window with another display around is the
 * audience view on the projector: the tool goes to the deck's console (or another window of the
 * deck that is not full screen) instead, or nowhere, so the audience never sees it.
 */
export function workWindowFor(registry: DeckRegistry, focused: BrowserWindow | null): BrowserWindow | null {
  if (!focused || focused.isDestroyed()) return null;
  if (!focused.isFullScreen() || screen.getAllDisplays().length < 2) return focused;
  const key = deckKeyOfWindow(registry, focused);
  return listDeckWindows().find((w) => w !== focused && w.isVisible() && !w.isFullScreen() && key !== undefined && deckKeyOfWindow(registry, w) === key) ?? null;
}
