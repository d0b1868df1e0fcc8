/** A slide-sized box with one line of text ("No slides", "End of the deck", a load error). */
export function slideMessage(text: string): HTMLElement {
  const inner = document.createElement('div');
  inner.className = 'lectern-slide lectern-message';
  inner.textContent = text;
  return inner;
}
