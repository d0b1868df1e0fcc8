import type { Deck } from '../../core/types';
import '../styles/fit-console.css';
import { el } from '../dom';
import { ft } from './fit-strings';
import { findOverflowing } from './slides-fit';

/** Slides listed by name in the console's line; the rest are counted. */
const LISTED = 8;

/**
 * The presenter console's warning about slides that do not fit even shrunk to the limit: one
 * line under "Now on screen" naming each (number, file, line), stronger when the slide on screen
 * is one of them. Only in the console: the projector never shows tool text.
 */
export class ConsoleFitWarnings {
  private readonly box = el('div', { id: 'lx-fit', hidden: true });
  private deck: Deck | null = null;
  private overflowing: number[] = [];
  private current = -1;
  private generation = 0;

  constructor(after: HTMLElement) {
    this.box.setAttribute('role', 'status');
    after.after(this.box);
  }

  /** Measures the deck's slides in the background (each content once) and updates the line. */
  setDeck(deck: Deck): void {
    const generation = ++this.generation;
    void findOverflowing(deck.slides, deck.assetVersions, () => generation !== this.generation).then((found) => {
      if (!found) return;
      this.deck = deck;
      this.overflowing = found;
      this.render();
    });
  }

  /** The slide on screen (0-based). */
  setCurrent(index: number): void {
    if (index === this.current) return;
    this.current = index;
    this.render();
  }

  private render(): void {
    const slides = this.deck?.slides ?? [];
    const found = this.overflowing.filter((i) => i < slides.length);
    this.box.hidden = !found.length;
    this.box.dataset.count = String(found.length);
    if (!found.length) {
      this.box.replaceChildren();
      return;
    }
    const parts: (HTMLElement | string)[] = [];
    const where = (i: number): string => `${i + 1} (${ft.at(slides[i]!.file, slides[i]!.line)})`;
    if (found.includes(this.current)) {
      parts.push(el('strong', { textContent: ft.currentOverflows }), ` ${ft.at(slides[this.current]!.file, slides[this.current]!.line)}. `);
    }
    const others = found.filter((i) => i !== this.current);
    if (others.length) parts.push(`${ft.listTitle(found.length)} ${found.slice(0, LISTED).map(where).join('; ')}${found.length > LISTED ? '; …' : ''}`);
    this.box.replaceChildren(...parts);
  }
}
