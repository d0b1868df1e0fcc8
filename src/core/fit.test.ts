import { describe, expect, it } from 'vitest';
import { FIT_MIN_SCALE, FIT_SCALES, searchFit, type FitOutcome, type FitTry } from './fit';

/** A slide needing `height` px of height at scale 1 (shrinks with the scale) and `width` px for its longest line. */
function content(height: number, width = 0, wrappedHeight = height) {
  const tries: FitTry[] = [];
  const fits = (t: FitTry): boolean => {
    tries.push(t);
    const h = t.wrap ? wrappedHeight : height;
    return h * t.scale <= 720 && (t.wrap || width * t.scale <= 1280);
  };
  return { fits, tries };
}

/** Runs the search against a synchronous measurement, as the views run it against the browser's. */
function decideFit(fits: (attempt: FitTry) => boolean): FitOutcome {
  const search = searchFit();
  let step = search.next();
  while (!step.done) step = search.next(fits(step.value));
  return step.value;
}

describe('searchFit', () => {
  it('leaves a slide that fits as written alone, after one layout', () => {
    const c = content(700);
    expect(decideFit(c.fits)).toEqual({ scale: 1, wrap: false, overflow: false });
    expect(c.tries).toHaveLength(1);
  });

  it('finds the largest scale of the list that fits', () => {
    const c = content(1000);
    const out = decideFit(c.fits);
    expect(out.overflow).toBe(false);
    expect(out.wrap).toBe(false);
    expect(1000 * out.scale).toBeLessThanOrEqual(720);
    const bigger = FIT_SCALES[FIT_SCALES.indexOf(out.scale) - 1]!;
    expect(1000 * bigger).toBeGreaterThan(720);
    expect(c.tries.length).toBeLessThanOrEqual(8);
  });

  it('shrinks for a code line too wide for the slide rather than wrapping it', () => {
    expect(decideFit(content(300, 1700).fits)).toEqual({ scale: 0.75, wrap: false, overflow: false });
  });

  it('wraps a line too wide even at the limit, keeping the text as large as the height allows', () => {
    const out = decideFit(content(300, 5000, 400).fits);
    expect(out).toEqual({ scale: 1, wrap: true, overflow: false });
    expect(decideFit(content(900, 5000, 1000).fits)).toEqual({ scale: 0.7, wrap: true, overflow: false });
  });

  it('reports a slide that does not fit at the limit, shown at the limit with lines wrapped', () => {
    expect(decideFit(content(200 * 60).fits)).toEqual({ scale: FIT_MIN_SCALE, wrap: true, overflow: true });
  });

  it('tries scales from 1 down to the limit', () => {
    expect(FIT_SCALES[0]).toBe(1);
    expect(FIT_SCALES[FIT_SCALES.length - 1]).toBe(FIT_MIN_SCALE);
  });
});
