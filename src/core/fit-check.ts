import { diagnostic } from './diagnostic-text';
import { FIT_MIN_SCALE } from './fit';
import { SLIDE_BOX } from './print-layout';
import type { PrintPlan } from './print-plan';
import type { Deck, Diagnostic } from './types';

/** Diagnostic code of a slide whose content does not fit even shrunk to FIT_MIN_SCALE. */
export const OVERFLOW_CODE = 'slide-overflow';

/**
 * The print view's plan for measuring fit (`print.html?fit=all`): every slide once, hidden ones
 * included (a presenter can still jump to them), fragments in their final state, one slide-size
 * page each. `lectern check` lays it out in Chromium and reads back the overflowing slides.
 */
export function planFitCheck(deck: Deck): PrintPlan {
  return {
    layout: 'slides',
    paper: 'a4',
    ...SLIDE_BOX,
    pages: deck.slides.map((_slide, i) => ({ number: i + 1, items: [{ slide: i, step: null, frame: { x: 0, y: 0, ...SLIDE_BOX }, aside: null, asideKind: null }] })),
    header: null,
  };
}

/** Warnings, with file and line, for the slides (0-based indices) that overflow. */
export function overflowDiagnostics(deck: Deck, overflow: readonly number[]): Diagnostic[] {
  return overflow.flatMap((i) => {
    const slide = deck.slides[i];
    return slide
      ? [diagnostic({ severity: 'warning', code: OVERFLOW_CODE, file: slide.file, line: slide.line, params: { reason: 'deck', slide: i + 1, scale: Math.round(FIT_MIN_SCALE * 100) } })]
      : [];
  });
}
