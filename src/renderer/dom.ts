/** Writable properties of a new element (className, id, textContent, title, type, value…). */
type Props<E extends HTMLElement> = Partial<Omit<E, 'dataset' | 'style'>>;

/** A new element with `props` set and `children` appended: the pages' one element builder. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** A button with a text label and a click handler; `action` names it for tests (`data-action`). */
export function button(label: string, onClick: () => void, action?: string): HTMLButtonElement {
  const b = el('button', { type: 'button', textContent: label });
  if (action) b.dataset.action = action;
  // Clicking must not leave focus on the button: Space (next slide) would press it again.
  b.addEventListener('mousedown', (e) => e.preventDefault());
  b.addEventListener('click', onClick);
  return b;
}
