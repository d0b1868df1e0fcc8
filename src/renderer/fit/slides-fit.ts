import type { Slide } from '../../core/types';
import { renderSlideInto, slideRenderKey } from '../slide-dom';
import { fitOf, knownFit } from './fit-slides';

/** Slides rendered and measured per step; the page stays responsive between steps. */
const CHUNK = 40;

/**
 * Measures slides that are not on screen (the whole deck for the console, every slide of the
 * edited file for the editor) with the views' own fitting, and resolves with the indices of
 * those that do not fit even at the smallest scale. Content measured before (by a preview, the
 * projector's window or an earlier call) is not measured again. `stale()` stops a run that a
 * newer deck or buffer has replaced; it then resolves with null.
 */
export async function findOverflowing(slides: readonly Slide[], versions: Record<string, number>, stale: () => boolean = () => false): Promise<number[] | null> {
  const overflowing: number[] = [];
  for (let from = 0; from < slides.length; from += CHUNK) {
    if (stale()) return null;
    const outcomes = await Promise.all(
      slides.slice(from, from + CHUNK).map((slide) => {
        // Measured before (typing re-checks a whole file): no need to render it again.
        const known = knownFit(slideRenderKey(slide, versions));
        if (known || slide.tooComplex) return known;
        const holder = document.createElement('div');
        renderSlideInto(holder, slide, versions);
        return fitOf(holder.firstElementChild as HTMLElement);
      }),
    );
    outcomes.forEach((outcome, k) => {
      if (outcome?.overflow) overflowing.push(from + k);
    });
    if (from + CHUNK < slides.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return stale() ? null : overflowing;
}
