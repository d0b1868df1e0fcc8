import { bands, SLIDE_BOX, type Rect } from '../../core/print-layout';
import { notesMinSize, notesSizes } from '../../core/print-notes';
import { pageLabel, pageSections, type PrintItem, type PrintPage, type PrintPlan } from '../../core/print-plan';
import { footerSections } from '../../core/print-words';
import type { Deck } from '../../core/types';
import { el } from '../dom';
import { fragmentGroups } from '../fragment-steps';
import { renderSlideInto } from '../slide-dom';
import { div, renderAside, renderContinuation, renderFreeAreas, renderThumbNumber, unwrapDeckLinks } from './notes-dom';
import { linkSlides, slideAnchor } from './slide-links';

/**
 * Draws an item's slide into `target`, the fragments after its step hidden (reveal.js's order,
 * fragment-steps.ts) and deck links unwrapped. The first picture of each slide is where links
 * to it (summary matrix rows) lead: `anchor` gets its id.
 */
function drawSlide(target: HTMLElement, anchor: HTMLElement, item: PrintItem, deck: Deck, anchored: Set<number>): void {
  if (!anchored.has(item.slide)) {
    anchored.add(item.slide);
    anchor.id = slideAnchor(item.slide);
  }
  renderSlideInto(target, deck.slides[item.slide]!, deck.assetVersions);
  if (item.step !== null) for (const f of fragmentGroups(target).slice(item.step).flat()) f.classList.add('print-hidden');
  unwrapDeckLinks(target);
}

function renderItem(page: HTMLElement, item: PrintItem, deck: Deck, plan: PrintPlan, pageNumber: number, anchored: Set<number>): void {
  const frame = div('frame', item.frame);
  const inner = div('frame-inner');
  drawSlide(inner, frame, item, deck, anchored);
  // CSS zoom, not a transform: Chromium sometimes left scaled text unpainted in printed pages
  // under load (seen at the bottom of 6-up pages); zoom lays the slide out at the smaller size.
  inner.style.zoom = String(item.frame.width / SLIDE_BOX.width);
  frame.append(inner);
  page.append(frame);
  if (plan.layout !== 'notes') renderThumbNumber(page, item, deck);
  renderAside(page, item, deck, plan.layout, pageNumber);
}

function band(className: string, rect: Rect, left: string, right: string): HTMLElement {
  const band = div(`band ${className}`, rect);
  band.append(el('span', { textContent: left }), el('span', { textContent: right }));
  return band;
}

/** The notes sizes a page tries, largest first; a page whose notes go on overleaf is set at the smallest. */
function pageNotesSizes(plan: PrintPlan, p: PrintPage): number[] {
  const min = notesMinSize(plan.layout);
  if (p.continuation || p.items.some((it) => it.continued)) return [min];
  return notesSizes(plan.layout, p.items[0]?.frame.width ?? 0);
}

/** Builds the DOM of pages `from`..`to` (0-based, exclusive) of a plan into `container`. */
export function renderPages(container: HTMLElement, deck: Deck, plan: PrintPlan, from: number, to: number): void {
  const paper = plan.layout !== 'slides';
  const total = plan.pages.length;
  const frag = document.createDocumentFragment();
  const anchored = new Set<number>();
  for (const p of plan.pages.slice(from, to) as PrintPage[]) {
    const page = el('section', { className: paper ? 'page paper' : 'page' });
    // Whole pixels, a hair under the paper: a fractional overflow would spill onto a blank page.
    page.style.width = `${Math.floor(plan.width)}px`;
    page.style.height = `${Math.floor(plan.height)}px`;
    if (paper) {
      const sizes = pageNotesSizes(plan, p);
      page.dataset.notesSizes = sizes.join(',');
      page.style.setProperty('--notes-size', `${sizes[0]}px`);
      for (const item of p.items) renderItem(page, item, deck, plan, p.number, anchored);
      if (p.free) renderFreeAreas(page, p.free, deck);
      if (p.continuation) renderContinuation(page, p.continuation, deck, plan.layout);
      const b = bands(plan.paper);
      page.append(band('header', b.header, plan.header?.title ?? '', plan.header?.date ?? ''));
      page.append(band('footer', b.footer, footerSections(pageSections(deck, p)), pageLabel(p.number, total, deck.config.lang)));
    } else {
      const item = p.items[0]!;
      drawSlide(page, page, item, deck, anchored);
      page.append(div('page-number', undefined, `${item.slide + 1} / ${deck.slides.length}`));
    }
    frag.append(page);
  }
  container.replaceChildren(frag);
  linkSlides(container, anchored, new Set(plan.pages.flatMap((pg) => pg.items.map((it) => it.slide))));
}
