// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { WINDOW_RADIUS } from '../../core/slide-window';
import type { Slide } from '../../core/types';
import { MountedSlides } from './mounted-slides';

const slide = (n: number, extra: Partial<Slide> = {}): Slide => ({
  id: `a.md#${n}`,
  file: 'a.md',
  indexInFile: n,
  line: 1,
  title: `S${n}`,
  source: '',
  html: `<h2>S${n}</h2>`,
  notes: '',
  notesHtml: '',
  assets: [],
  ...extra,
});
const deck = (count: number): Slide[] => Array.from({ length: count }, (_, i) => slide(i));
const texts = (el: HTMLElement): string[] => Array.from(el.children).map((s) => s.textContent ?? '');
const indices = (el: HTMLElement): number[] => Array.from(el.children).map((s) => Number((s as HTMLElement).dataset.index));

describe('MountedSlides', () => {
  it('renders only a window of a large deck, with deck indices', () => {
    const el = document.createElement('div');
    const mounted = new MountedSlides(el);
    mounted.setDeck(deck(10_000), {});
    expect(mounted.mount(5000, false, true)).toBe(true);
    expect(el.children).toHaveLength(2 * WINDOW_RADIUS + 1);
    expect(mounted.start).toBe(5000 - WINDOW_RADIUS);
    expect(mounted.sectionAt(5000)!.textContent).toBe('S5000');
    expect(mounted.sectionAt(10)).toBeUndefined();
    expect(indices(el)[0]).toBe(5000 - WINDOW_RADIUS);
  });

  it('keeps the sections that stay when the window moves, and moves only every few slides', () => {
    const el = document.createElement('div');
    const mounted = new MountedSlides(el);
    mounted.setDeck(deck(500), {});
    mounted.mount(100, false, true);
    const current = mounted.sectionAt(100)!;
    const next = mounted.sectionAt(101)!;
    expect(mounted.mount(101, false)).toBe(false);
    let slide = 101;
    while (!mounted.mount(++slide, false));
    // The very same elements: reveal.js's classes on them and running transitions survive.
    expect(mounted.sectionAt(101)).toBe(next);
    expect(el.contains(current)).toBe(true);
    expect(texts(el)).toEqual(indices(el).map((i) => `S${i}`));
    // New sections arrive hidden, as reveal.js hides slides beyond its view distance.
    const last = el.lastElementChild as HTMLElement;
    expect(last.hidden).toBe(true);
    expect(last.classList.contains('future')).toBe(true);
  });

  it('re-renders only changed mounted slides, and remounts by content after a structural change', () => {
    const el = document.createElement('div');
    const mounted = new MountedSlides(el);
    const slides = deck(40);
    mounted.setDeck(slides, {});
    mounted.mount(20, false, true);
    const kept = mounted.sectionAt(21)!;
    const edited = slides.map((s, i) => (i === 20 ? { ...s, html: '<h2>edited</h2>' } : s));
    const changed = mounted.setDeck(edited, {});
    expect(changed).toHaveLength(1);
    expect(changed![0]!.textContent).toBe('edited');
    // A slide inserted at the top: everything shifts by one; unchanged sections are reused.
    const inserted = [slide(99, { id: 'new.md#0', html: '<h2>new</h2>' }), ...edited];
    expect(mounted.setDeck(inserted, {})).toBeNull();
    mounted.mount(22, false, true);
    expect(mounted.sectionAt(22)).toBe(kept);
    expect(kept.dataset.index).toBe('22');
    expect(texts(el)).toEqual(indices(el).map((i) => inserted[i]!.html.replace(/<\/?h2>/g, '')));
  });

  it('numbers slides over the whole deck without the hidden ones', () => {
    const mounted = new MountedSlides(document.createElement('div'));
    mounted.setDeck([slide(0), slide(1, { hidden: true }), slide(2), slide(3)], {});
    expect(mounted.numberOf(0)).toEqual({ n: 1, total: 3 });
    expect(mounted.numberOf(1)).toBeNull();
    expect(mounted.numberOf(3)).toEqual({ n: 3, total: 3 });
  });
});

describe('MountedSlides numbering after a reload', () => {
  it('says when hiding or showing a slide renumbered the others', () => {
    const mounted = new MountedSlides(document.createElement('div'));
    mounted.setDeck(deck(4), {});
    expect(mounted.numbersChanged).toBe(true);
    mounted.setDeck(deck(4), {});
    expect(mounted.numbersChanged).toBe(false);
    mounted.setDeck(
      deck(4).map((s, i) => (i === 1 ? { ...s, hidden: true } : s)),
      {},
    );
    expect(mounted.numbersChanged).toBe(true);
    expect(mounted.numberOf(3)).toEqual({ n: 3, total: 3 });
  });
});
