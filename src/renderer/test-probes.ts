/**
 * Marks the presentation pages (audience, console, the HTML export's player) leave on `<html>` for
 * the end-to-end tests and the latency benchmarks; nothing in the product reads them. This module is
 * the only place that writes them, so it lists everything a test may wait for:
 * - `ready`: `true` once the first deck is drawn, `error` when it could not be loaded;
 * - `revision`: the deck revision on screen; `slideCount`: its slides;
 * - `position`: `slide.step` on screen (deck indices); the HTML export's `slide` and `step`;
 * - `slideKind` (title, content, closing…), `frozen`, and the console's `screen`.
 * Marks that styles use (`data-screen` on the projector, `data-loading`, `data-unnumbered`) stay
 * with the code that needs them.
 */
type Mark = 'ready' | 'revision' | 'slideCount' | 'position' | 'slide' | 'step' | 'slideKind' | 'frozen' | 'screen';

export function mark(marks: Partial<Record<Mark, string | number | boolean>>): void {
  for (const [name, value] of Object.entries(marks)) document.documentElement.dataset[name] = String(value);
}

/** Times for the latency benchmarks, in ms since the epoch: a key pressed, a state received, a move shown. */
export function markTime(what: 'keyAt' | 'receivedAt' | 'shownAt'): void {
  document.documentElement.dataset[what] = String(performance.timeOrigin + performance.now());
}
