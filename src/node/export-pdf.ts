import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { planPrint, PrintOptionError, type PrintOptions, DEFAULT_PRINT_OPTIONS } from '../core/print-plan';
import type { Deck } from '../core/types';
import { startBrowserHost } from './browser-host';
import { openChromiumBackend, PrintPageError } from './chromium-backend';
import { DEFAULT_BATCH_PAGES, printQuery, runExport, type ExportProgress } from './export-run';
import { BROWSER_ENV, findBrowser, INSTALL_HINT } from './find-browser';

/** Options of one PDF export through a system Chromium. */
export interface ExportOptions {
  deckDir: string;
  output: string;
  rendererDir: string;
  /** Layout, paper, notes, range; the `slides` layout of the whole deck when omitted. */
  print?: PrintOptions;
  /** Browser executable; found on the system when omitted. */
  browserPath?: string;
  /** Called as pages are printed, merged and written. */
  onProgress?: (progress: ExportProgress) => void;
  /** Cancels the export: the browser is closed and nothing is written. */
  signal?: AbortSignal;
  /** Milliseconds to wait for each batch of the print page to be ready. */
  timeoutMs?: number;
  /** Pages printed per browser print call. */
  batchPages?: number;
}

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

/** An export failure with a message meant for the user (no stack trace needed). */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

/** Exports a deck to PDF: the print page of the app, printed by headless Chromium in batches, then finalized. */
export async function exportPdf(options: ExportOptions): Promise<ExportResult> {
  const say = options.onProgress ?? (() => undefined);
  const print = options.print ?? DEFAULT_PRINT_OPTIONS;
  const executablePath = options.browserPath ?? findBrowser();
  if (!executablePath) {
    const hint = INSTALL_HINT[process.platform] ?? INSTALL_HINT.linux;
    throw new ExportError(process.env[BROWSER_ENV] ? `${BROWSER_ENV}=${process.env[BROWSER_ENV]} is not an executable browser.` : `No Chromium, Chrome or Edge found for PDF export: ${hint}.`);
  }
  // Fail before the slow part when the PDF could not be written anyway.
  await access(path.dirname(path.resolve(options.output)), constants.W_OK).catch(() => {
    throw new ExportError(`cannot write ${path.resolve(options.output)}: its folder does not exist or is not writable`);
  });
  const host = await startBrowserHost({ deckDir: options.deckDir, rendererDir: options.rendererDir });
  try {
    const { deck } = await host.session.payload();
    if (!deck.slides.length) throw new ExportError(`${options.deckDir}: the deck has no slides to export.`);
    let plan;
    try {
      plan = planPrint(deck, print);
    } catch (err) {
      if (err instanceof PrintOptionError) throw new ExportError(err.message);
      throw err;
    }
    const batchPages = options.batchPages ?? DEFAULT_BATCH_PAGES;
    say({ phase: 'print', pagesDone: 0, pagesTotal: plan.pages.length, slidesDone: 0, slidesTotal: 0, message: `Printing ${plan.pages.length} ${print.layout} pages with ${executablePath}` });
    const blockedRequests: string[] = [];
    const backend = await openChromiumBackend({
      executablePath,
      url: `${host.pageUrl('print.html')}&${printQuery(print, batchPages)}`,
      origin: host.origin,
      plan,
      timeoutMs: options.timeoutMs ?? 120_000,
      blockedRequests,
    }).catch((err: unknown) => {
      throw err instanceof PrintPageError ? new ExportError(err.message) : err;
    });
    const result = await runExport({ deck, plan, output: options.output, backend, signal: options.signal, onProgress: say, batchPages }).catch((err: unknown) => {
      throw err instanceof PrintPageError ? new ExportError(err.message) : err;
    });
    return { output: path.resolve(options.output), deck, pages: result.pages, cutNotes: result.cutNotes.map((i) => i + 1), blockedRequests };
  } finally {
    await host.close();
  }
}
