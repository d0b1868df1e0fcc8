/**
 * The presentation state: where the talk is (slide, fragment step), what the audience sees
 * (blackout, whiteout, freeze, overview) and the talk clock. One copy lives in the host; every
 * view renders it and sends actions; only `reducePresentation` changes it. Pure: time comes in
 * with the actions (`now`, ms since the epoch), stamped by the host.
 */

/** A place in the talk: slide index and how many of its fragment steps are shown (0 = none). */
export interface Position {
  slide: number;
  step: number;
}

/** What the audience screen shows over the slide. */
export type ScreenMode = 'normal' | 'black' | 'white';

/** The talk clock: idle until the talk starts, paused during Q&A (time then counts nowhere). */
export interface TalkClock {
  status: 'idle' | 'running' | 'paused';
  /** Milliseconds counted before the current run. */
  banked: number;
  /** When the current run started (ms since the epoch), null unless running. */
  since: number | null;
}

/** Everything every view must agree on. */
export interface PresentationState {
  /** Increases with every change: views ignore anything older than what they show. */
  seq: number;
  position: Position;
  /** Where the audience is held while frozen (the console moves on); null when following. */
  frozen: Position | null;
  overview: boolean;
  screen: ScreenMode;
  clock: TalkClock;
  /** Running-clock milliseconds spent on each slide (by slide id): pacing and rehearsal records. */
  spent: Record<string, number>;
  /** Since when the current slide has been accumulating time (running clock only). */
  markAt: number | null;
  /** An end time typed in by the presenter (ms since the epoch), or null. */
  endAt: number | null;
  /** Rehearsal mode: when it ends, the host saves the time per slide and section. */
  rehearsal: boolean;
}

/** What the reducer needs to know of the deck: slide ids, fragment steps and hidden slides. */
export interface PresentationDeck {
  ids: readonly string[];
  steps: readonly number[];
  /** Hidden slides (front matter `hidden: true` or `data-visibility="hidden"`): next/previous skip them. */
  hidden?: readonly boolean[];
}

/** Everything a view may ask for. Navigation and clock actions carry the host's `now`. */
export type PresentationAction =
  | { type: 'next' | 'prev' | 'first' | 'last' | 'nextSlide' | 'prevSlide' }
  | { type: 'goto'; slide: number; step?: number }
  | { type: 'overview'; on?: boolean }
  | { type: 'screen'; mode: ScreenMode }
  | { type: 'toggleScreen'; mode: 'black' | 'white' }
  | { type: 'freeze'; on?: boolean }
  | { type: 'clock'; op: 'start' | 'pause' | 'resume' | 'toggle' | 'reset' }
  | { type: 'setEnd'; at: number | null }
  | { type: 'rehearsal'; on: boolean }
  /** Host only: the deck was reloaded; `slide` is where the current slide went (see follow-slide). */
  | { type: 'deckChanged'; slide: number; sameSlide: boolean };

/** The state of a talk that has not started, on the first slide. */
export function initialPresentation(): PresentationState {
  return {
    seq: 0,
    position: { slide: 0, step: 0 },
    frozen: null,
    overview: false,
    screen: 'normal',
    clock: { status: 'idle', banked: 0, since: null },
    spent: {},
    markAt: null,
    endAt: null,
    rehearsal: false,
  };
}

/** Milliseconds on the talk clock at `now`. */
export function clockElapsed(clock: TalkClock, now: number): number {
  return clock.banked + (clock.status === 'running' && clock.since !== null ? Math.max(0, now - clock.since) : 0);
}

/** Keeps a position inside the deck. */
export function clampPosition(p: Position, deck: PresentationDeck): Position {
  const last = deck.ids.length - 1;
  if (last < 0) return { slide: 0, step: 0 };
  const slide = Math.max(0, Math.min(Math.trunc(p.slide) || 0, last));
  return { slide, step: Math.max(0, Math.min(Math.trunc(p.step) || 0, deck.steps[slide] ?? 0)) };
}

/** The next slide in `dir` that is not hidden, or -1 (hidden slides are shown only by a jump). */
function neighbour(slide: number, deck: PresentationDeck, dir: 1 | -1): number {
  for (let i = slide + dir; i >= 0 && i < deck.ids.length; i += dir) if (!deck.hidden?.[i]) return i;
  return -1;
}

/**
 * What "next" shows from `p` (the console's and the speaker window's preview): the next step of
 * this slide (`steps` is its count), else the next slide that is not hidden; null at the end.
 */
export function nextUp(p: Position, steps: number, slides: readonly { hidden?: boolean }[]): Position | null {
  if (p.step < steps) return { slide: p.slide, step: p.step + 1 };
  const next = slides.findIndex((slide, i) => i > p.slide && !slide.hidden);
  return next >= 0 ? { slide: next, step: 0 } : null;
}

/** `found` unless it is -1 (no such slide), then `fallback`. */
const shownOr = (found: number, fallback: number): number => (found >= 0 ? found : fallback);

