import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { planPrint, PrintOptionError, type PrintOptions, DEFAULT_PRINT_OPTIONS } from '../core/print-plan';
import type { Deck } from '../core/types';
import { pageSize } from '../core/print-layout';
import { startBrowserHost } from './browser-host';
import { launchChromium } from './chromium-backend';
import { noBrowserMessage, openPrintPage, printWithChromium, type ChromiumPrintJob } from './chromium-print';
import { ExportError } from './export-failure';
import { exportTimings, printExportTimings } from './export-timings';
import { batchPagesFor, batchPagesOfLayout } from './export-run';
import { findBrowser } from './find-browser';
import { warmSlideRenderer } from './guarded-render';

/** Options of one PDF export through a system Chromium (the rest as in `printWithChromium`). */
export type ExportOptions = Pick<ChromiumPrintJob, 'output' | 'onProgress' | 'timeoutMs' | 'batchPages' | 'reuse'> & {
  deckDir: string;
  rendererDir: string;
  /** Layout, paper, notes, range; the `slides` layout of the whole deck when omitted. */
  print?: PrintOptions;
  /** Browser executable; found on the system when omitted. */
  browserPath?: string;
};

/** What an export produced. */
export interface ExportResult {
  output: string;
  deck: Deck;
  pages: number;
  /** Slides (1-based numbers) whose speaker notes had to be cut to fit their box. */
  cutNotes: number[];
  /** Requests the page tried to make outside the app; always refused. Empty in a healthy export. */
  blockedRequests: string[];
}

/** Exports a deck to PDF: the print page of the app, printed by headless Chromium in batches, then finalized. */
export async function exportPdf(options: ExportOptions): Promise<ExportResult> {
  exportTimings.reset();
  const say = options.onProgress ?? (() => undefined);
  const print = options.print ?? DEFAULT_PRINT_OPTIONS;
  const executablePath = options.browserPath ?? findBrowser();
  if (!executablePath) throw new ExportError(noBrowserMessage());
  // Fail before the slow part when the PDF could not be written anyway.
  await access(path.dirname(path.resolve(options.output)), constants.W_OK).catch(() => {
    throw new ExportError(`cannot write ${path.resolve(options.output)}: its folder does not exist or is not writable`);
  });
  // The Markdown worker and Chromium start while the deck is read.
  warmSlideRenderer();
  const browser = launchChromium(executablePath);
  let handedOver = false;
  let host;
  try {
    // Not watched, and nothing interactive starts: the print page asks only for the deck.
    // The host listens at once and reads the deck in the background.
    host = await exportTimings.span('host', startBrowserHost({ deckDir: options.deckDir, rendererDir: options.rendererDir, readInBackground: true }));
  } catch (err) {
    void browser.then((b) => b.close()).catch(() => undefined);
    throw err;
  }
  const blockedRequests: string[] = [];
  // The print page loads (scripts, styles) as soon as Chromium is up, while the deck is still
  // being read; its deck request is answered when the deck is read. Not for a re-export that
  // reuses pages: its first batch depends on which pages changed.
  const first: [number, number] = [0, options.batchPages ?? batchPagesOfLayout(print.layout)];
  const early = { executablePath, pageUrl: host.pageUrl, origin: host.origin, print, timeoutMs: options.timeoutMs, blockedRequests, browser };
  const backend = options.reuse ? undefined : openPrintPage(early, first, pageSize(print.layout, print.paper));
  // A failure is reported where the page is used; if the deck fails first, the browser is closed.
  backend?.catch(() => undefined);
  try {
    const { deck, revision } = await exportTimings.span('host', host.deckRead ?? host.runtime.session.payload());
    if (!deck.slides.length) throw new ExportError(`${options.deckDir}: the deck has no slides to export.`);
    let plan;
    try {
      plan = planPrint(deck, print);
    } catch (err) {
      if (err instanceof PrintOptionError) throw new ExportError(err.message);
      throw err;
    }
    const batchPages = options.batchPages ?? batchPagesFor(plan);
    say({ phase: 'print', pagesDone: 0, pagesTotal: plan.pages.length, slidesDone: 0, slidesTotal: 0, message: `Printing ${plan.pages.length} ${print.layout} pages with ${executablePath}` });
    handedOver = true;
    const result = await printWithChromium({
      browser,
      deck,
      plan,
      print,
      output: options.output,
      executablePath,
      pageUrl: host.pageUrl,
      origin: host.origin,
      onProgress: say,
      batchPages,
      timeoutMs: options.timeoutMs,
      blockedRequests,
      reuse: options.reuse,
      revision,
      backend,
    });
    return { output: path.resolve(options.output), deck, pages: result.pages, cutNotes: result.cutNotes.map((i) => i + 1), blockedRequests };
  } finally {
    // Failed before printing (no slides, bad range): the browser started for nothing goes too.
    if (!handedOver) void browser.then((b) => b.close()).catch(() => undefined);
    await exportTimings.span('close', host.close());
    printExportTimings();
  }
}
