import type { Browser } from 'playwright-core';
import type { PrintOptions, PrintPlan } from '../core/print-plan';
import { openChromiumBackend } from './chromium-backend';
import { printQuery } from '../core/print-query';
import { PRINT_PAGE } from '../shared/print-contract';
import { batchPagesFor, runExport, type PrintBackend, type RunExportOptions } from './export-run';
import { BROWSER_ENV, INSTALL_HINT } from './find-browser';
import { firstPrintRun } from './print-reuse';

/** One Chromium print of a planned deck through a running browser host (the CLI's and `serve`'s export): a `runExport` job and how to reach the print page. */
export type ChromiumPrintJob = Omit<RunExportOptions, 'backend'> & {
  print: PrintOptions;
  executablePath: string;
  /** The host's address of an app page, with its access key. */
  pageUrl(page: string): string;
  origin: string;
  timeoutMs?: number;
  /** Filled with requests the page tried to make outside the app (all refused). */
  blockedRequests?: string[];
  /** A Chromium already being started (`launchChromium`), so it starts while the deck is read. */
  browser?: Promise<Browser>;
  /** The print page already being opened (`openChromiumBackend`) at this job's first batch, while the deck was read. */
  backend?: Promise<PrintBackend>;
};

/**
 * Prints a plan with a system Chromium on the host's print page, through the one export path
 * (`runExport`: batches, merge, metadata, atomic write, cancel). Browser and print page
 * failures are ExportErrors with a message for the user.
 */
export async function printWithChromium(job: ChromiumPrintJob): Promise<{ pages: number; cutNotes: number[] }> {
  const batchPages = job.batchPages ?? batchPagesFor(job.plan);
  const backend = await (job.backend ?? openPrintPage(job, firstPrintRun(job.deck, job.plan, job.reuse, batchPages), job.plan));
  return runExport({ ...job, backend, batchPages });
}

/** The host's print page in a system Chromium, laying out pages `from`..`to` as it loads, at the page size `size`. */
export function openPrintPage(
  job: Pick<ChromiumPrintJob, 'executablePath' | 'pageUrl' | 'origin' | 'print' | 'timeoutMs' | 'blockedRequests' | 'signal' | 'browser'>,
  [from, to]: [number, number],
  size: Pick<PrintPlan, 'width' | 'height'>,
): Promise<PrintBackend> {
  return openChromiumBackend({
    executablePath: job.executablePath,
    url: `${job.pageUrl(PRINT_PAGE)}&${printQuery(job.print, from, to)}`,
    origin: job.origin,
    plan: size,
    timeoutMs: job.timeoutMs ?? 120_000,
    blockedRequests: job.blockedRequests ?? [],
    signal: job.signal,
    browser: job.browser,
  });
}

/** What to say when no browser to print with was found: how to install one, or that LECTERN_CHROME is wrong. */
export function noBrowserMessage(): string {
  const hint = INSTALL_HINT[process.platform] ?? INSTALL_HINT.linux;
  return process.env[BROWSER_ENV] ? `${BROWSER_ENV}=${process.env[BROWSER_ENV]} is not an executable browser.` : `No Chromium, Chrome or Edge found for PDF export: ${hint}.`;
}
