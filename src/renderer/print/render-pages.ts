import { bands, RULE_SPACING, SLIDE_BOX, type Rect } from '../../core/print-layout';
import { pageLabel, type PrintItem, type PrintPage, type PrintPlan } from '../../core/print-plan';
import type { Deck } from '../../core/types';
import { renderSlideInto } from '../slide-dom';
import { applyInlineStyles } from '../inline-style';
import { sanitizeSlideHtml } from '../sanitize';

/**
 * Links to files inside the deck point at a host that is gone once the PDF is written: keep
 * their text, drop the dead link. Web links stay clickable.
 */
function unwrapDeckLinks(root: HTMLElement): void {
  for (const a of Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href^="/deck/"]'))) {
    const span = document.createElement('span');
    span.className = 'deck-link';
    span.append(...Array.from(a.childNodes));
    a.replaceWith(span);
  }
}

function div(className: string, rect?: Rect): HTMLDivElement {
  const el = document.createElement('div');
  el.className = className;
  if (rect) {
    // CSSOM, not style attributes: the app's CSP allows no inline styles in markup.
    el.style.left = `${rect.x}px`;
    el.style.top = `${rect.y}px`;
    el.style.width = `${rect.width}px`;
    el.style.height = `${rect.height}px`;
  }
  return el;
}

/**
 * Hides the fragments after step `step`, in reveal.js's order: fragments with a
 * `data-fragment-index` by index (equal indices together), then the others in document order.
 */
function showFragmentStep(slide: HTMLElement, step: number): void {
  const fragments = Array.from(slide.querySelectorAll<HTMLElement>('.fragment'));
  const indexed = [...new Set(fragments.filter((f) => f.dataset.fragmentIndex !== undefined).map((f) => Number(f.dataset.fragmentIndex)))].sort((a, b) => a - b);
  let loose = indexed.length;
  for (const f of fragments) {
    const order = f.dataset.fragmentIndex !== undefined ? indexed.indexOf(Number(f.dataset.fragmentIndex)) : loose++;
    if (order >= step) f.classList.add('print-hidden');
  }
}

function renderItem(page: HTMLElement, item: PrintItem, deck: Deck): void {
  const slide = deck.slides[item.slide]!;
  const frame = div('frame', item.frame);
  const inner = div('frame-inner');
  renderSlideInto(inner, slide, deck.assetVersions);
  // CSS zoom, not a transform: Chromium sometimes left scaled text unpainted in printed pages
  // under load (seen at the bottom of 6-up pages); zoom lays the slide out at the smaller size.
  inner.style.zoom = String(item.frame.width / SLIDE_BOX.width);
  if (item.step !== null) showFragmentStep(inner, item.step);
  unwrapDeckLinks(inner);
  frame.append(inner);
  page.append(frame);
  if (!item.aside || !item.asideKind) return;
  const aside = div(`aside aside-${item.asideKind}`, item.aside);
  aside.dataset.slide = String(item.slide);
  if (item.asideKind === 'rules') {
    for (let y = RULE_SPACING; y <= item.aside.height + 0.5; y += RULE_SPACING) {
      const rule = div('rule');
      rule.style.top = `${y - 1}px`;
      aside.append(rule);
    }
  } else if (slide.notesHtml) {
    const notes = div('notes');
    notes.innerHTML = sanitizeSlideHtml(slide.notesHtml);
    applyInlineStyles(notes); // formulas in notes (KaTeX sizes)
    unwrapDeckLinks(notes);
    aside.append(notes);
  }
  page.append(aside);
}

function band(className: string, rect: Rect, left: string, right: string): HTMLElement {
  const el = div(`band ${className}`, rect);
  const l = document.createElement('span');
  l.textContent = left;
  const r = document.createElement('span');
  r.textContent = right;
  el.append(l, r);
  return el;
}

/** Builds the DOM of pages `from`..`to` (0-based, exclusive) of a plan into `container`. */
export function renderPages(container: HTMLElement, deck: Deck, plan: PrintPlan, from: number, to: number): void {
  const paper = plan.layout !== 'slides';
  const total = plan.pages.length;
  const frag = document.createDocumentFragment();
  for (const p of plan.pages.slice(from, to) as PrintPage[]) {
    const page = document.createElement('section');
    page.className = paper ? 'page paper' : 'page';
    // Whole pixels, a hair under the paper: a fractional overflow would spill onto a blank page.
    page.style.width = `${Math.floor(plan.width)}px`;
    page.style.height = `${Math.floor(plan.height)}px`;
    if (paper) {
      for (const item of p.items) renderItem(page, item, deck);
      const b = bands(plan.paper);
      const first = deck.slides[p.items[0]!.slide]!;
      const section = deck.sections.find((s) => s.file === first.file)?.title ?? '';
      page.append(band('header', b.header, plan.header?.title ?? '', plan.header?.date ?? ''));
      page.append(band('footer', b.footer, section, pageLabel(p.number, total, deck.config.lang)));
    } else {
      const item = p.items[0]!;
      renderSlideInto(page, deck.slides[item.slide]!, deck.assetVersions);
      if (item.step !== null) showFragmentStep(page, item.step);
      unwrapDeckLinks(page);
      const number = div('page-number');
      number.textContent = `${item.slide + 1} / ${deck.slides.length}`;
      page.append(number);
    }
    frag.append(page);
  }
  container.replaceChildren(frag);
}
