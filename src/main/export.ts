import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { DEFAULT_PRINT_OPTIONS, planPrint, type PrintOptions } from '../core/print-plan';
import { DEFAULT_BATCH_PAGES, printQuery, runExport, type ExportProgress } from '../node/export-run';
import type { DeckRegistry } from './deck-registry';
import { t } from './i18n';
import { openPrintWindowBackend, type PrintWindowOptions } from './print-window-backend';
import { deckKeyOfWindow } from './windows';

/** Options of an export from the app: what to print, cancel, progress, and test tunables. */
export interface ExportOptions extends PrintWindowOptions {
  print?: PrintOptions;
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
  const { deck } = await entry.session.payload();
  const print = options.print ?? DEFAULT_PRINT_OPTIONS;
  const plan = planPrint(deck, print);
  const backend = openPrintWindowBackend(registry, deckKey, plan, printQuery(print, DEFAULT_BATCH_PAGES), options);
  return runExport({ deck, plan, output, backend, signal: options.signal, onProgress: options.onProgress, batchPages: DEFAULT_BATCH_PAGES });
}

/** A file name from a deck title: no path separators or characters Windows refuses. */
export function pdfFileName(title: string): string {
  // Leading dots would hide the file; trailing dots and spaces are dropped by Windows.
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  return `${safe.slice(0, 120) || 'slides'}.pdf`;
}

/** Menu action: asks where to save the deck of `win`, exports it, then shows the file or the error. */
export async function promptAndExportPdf(registry: DeckRegistry, win: BrowserWindow | null): Promise<void> {
  const s = t();
  const key = win ? deckKeyOfWindow(registry, win) : undefined;
  const entry = key ? registry.get(key) : undefined;
  if (!win || !key || !entry) {
    dialog.showErrorBox(s.exportFailed, s.noDeckToExport);
    return;
  }
  const { deck } = await entry.session.payload();
  const choice = await dialog.showSaveDialog(win, {
    defaultPath: path.join(app.getPath('documents'), pdfFileName(deck.config.title)),
    filters: [{ name: s.pdfFilter, extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return;
  // GTK's dialog does not append the filter's extension.
  const output = /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;
  try {
    await exportDeckToPdf(registry, key, output);
    shell.showItemInFolder(output);
  } catch (err) {
    await dialog.showMessageBox(win, { type: 'error', message: s.exportFailed, detail: (err as Error).message, buttons: ['OK'] });
  }
}
