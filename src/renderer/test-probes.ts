/**
 * Marks the presentation pages (audience, console, the HTML export's player) leave on `<html>` for
 * the end-to-end tests and the latency benchmarks; nothing in the product reads them. This module
 * is the only place that writes them, so a page's code shows its behaviour and this file lists
 * everything a test may wait for. Marks that styles depend on (`data-screen` on the projector,
 * `data-loading`, `data-unnumbered`) stay with the code that needs them.
 */

const root = (): DOMStringMap => document.documentElement.dataset;
const now = (): string => String(performance.timeOrigin + performance.now());

/** `data-ready`: the page has drawn its first deck (`true`), or could not load it (`error`). */
export function markReady(state: 'true' | 'error'): void {
  root().ready = state;
}

/** `data-revision`: the deck revision on screen. */
export function markRevision(revision: number): void {
  root().revision = String(revision);
}

/** `data-position`: `slide.step` on screen (deck indices). */
export function markPosition(slide: number, step: number): void {
  root().position = `${slide}.${step}`;
}

/** `data-slide`, `data-step`: the HTML export's position (deck indices). */
export function markSlideStep(slide: number, step: number): void {
  root().slide = String(slide);
  root().step = String(step);
}

/** The audience view's facts about the deck and the slide shown. */
export function markAudience(marks: { slideCount?: number; slideKind?: string; frozen?: boolean }): void {
  if (marks.slideCount !== undefined) root().slideCount = String(marks.slideCount);
  if (marks.slideKind !== undefined) root().slideKind = marks.slideKind;
  if (marks.frozen !== undefined) root().frozen = String(marks.frozen);
}

/** `data-screen` on pages whose styles do not use it (the console). */
export function markScreen(screen: string): void {
  root().screen = screen;
}

/** Times for the latency benchmarks, in ms since the epoch: a key pressed, a state received, a move shown. */
export function markTime(what: 'keyAt' | 'receivedAt' | 'shownAt'): void {
  root()[what] = now();
}
