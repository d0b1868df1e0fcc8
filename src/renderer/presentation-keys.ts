import { actionForCommand } from '../core/commands';
import { commandForKey, keyName, type KeyCommand, type KeyMap } from '../core/keymap';
import type { PresentationAction, PresentationState } from '../core/presentation';
import { markTime } from './test-probes';

/** What a view tells the shared key handler. */
export interface PresentationKeysOptions {
  /** Sends an action to whoever holds the presentation state (the host, or the HTML export's audience window). */
  dispatch(action: PresentationAction): void;
  state(): PresentationState | null;
  /** The presenter's own keys (taught from a clicker); the defaults without it. */
  keymap?(): KeyMap;
  /** Commands this view handles itself (full screen, go-to, …); the rest become actions. */
  local: Partial<Record<KeyCommand, () => void>>;
  /** Returns false while the view wants the keyboard for itself (a dialog, a text field). */
  active?(): boolean;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');
}

/**
 * Keyboard and clicker input of a presentation view: the same keys do the same thing in the
 * audience view, the console and the HTML export's windows, and changes go to the holder of the
 * presentation state, never straight to the screen.
 * The time of the last press is kept on `<html data-key-at>` for the latency benchmark.
 */
export function setupPresentationKeys(options: PresentationKeysOptions): void {
  window.addEventListener('keydown', (e) => {
    if (isTyping(e.target) || options.active?.() === false) return;
    const command = commandForKey(keyName(e), options.keymap?.());
    if (!command) return;
    const local = options.local[command];
    const state = options.state();
    const action = local || !state ? null : actionForCommand(command, state);
    if (!local && !action) return;
    e.preventDefault();
    markTime('keyAt');
    if (local) local();
    else if (action) options.dispatch(action);
  });
}
