import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Deck } from '../core/types';
import { writeFileAtomic } from './atomic-write';
import { startBrowserHost } from './browser-host';
import { BROWSER_ENV, chromiumArgs, findBrowser, INSTALL_HINT } from './find-browser';
import { finalizePdf } from './pdf-finalize';
import { SLIDE_HEIGHT, SLIDE_PDF_OPTIONS, SLIDE_WIDTH } from './slide-size';

/** Options of one PDF export through a system Chromium. */
export interface ExportOptions {
  deckDir: string;
  output: string;
  rendererDir: string;
  /** Browser executable; found on the system when omitted. */
  browserPath?: string;
  /** Called with human-readable progress lines. */
  onProgress?: (message: string) => void;
  /** Milliseconds to wait for the print page to be ready. */
  timeoutMs?: number;
}

/** What an export produced. */
export interface ExportResult {
  output: string;
  deck: Deck;
  pages: number;
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

/** Exports a deck to PDF: the print page of the app, printed by headless Chromium, then finalized. */
export async function exportPdf(options: ExportOptions): Promise<ExportResult> {
  const say = options.onProgress ?? (() => undefined);
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
  let browser: Browser | null = null;
  try {
    const { deck } = await host.session.payload();
    if (!deck.slides.length) throw new ExportError(`${options.deckDir}: the deck has no slides to export.`);
    say(`Printing ${deck.slides.length} slides with ${executablePath}`);
    // Loaded on demand: playwright-core takes most of a second to import, and only export needs it.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, args: chromiumArgs(), headless: true }).catch((err: Error) => {
      throw new ExportError(`Could not start the browser ${executablePath}: ${err.message.split('\n')[0]}`);
    });
    const context = await browser.newContext({ viewport: { width: SLIDE_WIDTH, height: SLIDE_HEIGHT }, serviceWorkers: 'block', offline: false });
    const blockedRequests: string[] = [];
    // Offline guarantee: anything not served by our own host is refused and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(host.origin) || url.startsWith('data:')) return route.continue();
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(host.pageUrl('print.html'));
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true' || document.documentElement.dataset.ready === 'error', undefined, { timeout: options.timeoutMs ?? 120_000 }).catch(() => {
      throw new ExportError(`The print page did not become ready in time${errors.length ? `: ${errors[0]}` : ''}.`);
    });
    if ((await page.evaluate(() => document.documentElement.dataset.ready)) === 'error') {
      throw new ExportError(`The print page failed: ${await page.evaluate(() => document.documentElement.dataset.error ?? 'unknown error')}`);
    }
    const raw = await page.pdf(SLIDE_PDF_OPTIONS);
    say('Adding outline and metadata');
    const bytes = await finalizePdf(raw, deck);
    await writeFileAtomic(options.output, bytes);
    return { output: path.resolve(options.output), deck, pages: deck.slides.length, blockedRequests };
  } finally {
    await browser?.close().catch(() => undefined);
    await host.close();
  }
}
