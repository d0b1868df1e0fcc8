/**
 * The print page's protocol, shared by the page (src/renderer/print) and both printers
 * (Chromium through Playwright, Electron's printToPDF). Its address carries the options
 * (src/core/print-query.ts); it signals readiness on `<html>` with `data-ready` ('false', 'true'
 * or 'error'), the laid-out batch as JSON in `data-state` and a message in `data-error`; further
 * batches are laid out by calling `window.lecternPrintPages(from, to)`. Types and constants only.
 */

/** The app page that lays out PDF pages. */
export const PRINT_PAGE = 'print.html';

/** What the print page reports after laying out a batch of pages. */
export interface PrintState {
  /** Pages of the whole plan. */
  pages: number;
  /** The batch laid out: pages `[from, to)` (0-based). */
  rendered: [number, number];
  /** Slides (0-based) whose notes did not fit even at the smallest size and were cut. */
  cutNotes: number[];
  /** Slides (0-based) that do not fit even shrunk to the limit (docs/fitting.md); absent from older print views. */
  overflow?: number[];
  /** Revision of the deck the page laid out: pages are reused only when it printed the deck planned. */
  revision?: number;
}
