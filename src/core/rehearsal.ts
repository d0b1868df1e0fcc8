import { sectionTimes } from './pacing';
import { clockElapsed, type PresentationState } from './presentation';
import type { Deck } from './types';

/** One rehearsal run as saved in `.lectern/rehearsals/<timestamp>.json`. */
export interface RehearsalRecord {
  version: 1;
  deckTitle: string;
  /** ISO time the run ended. */
  endedAt: string;
  /** Total running-clock milliseconds (pauses excluded). */
  total: number;
  sections: { file: string; title: string; planned: number; actual: number }[];
  slides: { id: string; file: string; title: string; actual: number }[];
}

/** The record of a run that ends now, from the state's per-slide times. */
export function makeRehearsalRecord(deck: Deck, state: PresentationState, now: number): RehearsalRecord {
  const ids = deck.slides.map((s) => s.id);
  const perSection = sectionTimes(state, ids, deck.sections, now);
  const live = state.clock.status === 'running' && state.markAt !== null ? Math.max(0, now - state.markAt) : 0;
  return {
    version: 1,
    deckTitle: deck.config.title,
    endedAt: new Date(now).toISOString(),
    total: clockElapsed(state.clock, now),
    sections: deck.sections.map((s, i) => ({ file: s.file, title: s.title, planned: s.duration * 1000, actual: Math.round(perSection[i] ?? 0) })),
    slides: deck.slides.map((s, i) => ({ id: s.id, file: s.file, title: s.title, actual: Math.round((state.spent[s.id] ?? 0) + (i === state.position.slide ? live : 0)) })),
  };
}

/** A saved record read back (untrusted JSON): per-section times by file, or null if unusable. */
export function sectionTimesOfRecord(input: unknown): Record<string, number> | null {
  if (!input || typeof input !== 'object') return null;
  const sections = (input as { sections?: unknown }).sections;
  if (!Array.isArray(sections)) return null;
  const out: Record<string, number> = {};
  for (const s of sections as unknown[]) {
    const { file, actual } = (s ?? {}) as { file?: unknown; actual?: unknown };
    if (typeof file === 'string' && typeof actual === 'number' && Number.isFinite(actual) && actual >= 0) out[file] = actual;
  }
  return out;
}
