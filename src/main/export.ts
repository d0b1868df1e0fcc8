import { DEFAULT_PRINT_OPTIONS, planPrint, type PrintOptions } from '../core/print-plan';
import { DEFAULT_BATCH_PAGES, printQuery, runExport, type ExportProgress } from '../node/export-run';
import type { DeckSession } from '../node/deck-session';
import { PrintReuse } from '../node/print-reuse';
import type { DeckRegistry } from './deck-registry';

/** Each open deck's earlier export pages: re-exporting after an edit prints only what changed. */
const reuseByDeck = new WeakMap<DeckSession, PrintReuse>();
import { openPrintWindowBackend, type PrintWindowOptions } from './print-window-backend';

/** Options of an export from the app: what to print, cancel, progress, and test tunables. */
export interface ExportOptions extends PrintWindowOptions {
  print?: PrintOptions;
  /** Pages of earlier exports to reuse; by default the deck's own (kept while it is open). */
  reuse?: PrintReuse;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
}

/**
 * Prints the open deck `deckKey` to `output` through the same export path as the CLI
 * (`runExport`: batches, pdf-lib merge, metadata, outline, atomic write, cancel), with Electron's
 * printToPDF as the printer. The print window is always destroyed.
 */
export async function exportDeckToPdf(registry: DeckRegistry, deckKey: string, output: string, options: ExportOptions = {}): Promise<{ pages: number; cutNotes: number[] }> {
  const entry = registry.get(deckKey);
  if (!entry) throw new Error('the deck is no longer open');
  const { deck, revision } = await entry.session.payload();
  const print = options.print ?? DEFAULT_PRINT_OPTIONS;
  const plan = planPrint(deck, print);
  const backend = openPrintWindowBackend(registry, deckKey, plan, printQuery(print, DEFAULT_BATCH_PAGES), options);
  let reuse = options.reuse ?? reuseByDeck.get(entry.session);
  if (!reuse) reuseByDeck.set(entry.session, (reuse = new PrintReuse()));
  return runExport({ deck, plan, output, backend, signal: options.signal, onProgress: options.onProgress, batchPages: DEFAULT_BATCH_PAGES, reuse, revision });
}
