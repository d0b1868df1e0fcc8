import type { PrintPlan } from '../../core/print-plan';
import type { Deck } from '../../core/types';
import { el } from '../dom';
import { layoutNotes } from '../print/fit-notes';
import { renderPages } from '../print/render-pages';
import { extraSheet, slideSheets } from '../slide-frame';
import printCss from '../styles/print.css?inline';

/** The page's own box in the preview's shadow root (the dialog's CSS cannot reach it). */
const PAGE_CSS = `.preview-page { position: absolute; top: 0; transform-origin: 0 0; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); background: var(--lx-bg); }
.preview-page.paper-layout { background: #ffffff; }
.preview-page .page { break-after: auto; }`;

/**
 * One page of the chosen layout, built by the print view's own code (the same DOM the PDF
 * is printed from) and scaled into the box with a CSS transform: no iframe, nothing inline. The
 * page lives in a shadow root with the slide and print sheets only, like the printed page.
 */
export class PagePreview {
  private readonly page = el('div', { className: 'preview-page' });
  private plan: PrintPlan | null = null;
  private index = 0;
  private deck: Deck | null = null;
  private generation = 0;

  constructor(private readonly box: HTMLElement) {
    const host = el('div', { className: 'preview-frame' });
    const root = host.attachShadow({ mode: 'open' });
    if ('adoptedStyleSheets' in root) root.adoptedStyleSheets = [...slideSheets(), ...extraSheet(`${printCss}\n${PAGE_CSS}`)];
    root.append(this.page);
    box.append(host);
    new ResizeObserver(() => this.fit()).observe(box);
  }

  /**
   * Shows page `index` of `plan`. `stale`: the choices are wrong right now; the last good page
   * stays, greyed (the dialog says why beside the choices).
   */
  async show(deck: Deck, plan: PrintPlan | null, index: number, stale: boolean): Promise<void> {
    this.box.classList.toggle('stale', stale);
    if (plan && this.plan === plan && this.index === index && this.deck === deck) return;
    const generation = ++this.generation;
    this.plan = plan;
    this.index = index;
    this.deck = deck;
    this.page.hidden = !plan;
    if (!plan) {
      this.page.replaceChildren();
      return;
    }
    this.page.classList.toggle('paper-layout', plan.layout !== 'slides');
    renderPages(this.page, deck, plan, index, index + 1);
    this.fit();
    // As in print: notes are set smaller until they fit once the fonts are in (pages with notes boxes).
    await document.fonts.ready;
    if (generation === this.generation && this.page.querySelector('.aside-notes')) layoutNotes(this.page);
  }

  private fit(): void {
    if (!this.plan) return;
    const scale = Math.min(this.box.clientWidth / this.plan.width, this.box.clientHeight / this.plan.height);
    // CSSOM properties, not style attributes: allowed by our CSP.
    this.page.style.width = `${Math.floor(this.plan.width)}px`;
    this.page.style.height = `${Math.floor(this.plan.height)}px`;
    this.page.style.transform = `scale(${scale})`;
    this.page.style.left = `${Math.max(0, (this.box.clientWidth - this.plan.width * scale) / 2)}px`;
  }
}
