import { el } from '../dom';

/** A button with a text label and a click handler; `action` names it for tests (`data-action`). */
export function button(label: string, onClick: () => void, action?: string): HTMLButtonElement {
  const b = el('button', { type: 'button', textContent: label });
  if (action) b.dataset.action = action;
  // Clicking must not leave focus on the button: Space (next slide) would press it again.
  b.addEventListener('mousedown', (e) => e.preventDefault());
  b.addEventListener('click', onClick);
  return b;
}
