import { parseSlideRange, type RangeProblem } from './print-range';
import type { Deck } from './types';

/**
 * Why an export cannot run or did not finish, as a code with parameters: the Export dialog
 * words it in the UI language (src/renderer/export/strings.ts); the CLI keeps its own sentence.
 */
export type ExportProblem =
  | RangeProblem
  | { code: 'range-all-hidden' }
  | { code: 'no-slides' }
  | { code: 'busy' }
  | { code: 'no-browser' }
  | { code: 'folder-not-writable'; file: string }
  | { code: 'disk-full'; folder: string }
  | { code: 'other'; detail: string };

/** The problem with the deck and slide range the CLI's planner would refuse, or null when they are fine. */
export function rangeProblem(deck: Deck, range: string): ExportProblem | null {
  if (!deck.slides.length) return { code: 'no-slides' };
  const parsed = range.trim() ? parseSlideRange(range, deck.slides.length) : { ok: true as const, slides: deck.slides.map((_s, i) => i) };
  if (!parsed.ok) return parsed.problem;
  return parsed.slides.every((i) => deck.slides[i]!.hidden) ? { code: 'range-all-hidden' } : null;
}
