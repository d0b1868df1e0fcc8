/**
 * Shrink to fit (see docs/fitting.md): a slide whose content does not fit its 1280x720 box is
 * laid out on a larger canvas (1280/scale x 720/scale) and zoomed down by `scale`, so the text
 * re-wraps as if every size in the theme were smaller. The search below decides the scale from
 * measurements the caller makes in a browser; it is pure so every view (projector, previews,
 * print) and its tests run the same steps.
 */

/** The smallest scale: body text 17 px on the 720-px slide. Below it a room cannot read the slide. */
export const FIT_MIN_SCALE = 0.5;
/** Scales tried, in steps of this size, from 1 down to FIT_MIN_SCALE. */
const FIT_STEP = 0.025;

/** One layout to measure: the content zoomed by `scale`, long lines wrapped or not. */
export interface FitTry {
  scale: number;
  wrap: boolean;
}

/** The decision for one slide. `overflow`: it does not fit even at FIT_MIN_SCALE with wrapping. */
export interface FitOutcome {
  scale: number;
  wrap: boolean;
  overflow: boolean;
}

/** The scales tried, largest first: 1, 0.975, … FIT_MIN_SCALE. @internal */
export const FIT_SCALES: readonly number[] = Array.from({ length: Math.round((1 - FIT_MIN_SCALE) / FIT_STEP) + 1 }, (_, i) => Math.round((1 - i * FIT_STEP) * 1000) / 1000);

/** What a slide that fits as written gets. */
export const FIT_NONE: FitOutcome = { scale: 1, wrap: false, overflow: false };

/**
 * The search for one slide: yields a layout to try, receives whether it fits, returns the
 * decision. Order: as written; else the largest scale that fits with lines kept whole (code
 * shrinks with the text); else, when even the smallest scale leaves a line too wide, the largest
 * scale that fits with long lines wrapped; else the smallest scale, wrapped, marked `overflow`.
 * About 8 layouts at most (binary search over FIT_SCALES, assuming a smaller scale never fits worse).
 */
export function* searchFit(): Generator<FitTry, FitOutcome, boolean> {
  if (yield { scale: 1, wrap: false }) return FIT_NONE;
  const last = FIT_SCALES.length - 1;
  const smallest = FIT_SCALES[last]!;
  let wrap = false;
  if (!(yield { scale: smallest, wrap })) {
    wrap = true;
    if (!(yield { scale: smallest, wrap })) return { scale: smallest, wrap, overflow: true };
  }
  // Invariant: FIT_SCALES[hi] fits, FIT_SCALES[lo] does not (index 0 with wrapping is unknown: try it).
  let lo = 0;
  let hi = last;
  if (wrap) {
    if (yield { scale: 1, wrap }) return { scale: 1, wrap, overflow: false };
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (yield { scale: FIT_SCALES[mid]!, wrap }) hi = mid;
    else lo = mid;
  }
  return { scale: FIT_SCALES[hi]!, wrap, overflow: false };
}
