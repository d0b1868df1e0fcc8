import { OVERVIEW_SPACING, planOverview } from '../../core/overview-layout';
import type { Slide } from '../../core/types';
import { el } from '../dom';
import { drawTilesWhenVisible } from '../lazy-tiles';

/** What the overview needs from the audience view. */
export interface OverviewOptions {
  slides(): readonly Slide[];
  versions(): Record<string, number>;
  /** The number the audience sees under a slide (null: hidden slide, no number). */
  numberOf(index: number): { n: number; total: number } | null;
  /** A tile was clicked: show that slide and leave the overview. */
  pick(index: number): void;
}

/**
 * The audience view's overview (O): every slide of the deck as a tile in a wrapped grid that fits
 * the screen (core/overview-layout.ts), its number under it, the slide on screen clearly marked.
 * Tiles are slide frames (the audience stylesheet) rendered when they scroll into view.
 */
export class OverviewGrid {
  private readonly list = el('div', { className: 'lectern-overview-list' });
  private readonly root = el('div', { id: 'lectern-overview', hidden: true }, this.list);
  private observer: IntersectionObserver | null = null;
  private built: readonly Slide[] | null = null;
  private current = -1;

  constructor(private readonly options: OverviewOptions) {
    document.body.append(this.root);
    this.list.addEventListener('click', (e) => {
      const tile = (e.target as Element).closest<HTMLElement>('.lectern-tile');
      if (tile) options.pick(Number(tile.dataset.index));
    });
    window.addEventListener('resize', () => {
      if (!this.root.hidden) this.layout();
    });
  }

  /** Opens or closes the overview and marks slide `current`; rebuilds when the deck changed. */
  show(open: boolean, current: number): void {
    this.root.hidden = !open;
    document.documentElement.toggleAttribute('data-overview', open);
    if (!open) return;
    if (this.built !== this.options.slides()) this.build();
    this.layout();
    this.mark(current);
  }

  /** The deck changed: an open overview is rebuilt, a closed one on its next opening. */
  invalidate(): void {
    this.built = null;
    if (!this.root.hidden) this.show(true, this.current);
  }

  private layout(): void {
    const plan = planOverview(this.list.children.length, window.innerWidth, window.innerHeight);
    // CSSOM custom properties, not style attributes: the CSP allows them.
    this.root.style.setProperty('--lx-columns', String(plan.columns));
    this.root.style.setProperty('--lx-tile', `${plan.tileWidth}px`);
    this.root.style.setProperty('--lx-gap', `${OVERVIEW_SPACING.gap}px`);
    this.root.style.setProperty('--lx-pad', `${OVERVIEW_SPACING.padding}px`);
    // Tiles drawn so far (their slide frame has a stage) follow the new tile width.
    for (const frame of Array.from(this.list.querySelectorAll<HTMLElement>('.lectern-tile-frame'))) {
      const stage = frame.shadowRoot?.firstElementChild as HTMLElement | null | undefined;
      if (stage) stage.style.transform = `scale(${plan.tileWidth / 1280})`;
    }
  }

  private mark(current: number): void {
    this.current = current;
    for (const tile of Array.from(this.list.children) as HTMLElement[]) {
      const on = Number(tile.dataset.index) === current;
      tile.classList.toggle('current', on);
      if (on) tile.setAttribute('aria-current', 'true');
      else tile.removeAttribute('aria-current');
    }
    (this.list.children[current] as HTMLElement | undefined)?.scrollIntoView({ block: 'nearest' });
  }

  private build(): void {
    const slides = this.options.slides();
    const versions = this.options.versions();
    this.built = slides;
    this.observer?.disconnect();
    this.observer = drawTilesWhenVisible(this.root, slides, versions, '.lectern-tile-frame', (frame) => frame.clientWidth);
    this.list.replaceChildren(
      ...slides.map((slide, i) => {
        const number = this.options.numberOf(i);
        const label = el('span', { className: 'lectern-tile-number', textContent: number ? String(number.n) : '–' });
        const tile = el('button', { type: 'button', className: 'lectern-tile', title: slide.title }, el('div', { className: 'lectern-tile-frame' }), label);
        tile.dataset.index = String(i);
        if (slide.hidden) tile.classList.add('hidden-slide');
        this.observer!.observe(tile);
        return tile;
      }),
    );
  }
}
