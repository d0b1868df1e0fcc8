import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import { SLIDE_BOX } from '../../core/print-layout';

/**
 * Starts reveal.js on the page's `.reveal` for the audience view. `numberOf` gives the number the
 * audience sees under a slide, counted over the whole deck (not the mounted window) and without
 * hidden slides.
 */
export async function startReveal(numberOf: (index: number) => { n: number; total: number } | null): Promise<RevealApi> {
  const reveal = new Reveal(document.querySelector<HTMLElement>('.reveal')!, {
    width: SLIDE_BOX.width,
    height: SLIDE_BOX.height,
    margin: 0.04,
    center: false,
    // The host's presentation state is the only source of the position (console and
    // audience must agree), so reveal.js neither reads nor writes the URL and takes no keys.
    hash: false,
    respondToHashChanges: false,
    keyboard: false,
    touch: false,
    slideNumber: (slide: HTMLElement | undefined) => {
      const number = numberOf(Number(slide?.dataset.index));
      // reveal.js prints the total only when it is a number, whatever its type says.
      return number ? ([String(number.n), '/', number.total] as unknown as [string, string, string]) : '';
    },
    showSlideNumber: 'all',
    controls: false,
    progress: false,
    help: false, // our own, localized: help-overlay.ts
    pause: true,
    transition: 'slide',
    transitionSpeed: 'fast',
    // Fragment steps are shown by AudienceStage.showSteps; see there why.
    fragments: false,
    preloadIframes: false,
    postMessage: false,
    postMessageEvents: false,
    viewDistance: 3,
  });
  await reveal.initialize();
  return reveal;
}
