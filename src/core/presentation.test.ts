import { describe, expect, it } from 'vitest';
import { audiencePosition, clockElapsed, initialPresentation, reducePresentation, type PresentationAction, type PresentationState } from './presentation';
import { parsePresentationAction } from './presentation-action';

// Three slides: the second has two fragment steps.
const deck = { ids: ['a.md#0', 'a.md#1', 'b.md#0'], steps: [0, 2, 0] };

function run(actions: [PresentationAction, number][], from: PresentationState = initialPresentation()): PresentationState {
  return actions.reduce((s, [a, now]) => reducePresentation(s, a, deck, now), from);
}

describe('reducePresentation', () => {
  it('walks through fragment steps before moving on, and back fully revealed', () => {
    const s = run([
      [{ type: 'next' }, 0],
      [{ type: 'next' }, 0],
      [{ type: 'next' }, 0],
    ]);
    expect(s.position).toEqual({ slide: 1, step: 2 });
    expect(run([[{ type: 'next' }, 0]], s).position).toEqual({ slide: 2, step: 0 });
    expect(
      run(
        [
          [{ type: 'next' }, 0],
          [{ type: 'prev' }, 0],
        ],
        s,
      ).position,
    ).toEqual({ slide: 1, step: 2 });
    expect(
      run(
        [
          [{ type: 'prev' }, 0],
          [{ type: 'prev' }, 0],
          [{ type: 'prev' }, 0],
        ],
        s,
      ).position,
    ).toEqual({ slide: 0, step: 0 });
  });

  it('skips hidden slides when stepping, but a jump can show one', () => {
    const withHidden = { ids: ['a', 'b', 'c', 'd'], steps: [0, 0, 1, 0], hidden: [false, true, true, false] };
    const go = (s: PresentationState, a: PresentationAction) => reducePresentation(s, a, withHidden, 0);
    const at3 = go(initialPresentation(), { type: 'next' });
    expect(at3.position).toEqual({ slide: 3, step: 0 });
    expect(go(at3, { type: 'prev' }).position).toEqual({ slide: 0, step: 0 });
    expect(go(initialPresentation(), { type: 'goto', slide: 2 }).position).toEqual({ slide: 2, step: 0 });
    // A hidden slide at the end: nowhere to go, nothing changes.
    const last = { ...withHidden, hidden: [false, false, false, true] };
    const at2 = reducePresentation(initialPresentation(), { type: 'goto', slide: 2, step: 1 }, last, 0);
    expect(reducePresentation(at2, { type: 'next' }, last, 0)).toBe(at2);
  });

  it('Home, End and the slide-wise moves skip hidden slides too', () => {
    const deckWithHidden = { ids: ['a', 'b', 'c', 'd', 'e'], steps: [0, 0, 0, 0, 0], hidden: [true, false, true, false, true] };
    const go = (s: PresentationState, a: PresentationAction) => reducePresentation(s, a, deckWithHidden, 0);
    const end = go(initialPresentation(), { type: 'last' });
    expect(end.position.slide).toBe(3);
    expect(go(end, { type: 'first' }).position.slide).toBe(1);
    expect(go(end, { type: 'prevSlide' }).position.slide).toBe(1);
    expect(go(go(end, { type: 'first' }), { type: 'nextSlide' }).position.slide).toBe(3);
    // Nothing left to show: the ends of the deck.
    const allHidden = { ids: ['a', 'b'], steps: [0, 0], hidden: [true, true] };
    expect(reducePresentation(initialPresentation(), { type: 'last' }, allHidden, 0).position.slide).toBe(1);
  });

  it('stops at both ends without a change (same object, same seq)', () => {
    const start = initialPresentation();
    expect(reducePresentation(start, { type: 'prev' }, deck, 5)).toBe(start);
    const end = run([[{ type: 'last' }, 0]]);
    expect(reducePresentation(end, { type: 'next' }, deck, 9)).toBe(end);
  });

  it('jumps and clamps out-of-range targets', () => {
    expect(run([[{ type: 'goto', slide: 1, step: 9 }, 0]]).position).toEqual({ slide: 1, step: 2 });
    expect(run([[{ type: 'goto', slide: 99 }, 0]]).position).toEqual({ slide: 2, step: 0 });
    expect(
      run([
        [{ type: 'nextSlide' }, 0],
        [{ type: 'nextSlide' }, 0],
      ]).position,
    ).toEqual({ slide: 2, step: 0 });
  });

  it('toggles blackout and whiteout and holds the audience while frozen', () => {
    let s = run([[{ type: 'toggleScreen', mode: 'black' }, 0]]);
    expect(s.screen).toBe('black');
    s = run([[{ type: 'toggleScreen', mode: 'white' }, 0]], s);
    expect(s.screen).toBe('white');
    s = run([[{ type: 'toggleScreen', mode: 'white' }, 0]], s);
    expect(s.screen).toBe('normal');
    s = run(
      [
        [{ type: 'freeze' }, 0],
        [{ type: 'next' }, 0],
        [{ type: 'next' }, 0],
      ],
      s,
    );
    expect(audiencePosition(s)).toEqual({ slide: 0, step: 0 });
    expect(s.position).toEqual({ slide: 1, step: 1 });
    s = run([[{ type: 'freeze' }, 0]], s);
    expect(audiencePosition(s)).toEqual({ slide: 1, step: 1 });
  });

  it('starts the clock on the first move, pauses for Q&A and books time per slide', () => {
    let s = run([[{ type: 'next' }, 1000]]);
    expect(s.clock.status).toBe('running');
    s = run(
      [
        [{ type: 'next' }, 61_000],
        [{ type: 'clock', op: 'pause' }, 71_000],
      ],
      s,
    );
    expect(s.spent).toEqual({ 'a.md#1': 70_000 });
    // Ten minutes of questions: nothing counts, and moving does not resume the clock.
    s = run([[{ type: 'next' }, 671_000]], s);
    expect(s.clock.status).toBe('paused');
    expect(clockElapsed(s.clock, 671_000)).toBe(70_000);
    s = run(
      [
        [{ type: 'clock', op: 'resume' }, 700_000],
        [{ type: 'next' }, 705_000],
      ],
      s,
    );
    expect(s.spent['a.md#1']).toBe(75_000);
    expect(clockElapsed(s.clock, 705_000)).toBe(75_000);
    s = run([[{ type: 'clock', op: 'reset' }, 706_000]], s);
    expect(s.clock).toEqual({ status: 'idle', banked: 0, since: null });
    expect(s.spent).toEqual({});
  });

  it('remaps the position when the deck changes, keeping the step only on the same slide', () => {
    const s = run([[{ type: 'goto', slide: 1, step: 1 }, 0]]);
    expect(reducePresentation(s, { type: 'deckChanged', slide: 1, sameSlide: true }, deck, 0).position).toEqual({ slide: 1, step: 1 });
    expect(reducePresentation(s, { type: 'deckChanged', slide: 2, sameSlide: false }, deck, 0).position).toEqual({ slide: 2, step: 0 });
    const smaller = { ids: ['a.md#0'], steps: [0] };
    expect(reducePresentation(s, { type: 'deckChanged', slide: 1, sameSlide: true }, smaller, 0).position).toEqual({ slide: 0, step: 0 });
  });

  it('starts a rehearsal from a clean clock', () => {
    const s = run([
      [{ type: 'next' }, 0],
      [{ type: 'next' }, 5000],
      [{ type: 'rehearsal', on: true }, 9000],
    ]);
    expect(s).toMatchObject({ rehearsal: true, spent: {}, clock: { status: 'running', banked: 0, since: 9000 } });
  });
});

describe('parsePresentationAction', () => {
  it('accepts well-formed actions and refuses everything else', () => {
    expect(parsePresentationAction({ type: 'next', extra: 1 })).toEqual({ type: 'next' });
    expect(parsePresentationAction({ type: 'goto', slide: 3, step: 1 })).toEqual({ type: 'goto', slide: 3, step: 1 });
    expect(parsePresentationAction({ type: 'goto', slide: -1 })).toBeNull();
    expect(parsePresentationAction({ type: 'goto', slide: '3' })).toBeNull();
    expect(parsePresentationAction({ type: 'screen', mode: 'red' })).toBeNull();
    expect(parsePresentationAction({ type: 'deckChanged', slide: 0, sameSlide: true })).toBeNull();
    expect(parsePresentationAction({ type: '__proto__' })).toBeNull();
    expect(parsePresentationAction(null)).toBeNull();
    expect(parsePresentationAction({ type: 'setEnd', at: Infinity })).toBeNull();
    expect(parsePresentationAction({ type: 'clock', op: 'toggle' })).toEqual({ type: 'clock', op: 'toggle' });
  });
});
