import { clockElapsed, type PresentationState } from './presentation';
import type { Section } from './types';

/** Ahead/behind against a plan: positive `delta` means behind (more time used than planned). */
export interface PaceReading {
  /** Planned milliseconds for this part (whole talk or section). */
  budget: number;
  /** Milliseconds used so far. */
  used: number;
  /** Milliseconds the plan expected to be used by this point; `used - planned` is the delta. */
  planned: number;
  delta: number;
}

/** The pace of the talk at one moment: overall and for the current section, null where no plan exists. */
export interface Pace {
  elapsed: number;
  /** Milliseconds left of the deck's duration, or to the typed end time; null without either. */
  remaining: number | null;
  overall: PaceReading | null;
  section: PaceReading | null;
  /** Index of the section the current slide belongs to. */
  sectionIndex: number;
}

/** Index of the section containing `slide`. */
export function sectionOfSlide(sections: readonly Pick<Section, 'firstSlide' | 'slideCount'>[], slide: number): number {
  const i = sections.findIndex((s) => slide >= s.firstSlide && slide < s.firstSlide + s.slideCount);
  return i < 0 ? Math.max(0, sections.length - 1) : i;
}

/** Running-clock milliseconds spent on each section (includes the live time on the current slide). */
export function sectionTimes(state: PresentationState, ids: readonly string[], sections: readonly Section[], now: number): number[] {
  const live = state.clock.status === 'running' && state.markAt !== null ? Math.max(0, now - state.markAt) : 0;
  return sections.map((sec, i) => {
    let sum = 0;
    for (let k = sec.firstSlide; k < sec.firstSlide + sec.slideCount; k++) sum += state.spent[ids[k] ?? ''] ?? 0;
    return sum + (i === sectionOfSlide(sections, state.position.slide) ? live : 0);
  });
}

/**
 * Pace math. Overall: with per-section budgets, the plan expects the budgets of the finished
 * sections plus the share of the current one that its slides before this one represent; with
 * only a deck duration, time spreads evenly over slides. Section: time spent on the current
 * section against its budget, at the same share. Paused time (Q&A) is on neither side.
 */
export function computePace(state: PresentationState, sections: readonly Section[], ids: readonly string[], deckDuration: number, now: number): Pace {
  const elapsed = clockElapsed(state.clock, now);
  const slide = state.position.slide;
  const sectionIndex = sectionOfSlide(sections, slide);
  const current = sections[sectionIndex];
  const share = current && current.slideCount ? (slide - current.firstSlide) / current.slideCount : 0;
  const budgets = sections.map((s) => s.duration * 1000);
  const budgeted = budgets.some((b) => b > 0);
  const total = budgeted ? budgets.reduce((a, b) => a + b, 0) : deckDuration * 1000;
  let overall: PaceReading | null = null;
  if (budgeted) {
    const planned = budgets.slice(0, sectionIndex).reduce((a, b) => a + b, 0) + (budgets[sectionIndex] ?? 0) * share;
    overall = { budget: total, used: elapsed, planned, delta: elapsed - planned };
  } else if (total > 0 && ids.length) {
    const planned = (total * slide) / ids.length;
    overall = { budget: total, used: elapsed, planned, delta: elapsed - planned };
  }
  let section: PaceReading | null = null;
  const budget = budgets[sectionIndex] ?? 0;
  if (budget > 0) {
    const used = sectionTimes(state, ids, sections, now)[sectionIndex] ?? 0;
    section = { budget, used, planned: budget * share, delta: used - budget * share };
  }
  let remaining: number | null = null;
  if (state.endAt !== null) remaining = state.endAt - now;
  else if (total > 0) remaining = total - elapsed;
  return { elapsed, remaining, overall, section, sectionIndex };
}

/** `m:ss` or `h:mm:ss` for a clock; negative values get a minus sign. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`;
}
