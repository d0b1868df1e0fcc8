import { SLIDE_BOX } from '../core/print-layout';
import type { Slide } from '../core/types';
import { renderSlideInto } from './slide-dom';
import { createSlideFrame } from './slide-frame';

/**
 * Draws the slide of each tile of a grid (the audience overview, the console's jump grid) when the
 * tile scrolls into view, so a 500-slide deck's grid opens at once. A tile carries its deck index in
 * `data-index` and holds an element matching `frameSelector`; the slide is drawn there with every
 * fragment step shown, scaled to `width(frame)` CSS px.
 */
export function drawTilesWhenVisible(
  root: HTMLElement,
  slides: readonly Slide[],
  versions: Record<string, number>,
  frameSelector: string,
  width: (frame: HTMLElement) => number,
): IntersectionObserver {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const tile = entry.target as HTMLElement;
        const frame = tile.querySelector<HTMLElement>(frameSelector);
        const slide = slides[Number(tile.dataset.index)];
        if (slide && frame && !frame.shadowRoot) {
          const stage = createSlideFrame(frame);
          frame.dataset.allSteps = '';
          stage.style.transform = `scale(${width(frame) / SLIDE_BOX.width})`;
          renderSlideInto(stage, slide, versions);
        }
        observer.unobserve(tile);
      }
    },
    { root },
  );
  return observer;
}
