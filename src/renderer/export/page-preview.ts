import type { PrintPlan } from '../../core/print-plan';
import type { Deck } from '../../core/types';
import { fitNotes } from '../print/fit-notes';
import { renderPages } from '../print/render-pages';

/**
 * The first page of the chosen layout, built by the print view's own code (the same DOM the PDF
 * is printed from) and scaled into the box with a CSS transform: no iframe, nothing inline.
 */
export class PagePreview {
  private readonly page = document.createElement('div');
  private plan: PrintPlan | null = null;
  private generation = 0;

  constructor(private readonly box: HTMLElement) {
    this.page.className = 'preview-page';
    box.append(this.page);
    new ResizeObserver(() => this.fit()).observe(box);
  }

  /** Shows page 1 of `plan`, or nothing (null: the choices are wrong). */
  async show(deck: Deck, plan: PrintPlan | null): Promise<void> {
    const generation = ++this.generation;
    this.plan = plan;
    this.page.hidden = !plan;
    if (!plan) {
      this.page.replaceChildren();
      return;
    }
    this.page.classList.toggle('paper-layout', plan.layout !== 'slides');
    renderPages(this.page, deck, plan, 0, 1);
    this.fit();
    // As in print: notes are set smaller until they fit once the fonts are in.
    await document.fonts.ready;
    if (generation === this.generation) fitNotes(Array.from(this.page.querySelectorAll<HTMLElement>('.aside-notes')));
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
