import type { Slide } from '../../core/types';
import { button, el } from '../dom';
import { drawTilesWhenVisible } from '../lazy-tiles';
import { ct } from './strings';

/** Width of a tile's slide in CSS px (console.css sizes the frame to match). */
const TILE_WIDTH = 218;

/** What the jump grid needs from the console. */
export interface GridOptions {
  slides(): readonly Slide[];
  versions(): Record<string, number>;
  /** The slide the audience sees now (marked in the grid). */
  audienceSlide(): number;
  /** Confirmed: the audience moves there. */
  go(slide: number): void;
}

/**
 * The slide grid of the console: browse and pick a slide without moving the projector; only
 * Enter, the "show" button or a double click sends the jump. Thumbnails are drawn when they
 * scroll into view, so a 500-slide deck opens at once.
 */
export class JumpGrid {
  private readonly root = el('div', { id: 'lx-grid', hidden: true });
  private readonly list = el('div', { className: 'lx-grid-list' });
  private readonly status = el('div');
  private selected = 0;
  private typed = '';
  private observer: IntersectionObserver | null = null;

  constructor(private readonly options: GridOptions) {
    this.root.setAttribute('role', 'dialog');
    this.root.setAttribute('aria-label', ct.grid.title);
    const go = button(ct.grid.go, () => this.confirm());
    go.id = 'lx-grid-go';
    const head = el(
      'div',
      { className: 'lx-grid-head' },
      el('h2', { textContent: ct.grid.title }),
      el('span', { textContent: ct.grid.hint }),
      this.status,
      go,
      button(ct.grid.cancel, () => this.close()),
    );
    this.root.append(head, this.list);
    document.body.append(this.root);
    this.root.addEventListener('keydown', (e) => this.onKey(e));
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  /** Opens the grid with the audience's slide selected. */
  open(): void {
    this.typed = '';
    this.build();
    this.root.hidden = false;
    this.select(this.options.audienceSlide());
    this.root.tabIndex = -1;
    this.root.focus();
  }

  close(): void {
    this.root.hidden = true;
    this.observer?.disconnect();
    this.list.replaceChildren();
  }

  private confirm(): void {
    const slide = this.selected;
    this.close();
    this.options.go(slide);
  }

  private build(): void {
    this.observer?.disconnect();
    const slides = this.options.slides();
    const versions = this.options.versions();
    this.observer = drawTilesWhenVisible(this.list, slides, versions, '.lx-tile-frame', () => TILE_WIDTH);
    const audience = this.options.audienceSlide();
    this.list.replaceChildren(
      ...slides.map((slide, i) => {
        const label = `${i + 1}. ${slide.title}${slide.hidden ? ` (${ct.hidden})` : ''}${i === audience ? ` — ${ct.grid.audienceHere}` : ''}`;
        const tile = el('button', { type: 'button', className: 'lx-tile' }, el('div', { className: 'lx-tile-frame' }), el('span', { textContent: label }));
        tile.dataset.index = String(i);
        if (i === audience) tile.classList.add('audience');
        if (slide.hidden) tile.classList.add('hidden-slide');
        tile.addEventListener('click', () => this.select(i));
        tile.addEventListener('dblclick', () => this.confirm());
        this.observer!.observe(tile);
        return tile;
      }),
    );
  }

  private select(index: number): void {
    const tiles = this.list.children;
    if (!tiles.length) return;
    this.selected = Math.max(0, Math.min(index, tiles.length - 1));
    for (const tile of Array.from(tiles)) tile.classList.toggle('selected', Number((tile as HTMLElement).dataset.index) === this.selected);
    const tile = tiles[this.selected] as HTMLElement;
    tile.scrollIntoView({ block: 'nearest' });
    this.status.textContent = `→ ${this.selected + 1}${this.typed ? ` (${this.typed})` : ''}`;
    this.root.dataset.selected = String(this.selected);
  }

  private onKey(e: KeyboardEvent): void {
    const columns = Math.max(1, Math.round(this.list.clientWidth / ((this.list.firstElementChild as HTMLElement | null)?.offsetWidth || 1)));
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns, PageDown: 1, PageUp: -1 };
    if (/^\d$/.test(e.key)) {
      this.typed = (this.typed + e.key).slice(-5);
      this.select(Number(this.typed) - 1);
    } else if (e.key === 'Backspace') {
      this.typed = this.typed.slice(0, -1);
      if (this.typed) this.select(Number(this.typed) - 1);
    } else if (e.key in moves) {
      this.typed = '';
      this.select(this.selected + moves[e.key]!);
    } else if (e.key === 'Home' || e.key === 'End') this.select(e.key === 'Home' ? 0 : this.list.children.length - 1);
    else if (e.key === 'Enter') this.confirm();
    else if (e.key === 'Escape') this.close();
    else return;
    // The grid owns the keyboard while open: nothing reaches the presentation keys.
    e.preventDefault();
    e.stopPropagation();
  }
}
