import { describe, expect, it } from 'vitest';
import { planSlideWindow, WINDOW_MARGIN, WINDOW_RADIUS } from './slide-window';

const SIZE = 2 * WINDOW_RADIUS + 1;
const none = { start: 0, end: 0 };

describe('planSlideWindow', () => {
  it('mounts the whole deck when it is smaller than the window', () => {
    expect(planSlideWindow(none, 3, 14, WINDOW_MARGIN.present)).toEqual({ start: 0, end: 14 });
    expect(planSlideWindow({ start: 0, end: 14 }, 13, 14, WINDOW_MARGIN.overview)).toEqual({ start: 0, end: 14 });
  });

  it('centres on the current slide of a large deck and stays put while it keeps its margin', () => {
    const first = planSlideWindow(none, 250, 500, WINDOW_MARGIN.present);
    expect(first).toEqual({ start: 250 - WINDOW_RADIUS, end: 250 - WINDOW_RADIUS + SIZE });
    // Moving forward slide by slide: no change until only `margin` slides are left after it.
    let mounted = first;
    let changes = 0;
    for (let slide = 251; slide < 300; slide++) {
      const next = planSlideWindow(mounted, slide, 500, WINDOW_MARGIN.present);
      if (next.start !== mounted.start) changes++;
      expect(slide - next.start).toBeGreaterThanOrEqual(WINDOW_MARGIN.present);
      expect(next.end - 1 - slide).toBeGreaterThanOrEqual(WINDOW_MARGIN.present);
      mounted = next;
    }
    // Far fewer DOM changes than moves: one per (radius - margin) slides.
    expect(changes).toBeLessThanOrEqual(Math.ceil(49 / (WINDOW_RADIUS - WINDOW_MARGIN.present)));
    expect(changes).toBeGreaterThan(0);
  });

  it('is pushed inward at both ends of the deck and never leaves it', () => {
    expect(planSlideWindow(none, 0, 500, WINDOW_MARGIN.present)).toEqual({ start: 0, end: SIZE });
    expect(planSlideWindow(none, 499, 500, WINDOW_MARGIN.present)).toEqual({ start: 500 - SIZE, end: 500 });
    // At the deck's first slide there is nothing before it to keep.
    expect(planSlideWindow({ start: 0, end: SIZE }, 1, 500, WINDOW_MARGIN.present)).toEqual({ start: 0, end: SIZE });
  });

  it('recentres after a jump and keeps the overview margin', () => {
    expect(planSlideWindow({ start: 0, end: SIZE }, 9000, 10_000, WINDOW_MARGIN.present)).toEqual({ start: 9000 - WINDOW_RADIUS, end: 9000 - WINDOW_RADIUS + SIZE });
    const mounted = { start: 100, end: 100 + SIZE };
    const overview = planSlideWindow(mounted, 100 + SIZE - 5, 500, WINDOW_MARGIN.overview);
    expect(overview.end - 1 - (100 + SIZE - 5)).toBeGreaterThanOrEqual(WINDOW_MARGIN.overview);
  });

  it('shrinks with the deck and clamps a position past its end', () => {
    expect(planSlideWindow({ start: 400, end: 400 + SIZE }, 450, 30, WINDOW_MARGIN.present)).toEqual({ start: 30 - SIZE, end: 30 });
    expect(planSlideWindow({ start: 0, end: SIZE }, 3, 0, WINDOW_MARGIN.present)).toEqual({ start: 0, end: 0 });
  });
});

describe('planSlideWindow when the deck grows', () => {
  it('widens a window that covered a smaller deck', () => {
    expect(planSlideWindow({ start: 0, end: 14 }, 5, 40, WINDOW_MARGIN.present)).toEqual({ start: 0, end: SIZE });
  });
});
