/** The id of the element showing slide `i` (0-based) first in a printed batch: PDF links lead there. */
export function slideAnchor(i: number): string {
  return `lectern-slide-${i + 1}`;
}

/**
 * Links to a slide of the deck (`#/5`, as the summary matrix rows write them) become links to
 * the page that shows it, which Chromium keeps in the PDF as internal links. A link to a slide
 * not printed in this batch (left out by the range, hidden) keeps its text and drops the link.
 */
export function linkSlides(container: HTMLElement, printed: ReadonlySet<number>): void {
  for (const a of Array.from(container.querySelectorAll<HTMLAnchorElement>('a[href^="#/"]'))) {
    const m = /^#\/(\d+)$/.exec(a.getAttribute('href') ?? '');
    const slide = m ? Number(m[1]) : NaN;
    if (printed.has(slide)) a.setAttribute('href', `#${slideAnchor(slide)}`);
    else {
      const span = document.createElement('span');
      span.append(...Array.from(a.childNodes));
      a.replaceWith(span);
    }
  }
}
