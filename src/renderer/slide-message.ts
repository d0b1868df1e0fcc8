import { el } from './dom';

/** A slide-sized box with one line of text ("No slides", "End of the deck", a load error). */
export function slideMessage(text: string): HTMLElement {
  return el('div', { className: 'lectern-slide lectern-message', textContent: text });
}
