import { DEFAULT_PRINT_OPTIONS, planPrint, type PrintOptions } from '../core/print-plan';
import type { Printer } from '../node/export-controller';
import { printQuery } from '../core/print-query';
import { batchPagesFor, runExport, type ExportProgress } from '../node/export-run';
import { firstPrintRun, PrintReuse } from '../node/print-reuse';
import type { DeckRegistry } from './deck-registry';
import { openPrintWindowBackend, type PrintWindowOptions } from './print-window-backend';

/**
 * The app's printer: the same export path as the CLI (`runExport`: batches, pdf-lib merge,
 * metadata, outline, atomic write, cancel) with Electron's printToPDF on a hidden print window
 * of deck `deckKey`. The print window is always destroyed.
 */
export function electronPrinter(registry: DeckRegistry, deckKey: string, windowOptions: PrintWindowOptions = {}): Printer {
  return (job) => {
    if (!registry.get(deckKey)) return Promise.reject(new Error('the deck is no longer open'));
    // The same batches as the CLI; the print window lays out the first run really printed.
    const batchPages = batchPagesFor(job.plan);
    const backend = openPrintWindowBackend(registry, deckKey, job.plan, printQuery(job.print, ...firstPrintRun(job.deck, job.plan, job.reuse, batchPages)), windowOptions);
    return runExport({ deck: job.deck, plan: job.plan, output: job.output, backend, signal: job.signal, onProgress: job.onProgress, batchPages, reuse: job.reuse, revision: job.revision });
  };
}

/** Options of a direct export from the app (smoke mode and tests). */
export interface ExportOptions extends PrintWindowOptions {
  print?: PrintOptions;
  reuse?: PrintReuse;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
}

/** Prints open deck `deckKey` to `output` with the app's printer, outside the Export dialog. */
export async function exportDeckToPdf(registry: DeckRegistry, deckKey: string, output: string, options: ExportOptions = {}): Promise<{ pages: number; cutNotes: number[] }> {
  const entry = registry.get(deckKey);
  if (!entry) throw new Error('the deck is no longer open');
  const { deck, revision } = await entry.runtime.session.payload();
  const print = options.print ?? DEFAULT_PRINT_OPTIONS;
  const plan = planPrint(deck, print);
  const printer = electronPrinter(registry, deckKey, options);
  return printer({
    deck,
    plan,
    print,
    output,
    signal: options.signal ?? new AbortController().signal,
    onProgress: options.onProgress ?? (() => undefined),
    reuse: options.reuse ?? new PrintReuse(),
    revision,
  });
}
