import { describe, expect, it } from 'vitest';
import { computePace, formatClock, sectionOfSlide } from './pacing';
import { initialPresentation, reducePresentation, type PresentationState } from './presentation';
import type { Section } from './types';

const MIN = 60_000;
// Two sections: intro (2 slides, 4 min) and ORM (2 slides, 6 min).
const sections: Section[] = [
  { file: 'a.md', title: 'Intro', firstSlide: 0, slideCount: 2, duration: 240 },
  { file: 'b.md', title: 'ORM', firstSlide: 2, slideCount: 2, duration: 360 },
];
const ids = ['a.md#0', 'a.md#1', 'b.md#0', 'b.md#1'];
const deck = { ids, steps: [0, 0, 0, 0] };

function at(moves: [number, number][]): PresentationState {
  let s = reducePresentation(initialPresentation(), { type: 'clock', op: 'start' }, deck, 0);
  for (const [slide, now] of moves) s = reducePresentation(s, { type: 'goto', slide }, deck, now);
  return s;
}

describe('computePace', () => {
  it('is on time when each section takes its budget', () => {
    const s = at([
      [1, 2 * MIN],
      [2, 4 * MIN],
    ]);
    const p = computePace(s, sections, ids, 0, 4 * MIN);
    expect(p.overall).toMatchObject({ budget: 10 * MIN, planned: 4 * MIN, delta: 0 });
    expect(p.section).toMatchObject({ budget: 6 * MIN, used: 0, delta: 0 });
    expect(p.remaining).toBe(6 * MIN);
    expect(p.sectionIndex).toBe(1);
  });

  it('is behind overall and in the section when the intro overran', () => {
    const s = at([
      [1, 3 * MIN],
      [2, 6 * MIN],
      [3, 10 * MIN],
    ]);
    const p = computePace(s, sections, ids, 0, 10 * MIN);
    // Planned by slide 4 of 4: 4 min + half of 6 = 7 min; used 10 min.
    expect(p.overall!.delta).toBe(3 * MIN);
    // ORM: 4 min used on its first half, planned 3.
    expect(p.section).toMatchObject({ used: 4 * MIN, planned: 3 * MIN, delta: MIN });
  });

  it('does not count a Q&A pause against the plan', () => {
    let s = at([[1, 2 * MIN]]);
    s = reducePresentation(s, { type: 'clock', op: 'pause' }, deck, 2 * MIN);
    const p = computePace(s, sections, ids, 0, 30 * MIN);
    expect(p.elapsed).toBe(2 * MIN);
    expect(p.overall!.delta).toBe(0);
  });

  it('spreads a deck duration evenly when files set no budgets, and counts down to a typed end time', () => {
    const plain = sections.map((x) => ({ ...x, duration: 0 }));
    const s = at([[2, 5 * MIN]]);
    const p = computePace(s, plain, ids, 20 * 60, 5 * MIN);
    expect(p.overall).toMatchObject({ planned: 10 * MIN, delta: -5 * MIN });
    expect(p.section).toBeNull();
    const ending = reducePresentation(s, { type: 'setEnd', at: 45 * MIN }, deck, 5 * MIN);
    expect(computePace(ending, plain, ids, 20 * 60, 6 * MIN).remaining).toBe(39 * MIN);
    expect(computePace(s, plain, ids, 0, 6 * MIN)).toMatchObject({ overall: null, remaining: null });
  });
});

describe('helpers', () => {
  it('finds the section of a slide and formats clocks', () => {
    expect(sectionOfSlide(sections, 3)).toBe(1);
    expect(sectionOfSlide(sections, 0)).toBe(0);
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(-3_725_000)).toBe('-1:02:05');
  });
});
