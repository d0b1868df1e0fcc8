import { el } from '../dom';

/** The id of the element showing slide `i` (0-based) first in a printed batch: PDF links lead there. */
export function slideAnchor(i: number): string {
  return `lectern-slide-${i + 1}`;
}

/**
 * Links to a slide of the deck (`#/5`, as the summary matrix rows write them) become links to
 * the page that shows it, which Chromium keeps in the PDF as internal links (named
 * destinations). A slide printed by another batch of the same PDF gets a stand-in anchor on the
 * link's page so the link is written; the exporter points that name at the right page when it
 * assembles the batches. A link to a slide not printed at all (range, hidden) keeps its text only.
 */
export function linkSlides(container: HTMLElement, anchored: ReadonlySet<number>, printed: ReadonlySet<number>): void {
  for (const a of Array.from(container.querySelectorAll<HTMLAnchorElement>('a[href^="#/"]'))) {
    const m = /^#\/(\d+)$/.exec(a.getAttribute('href') ?? '');
    const slide = m ? Number(m[1]) : NaN;
    if (printed.has(slide)) {
      a.setAttribute('href', `#${slideAnchor(slide)}`);
      if (!anchored.has(slide) && !container.ownerDocument.getElementById(slideAnchor(slide))) {
        (a.closest('.page') ?? container).append(el('span', { className: 'link-anchor', id: slideAnchor(slide) }));
      }
    } else {
      a.replaceWith(el('span', {}, ...Array.from(a.childNodes)));
    }
  }
}
