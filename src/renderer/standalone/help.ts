import { s } from './strings';

/** The `?` overlay listing the player's keys; returns whether it is open after the toggle. */
export function toggleHelp(force?: boolean): boolean {
  const open = document.getElementById('lectern-help');
  if (open || force === false) {
    open?.remove();
    return false;
  }
  const overlay = document.createElement('div');
  overlay.id = 'lectern-help';
  const box = document.createElement('div');
  box.className = 'box';
  const h = document.createElement('h2');
  h.textContent = s.helpTitle;
  const table = document.createElement('table');
  for (const [keys, what] of s.shortcuts) {
    const tr = table.insertRow();
    tr.insertCell().textContent = keys;
    tr.insertCell().textContent = what;
  }
  box.append(h, table);
  overlay.append(box);
  overlay.addEventListener('click', () => overlay.remove());
  document.body.append(overlay);
  return true;
}

/** True while the help overlay is shown. */
export function helpOpen(): boolean {
  return document.getElementById('lectern-help') !== null;
}

/** Full screen on and off for this window. */
export function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
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
