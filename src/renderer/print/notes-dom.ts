import { RULE_SPACING, type PrintLayout, type Rect } from '../../core/print-layout';
import { notesMinSize, notesTextBox, NOTES_LINE_HEIGHT } from '../../core/print-notes';
import type { PrintItem, PrintPage } from '../../core/print-plan';
import { continuedLabel, continuedOn, notesAreaLabel, slideLabel } from '../../core/print-words';
import type { Deck } from '../../core/types';
import { el } from '../dom';
import { setNotesHtml } from '../sanitize';

/** An absolutely placed div (CSSOM, not style attributes: the app's CSP allows no inline styles in markup). */
export function div(className: string, rect?: Rect, text = ''): HTMLDivElement {
  const box = el('div', { className, textContent: text });
  if (rect) {
    box.style.left = `${rect.x}px`;
    box.style.top = `${rect.y}px`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
  }
  return box;
}

/**
 * Links to files inside the deck point at a host that is gone once the PDF is written: keep
 * their text, drop the dead link. Web links stay clickable.
 */
export function unwrapDeckLinks(root: HTMLElement): void {
  for (const a of Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href^="/deck/"]'))) {
    a.replaceWith(el('span', { className: 'deck-link' }, ...Array.from(a.childNodes)));
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Ruled lines every RULE_SPACING px from `top` down to `bottom` of a box, for handwriting: one
 * SVG path per box rather than a div per line (20 elements per notes page to lay out and print).
 */
export function addRules(box: HTMLElement, top: number, bottom: number): void {
  const count = Math.floor((bottom + 0.5 - top) / RULE_SPACING);
  if (count < 1) return;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'rules');
  // Line k (1-based) covers the pixel row just above top + k * RULE_SPACING.
  svg.style.top = `${top + RULE_SPACING - 1}px`;
  svg.style.height = `${(count - 1) * RULE_SPACING + 1}px`;
  const path = document.createElementNS(SVG, 'path');
  let d = '';
  for (let k = 0; k < count; k++) d += `M0 ${k * RULE_SPACING + 0.5}H4000`;
  path.setAttribute('d', d);
  svg.append(path);
  box.append(svg);
}

/** A slide's notes, sanitized, formulas sized, deck links unwrapped. */
function notesContent(deck: Deck, slide: number): HTMLDivElement {
  const notes = div('notes');
  setNotesHtml(notes, deck.slides[slide]!.notesHtml);
  unwrapDeckLinks(notes);
  return notes;
}

/** The notes text box of an item whose notes continue overleaf: a line is kept for the "continued on" mark. */
function continuedTextBox(layout: PrintLayout, aside: Rect): Rect {
  const box = notesTextBox(layout, aside);
  return { ...box, height: box.height - notesMinSize(layout) * NOTES_LINE_HEIGHT - 4 };
}

/**
 * The box beside or below a slide: ruled lines, or the slide's notes in a text box (on a notes
 * page under the label "Слайд 2"), marked when they go on over the next page.
 */
export function renderAside(page: HTMLElement, item: PrintItem, deck: Deck, layout: PrintLayout, pageNumber: number): void {
  if (!item.aside || !item.asideKind) return;
  const aside = div(`aside aside-${item.asideKind}`, item.aside);
  aside.dataset.slide = String(item.slide);
  if (item.asideKind === 'rules') addRules(aside, 0, item.aside.height);
  else {
    if (layout === 'notes') {
      // A class rather than print.css matching `:has(> .notes-label)`: cheaper to restyle on every page.
      aside.classList.add('notes-box');
      aside.append(div('notes-label', undefined, slideLabel(item.slide + 1, deck.config.lang)));
    }
    const text = div('notes-text', item.continued ? continuedTextBox(layout, item.aside) : notesTextBox(layout, item.aside));
    if (deck.slides[item.slide]!.notesHtml) text.append(notesContent(deck, item.slide));
    aside.append(text);
    if (item.continued) {
      aside.dataset.continued = '1';
      aside.append(div('notes-more', undefined, continuedOn(pageNumber + 1, deck.config.lang)));
    }
  }
  page.append(aside);
}

/** The slide number under a handout thumbnail ("Слайд 5"). */
export function renderThumbNumber(page: HTMLElement, item: PrintItem, deck: Deck): void {
  page.append(div('thumb-number', { x: item.frame.x, y: item.frame.y + item.frame.height + 1, width: item.frame.width, height: 10 }, slideLabel(item.slide + 1, deck.config.lang)));
}

/** The empty slots of a last handout page: one ruled area labelled "Заметки". */
export function renderFreeAreas(page: HTMLElement, areas: readonly Rect[], deck: Deck): void {
  for (const area of areas) {
    const box = div('free-area', area);
    box.append(div('free-label', undefined, notesAreaLabel(deck.config.lang)));
    addRules(box, 16, area.height);
    page.append(box);
  }
}

/**
 * A continuation page: for each slide, its label and the whole notes, with a hidden copy in a
 * box the size of the one they started in; settling finds where that box was full and drops
 * what the page before already shows.
 */
export function renderContinuation(page: HTMLElement, cont: NonNullable<PrintPage['continuation']>, deck: Deck, layout: PrintLayout): void {
  const column = div('continuation', cont.box);
  for (const n of cont.notes) {
    const block = div('continued-notes');
    block.dataset.slide = String(n.slide);
    const label = div('notes-label', undefined, continuedLabel(n.slide + 1, deck.config.lang));
    const measure = div('notes-text notes-measure', { ...continuedTextBox(layout, n.aside), x: 0, y: 0 });
    measure.append(notesContent(deck, n.slide));
    const text = div('continued-text');
    text.append(notesContent(deck, n.slide));
    block.append(label, text, measure);
    column.append(block);
  }
  page.append(column);
}
