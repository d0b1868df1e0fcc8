import type { RevealApi } from 'reveal.js';
import { el } from '../dom';

/**
 * Keeps the audience view's own marks in step with reveal.js's stage: the slide number is sized
 * and placed in slide pixels (`--lx-stage-scale`, present.css), so it is as large on a 4K
 * projector as on the 1280x720 slide, and sits inside the slide's corner, not the window's.
 */
export function setupStageChrome(reveal: RevealApi): void {
  const root = document.documentElement;
  const apply = (scale: number): void => {
    if (Number.isFinite(scale) && scale > 0) root.style.setProperty('--lx-stage-scale', scale.toFixed(4));
  };
  apply(reveal.getScale());
  reveal.on('resize', (event) => apply((event as unknown as { scale: number }).scale));
}

let bar: HTMLElement | null = null;

/** The optional thin progress line (deck.yaml `progress: true`): how far into the deck slide `index` is. */
export function showProgress(on: boolean, index: number, count: number): void {
  if (!on) {
    bar?.remove();
    bar = null;
    return;
  }
  if (!bar) {
    bar = el('div', { id: 'lectern-progress' }, el('span'));
    bar.setAttribute('aria-hidden', 'true');
    document.body.append(bar);
  }
  const share = count > 1 ? index / (count - 1) : 1;
  (bar.firstElementChild as HTMLElement).style.transform = `scaleX(${share})`;
}