function step(p: Position, deck: PresentationDeck, dir: 1 | -1): Position {
  const steps = deck.steps[p.slide] ?? 0;
  if (dir > 0) {
    if (p.step < steps) return { slide: p.slide, step: p.step + 1 };
    const next = neighbour(p.slide, deck, 1);
    return next >= 0 ? { slide: next, step: 0 } : p;
  }
  if (p.step > 0) return { slide: p.slide, step: p.step - 1 };
  // Going back lands on the previous slide fully revealed, as reveal.js and PowerPoint do.
  const prev = neighbour(p.slide, deck, -1);
  return prev >= 0 ? { slide: prev, step: deck.steps[prev] ?? 0 } : p;
}

function move(p: Position, action: PresentationAction, deck: PresentationDeck): Position | null {
  const last = Math.max(0, deck.ids.length - 1);
  switch (action.type) {
    case 'next':
      return step(p, deck, 1);
    case 'prev':
      return step(p, deck, -1);
    case 'nextSlide':
      return { slide: shownOr(neighbour(p.slide, deck, 1), p.slide), step: 0 };
    case 'prevSlide':
      return { slide: shownOr(neighbour(p.slide, deck, -1), p.slide), step: 0 };
    // Home and End go to the first and last slide the audience is meant to see.
    case 'first':
      return { slide: shownOr(neighbour(-1, deck, 1), 0), step: 0 };
    case 'last':
      return { slide: shownOr(neighbour(deck.ids.length, deck, -1), last), step: 0 };
    case 'goto':
      return clampPosition({ slide: action.slide, step: action.step ?? 0 }, deck);
    default:
      return null;
  }
}

/** Books the time since the last mark to the current slide (only while the clock runs). */
function account(s: PresentationState, deck: PresentationDeck, now: number): PresentationState {
  if (s.clock.status !== 'running' || s.markAt === null) return s;
  const id = deck.ids[s.position.slide];
  if (id === undefined) return { ...s, markAt: now };
  return { ...s, spent: { ...s.spent, [id]: (s.spent[id] ?? 0) + Math.max(0, now - s.markAt) }, markAt: now };
}

function runClock(s: PresentationState, op: 'start' | 'pause' | 'resume' | 'toggle' | 'reset', now: number): PresentationState {
  const { clock } = s;
  const running = (banked: number): PresentationState => ({ ...s, clock: { status: 'running', banked, since: now }, markAt: now });
  switch (op) {
    case 'reset':
      return { ...s, clock: { status: 'idle', banked: 0, since: null }, spent: {}, markAt: null };
    case 'start':
      return clock.status === 'running' ? s : running(clock.banked);
    case 'resume':
      return clock.status === 'paused' ? running(clock.banked) : s;
    case 'pause':
      return clock.status === 'running' ? { ...s, clock: { status: 'paused', banked: clockElapsed(clock, now), since: null }, markAt: null } : s;
    case 'toggle':
      return runClock(s, clock.status === 'running' ? 'pause' : 'start', now);
  }
}

/**
 * The one way the presentation state changes. Navigation starts an idle clock (the talk starts
 * when the presenter first moves) but never resumes a paused one (Q&A stays out of the pace).
 * Returns the same object when nothing changed, so the host broadcasts only real changes.
 */
export function reducePresentation(s: PresentationState, action: PresentationAction, deck: PresentationDeck, now: number): PresentationState {
  let next = account(s, deck, now);
  const moved = move(s.position, action, deck);
  if (moved) {
    if (moved.slide === s.position.slide && moved.step === s.position.step) return s;
    next = { ...next, position: moved };
    if (next.clock.status === 'idle') next = runClock(next, 'start', now);
    return { ...next, seq: s.seq + 1 };
  }
  switch (action.type) {
    case 'overview':
      next = { ...next, overview: action.on ?? !s.overview };
      break;
    case 'screen':
      next = { ...next, screen: action.mode };
      break;
    case 'toggleScreen':
      next = { ...next, screen: s.screen === action.mode ? 'normal' : action.mode };
      break;
    case 'freeze': {
      const on = action.on ?? s.frozen === null;
      next = { ...next, frozen: on ? (s.frozen ?? s.position) : null };
      break;
    }
    case 'clock':
      next = runClock(next, action.op, now);
      break;
    case 'setEnd':
      next = { ...next, endAt: action.at };
      break;
    case 'rehearsal':
      next = action.on ? { ...runClock(next, 'reset', now), rehearsal: true } : { ...next, rehearsal: false };
      if (action.on) next = runClock(next, 'start', now);
      break;
    case 'deckChanged': {
      const position = clampPosition({ slide: action.slide, step: action.sameSlide ? s.position.step : 0 }, deck);
      const frozen = s.frozen ? clampPosition(s.frozen, deck) : null;
      next = { ...next, position, frozen };
      break;
    }
    default:
      return s;
  }
  return { ...next, seq: s.seq + 1 };
}

/** Where the audience view should be: held while frozen, else with the presenter. */
export function audiencePosition(s: PresentationState): Position {
  return s.frozen ?? s.position;
}
