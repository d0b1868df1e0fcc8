import { helpBox } from '../help-box';
import { s } from './strings';

/** The `?` overlay listing the player's keys; returns whether it is open after the toggle. */
export function toggleHelp(force?: boolean): boolean {
  const open = document.getElementById('lectern-help');
  if (open || force === false) {
    open?.remove();
    return false;
  }
  const overlay = helpBox(s.helpTitle, s.shortcuts, () => overlay.remove());
  document.body.append(overlay);
  return true;
}

/** True while the help overlay is shown. */
export function helpOpen(): boolean {
  return document.getElementById('lectern-help') !== null;
}

/** A short message at the bottom of the window (a blocked pop-up, a missing audience window). */
export function toast(text: string): void {
  let el = document.getElementById('lectern-toast');
  if (!el) {
    el = document.createElement('div');
    el.id = 'lectern-toast';
    document.body.append(el);
  }
  el.textContent = text;
}
