/** Writable properties of a new element (className, id, textContent, title, type, value…). */
type Props<E extends HTMLElement> = Partial<Omit<E, 'dataset' | 'style'>>;

/** A new element with `props` set and `children` appended: the pages' one element builder. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}
