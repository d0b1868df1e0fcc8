import { planSlideWindow, WINDOW_MARGIN, type SlideRange } from '../../core/slide-window';
import type { Slide } from '../../core/types';
import { el } from '../dom';
import { renderSlideInto, slideRenderKey } from '../slide-dom';

/**
 * The deck's slides and the `<section>`s of reveal.js's DOM that show a window of them (see
 * core/slide-window.ts for why). Each mounted section carries its deck index in `data-index`;
 * sections are rendered only when mounted, so a 10,000-slide deck opens by rendering 25.
 */
export class MountedSlides {
  private slides: Slide[] = [];
  private versions: Record<string, number> = {};
  private range: SlideRange = { start: 0, end: 0 };
  /** Per slide: how many slides up to and including it are counted (hidden ones are not). */
  private counted: number[] = [];
  /** The last setDeck changed slide numbers (a slide hidden or shown) without changing any HTML. */
  numbersChanged = false;
  /** What each section currently shows (see slideRenderKey): unchanged sections are not touched. */
  private readonly keys = new WeakMap<HTMLElement, string>();

  constructor(private readonly container: HTMLElement) {}

  /** Deck index of the first mounted slide: reveal.js's index plus this is the deck's. */
  get start(): number {
    return this.range.start;
  }

  /** The mounted section of deck slide `index`, if it is mounted. */
  sectionAt(index: number): HTMLElement | undefined {
    if (index < this.range.start || index >= this.range.end) return undefined;
    return this.container.children[index - this.range.start] as HTMLElement | undefined;
  }

  /** The slide number the audience sees: hidden slides are not counted and show none. */
  numberOf(index: number): { n: number; total: number } | null {
    const slide = this.slides[index];
    if (!slide || slide.hidden) return null;
    return { n: this.counted[index]!, total: this.counted[this.counted.length - 1] ?? 0 };
  }

  /**
   * Takes a new version of the deck. When the slides are the same ones in the same order, the
   * mounted sections whose content changed are re-rendered in place (reveal.js keeps its state
   * classes) and returned; otherwise null: the caller remounts with `mount(…, true)`.
   */
  setDeck(slides: Slide[], versions: Record<string, number>): HTMLElement[] | null {
    const same = slides.length === this.slides.length && slides.every((slide, i) => slide.id === this.slides[i]!.id);
    this.slides = slides;
    this.versions = versions;
    // Which slides are hidden decides every number, and the counts say which are hidden.
    let count = 0;
    const counted = slides.map((slide) => (slide.hidden ? count : ++count));
    this.numbersChanged = counted.length !== this.counted.length || counted.some((n, i) => n !== this.counted[i]);
    this.counted = counted;
    if (!same) return null;
    const changed: HTMLElement[] = [];
    for (let i = this.range.start; i < this.range.end; i++) {
      const section = this.sectionAt(i);
      if (section && this.keys.get(section) !== slideRenderKey(slides[i]!, versions)) changed.push(this.render(section, i));
    }
    return changed;
  }

  /** Forgets the mounted sections (the container now shows something else, such as a message). */
  clear(): void {
    this.range = { start: 0, end: 0 };
  }

  /**
   * Mounts the window for showing slide `current`; true when the sections changed and reveal.js
   * must `sync()`. Sections that stay are not touched (no restyle, no restarted transition);
   * `rebuild` (after slides were added, removed or moved) reuses sections by content instead.
   */
  mount(current: number, overview: boolean, rebuild = false): boolean {
    const margin = overview ? WINDOW_MARGIN.overview : WINDOW_MARGIN.present;
    const next = planSlideWindow(rebuild ? { start: 0, end: 0 } : this.range, current, this.slides.length, margin);
    if (!rebuild && next.start === this.range.start && next.end === this.range.end) return false;
    if (rebuild) this.remount(next, current);
    else this.shift(next, current);
    this.range = next;
    Array.from(this.container.children).forEach((section, i) => ((section as HTMLElement).dataset.index = String(next.start + i)));
    return true;
  }

  /** Moves the window: drops sections that left it and adds the new ones at either end. */
  private shift(next: SlideRange, current: number): void {
    const old = this.range;
    const keepFrom = Math.max(old.start, next.start);
    const keepTo = Math.min(old.end, next.end);
    if (keepFrom >= keepTo) {
      this.container.replaceChildren(...this.fresh(next.start, next.end, current));
      return;
    }
    const kept = Array.from(this.container.children).slice(keepFrom - old.start, keepTo - old.start);
    for (const section of Array.from(this.container.children)) if (!kept.includes(section)) section.remove();
    this.container.prepend(...this.fresh(next.start, keepFrom, current));
    this.container.append(...this.fresh(keepTo, next.end, current));
  }

  /** Rebuilds the window after a structural change, reusing sections whose content is unchanged. */
  private remount(next: SlideRange, current: number): void {
    const byKey = new Map<string, HTMLElement[]>();
    for (const section of Array.from(this.container.children) as HTMLElement[]) {
      const key = this.keys.get(section);
      if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), section]);
    }
    const sections: HTMLElement[] = [];
    for (let i = next.start; i < next.end; i++) {
      const reused = byKey.get(slideRenderKey(this.slides[i]!, this.versions))?.shift();
      sections.push(reused ?? this.fresh(i, i + 1, current)[0]!);
    }
    this.container.replaceChildren(...sections);
  }

  /** New sections for slides `from`..`to`, hidden as reveal.js would hide them, until it takes over. */
  private fresh(from: number, to: number, current: number): HTMLElement[] {
    const sections: HTMLElement[] = [];
    for (let i = from; i < to; i++) {
      const section = el('section', { className: i < current ? 'past' : 'future', hidden: true });
      section.setAttribute('aria-hidden', 'true');
      section.style.display = 'none';
      sections.push(this.render(section, i));
    }
    return sections;
  }

  private render(section: HTMLElement, index: number): HTMLElement {
    const slide = this.slides[index]!;
    renderSlideInto(section, slide, this.versions);
    this.keys.set(section, slideRenderKey(slide, this.versions));
    return section;
  }
}
