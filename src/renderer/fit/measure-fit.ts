import { FIT_NONE, searchFit, type FitOutcome, type FitTry } from '../../core/fit';
import { SLIDE_BOX } from '../../core/print-layout';

/** Class that wraps long lines (code included) of a slide that cannot fit with them whole. */
const WRAP_CLASS = 'lectern-fit-wrap';

/**
 * Lays a `.lectern-slide` out as the fit `attempt` says: a canvas of 1280/scale x 720/scale CSS
 * px zoomed by `scale` (CSS zoom changes the layout, so text re-wraps on the wider canvas and the
 * slide keeps its 1280x720 size on screen). `height: 'auto'` lets the content take its natural
 * height, for measuring. Through the CSSOM: the CSP forbids style attributes in markup.
 */
export function setFitLayout(slide: HTMLElement, attempt: FitTry, height: 'auto' | 'fixed' = 'fixed'): void {
  const { scale, wrap } = attempt;
  slide.classList.toggle(WRAP_CLASS, wrap);
  if (scale === 1 && height === 'fixed') {
    slide.style.removeProperty('zoom');
    slide.style.removeProperty('width');
    slide.style.removeProperty('height');
    return;
  }
  slide.style.zoom = String(scale);
  slide.style.width = `${SLIDE_BOX.width / scale}px`;
  slide.style.height = height === 'auto' ? 'auto' : `${SLIDE_BOX.height / scale}px`;
}

/** Shows a fit decision on a rendered slide: its layout, and `data-fit` / `data-fit-overflow` for tools and tests. */
export function applyFit(slide: HTMLElement, outcome: FitOutcome): void {
  setFitLayout(slide, outcome);
  if (outcome.scale === 1 && !outcome.wrap) delete slide.dataset.fit;
  else slide.dataset.fit = String(outcome.scale);
  slide.toggleAttribute('data-fit-overflow', outcome.overflow);
}

/**
 * True when some box inside the slide has content wider than itself: a code line cut by its
 * `overflow: hidden`, a long word running into the next column or off the slide. Client and
 * scroll sizes are in each element's own CSS px, so zoom does not disturb the comparison.
 * KaTeX's inner boxes overhang by design and are skipped.
 */
function tooWide(slide: HTMLElement): boolean {
  if (slide.scrollWidth > slide.clientWidth + 1) return true;
  for (const el of Array.from(slide.querySelectorAll<HTMLElement>('*'))) {
    const width = el.clientWidth;
    if (width > 0 && el.scrollWidth > width + 1 && !el.closest('.katex')) return true;
  }
  return false;
}

/** Whether a slide laid out as `attempt` with its natural height (setFitLayout 'auto') fits the 1280x720 box. */
function fitsAs(slide: HTMLElement, attempt: FitTry): boolean {
  // Heights here are in the slide's own (unzoomed) px: its box is 720/scale of them.
  if (slide.scrollHeight > SLIDE_BOX.height / attempt.scale + 1) return false;
  return !tooWide(slide);
}

/**
 * Decides the fit of laid-out `.lectern-slide` elements, all searches advancing together: each
 * round writes every slide's next attempt, then reads every slide, so N slides cost as many
 * layouts as the slowest single search (about 8), not N times that. The slides must be in the
 * document, displayed and not inside a zoomed or scaled box (the measuring stage, see fit-slides.ts).
 */
export function measureFits(slides: HTMLElement[]): FitOutcome[] {
  const outcomes: FitOutcome[] = slides.map(() => FIT_NONE);
  const searches = slides.map(() => searchFit());
  let pending = searches.map((search, i) => ({ i, step: search.next() }));
  while (pending.length) {
    const active = pending.filter((p) => !p.step.done);
    for (const p of pending) if (p.step.done) outcomes[p.i] = p.step.value;
    // Write every attempt first, then read: one layout per round for the whole batch.
    for (const p of active) setFitLayout(slides[p.i]!, p.step.value as FitTry, 'auto');
    const results = active.map((p) => fitsAs(slides[p.i]!, p.step.value as FitTry));
    pending = active.map((p, k) => ({ i: p.i, step: searches[p.i]!.next(results[k]!) }));
  }
  return outcomes;
}
