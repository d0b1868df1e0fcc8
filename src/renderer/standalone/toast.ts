import { el } from '../dom';

/** A short message at the bottom of the window (a blocked pop-up, a missing audience window). */
export function toast(text: string): void {
  let box = document.getElementById('lectern-toast');
  if (!box) {
    box = el('div', { id: 'lectern-toast' });
    document.body.append(box);
  }
  box.textContent = text;
}
