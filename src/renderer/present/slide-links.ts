import type { LecternHost, PresentationState } from '../../shared/contract';

/**
 * A link inside a slide to `#/3` (reveal.js style, 0-based; `#` is the first slide) asks the host
 * for that slide of the deck. reveal.js would resolve it against the mounted window only.
 */
export function followSlideLinks(slidesEl: HTMLElement, host: LecternHost, presentation: () => PresentationState | null): void {
  slidesEl.addEventListener(
    'click',
    (event) => {
      const state = presentation();
      // In the overview a click picks that slide. reveal.js listens only on the sections mounted
      // when the overview opened; ours covers the ones mounted since, by deck index.
      const section = state?.overview ? (event.target as Element | null)?.closest?.<HTMLElement>('.slides > section') : null;
      if (section?.dataset.index !== undefined) {
        event.preventDefault();
        event.stopPropagation();
        void host.dispatch({ type: 'goto', slide: Number(section.dataset.index) }).then(() => host.dispatch({ type: 'overview', on: false }));
        return;
      }
      const anchor = (event.target as Element | null)?.closest?.('a[href^="#"]');
      const m = anchor ? /^#\/?(\d*)(?:\/\d+)*$/.exec(anchor.getAttribute('href') ?? '') : null;
      if (!m) return;
      event.preventDefault();
      event.stopPropagation();
      if (state && !state.frozen) void host.dispatch({ type: 'goto', slide: Number(m[1] || 0) });
    },
    true,
  );
}

/** `#/3` or `#/3/1` (reveal.js style, 0-based slide and step), or null for any other hash. */
export function slideOfHash(hash: string): { slide: number; step: number } | null {
  const m = /^#\/(\d+)(?:\/(\d+))?$/.exec(hash);
  return m ? { slide: Number(m[1]), step: Number(m[2] ?? 0) } : null;
}

/**
 * An address ending in `#/3` (reveal.js style, 0-based) asks for that slide once, on opening;
 * the hash is removed at once so a later reload does not jump back there. The jump waits until
 * the position is known and the whole deck is in (not clamped to a large deck's first part).
 */
export function linkedSlide(host: LecternHost): { presentationArrived(): void; deckShown(whole: boolean): void } {
  const linked = slideOfHash(location.hash);
  if (linked) history.replaceState(null, '', location.pathname + location.search);
  let slide = linked?.slide ?? null;
  let presentationKnown = false;
  let shownWhole = false;
  const jump = (): void => {
    if (slide === null || !presentationKnown || !shownWhole) return;
    const goto = slide;
    slide = null;
    void host.dispatch({ type: 'goto', slide: goto });
  };
  return {
    /** The host's presentation state has arrived. */
    presentationArrived() {
      presentationKnown = true;
      jump();
    },
    /** A deck was shown; `whole` is false for a large deck's first part. */
    deckShown(whole) {
      shownWhole = whole;
      jump();
    },
  };
}
