import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { app, BrowserWindow, dialog, shell, type WebContents } from 'electron';
import { writeFileAtomic } from '../node/atomic-write';
import { finalizePdf } from '../node/pdf-finalize';
import { SLIDE_HEIGHT, SLIDE_HEIGHT_IN, SLIDE_WIDTH, SLIDE_WIDTH_IN } from '../node/slide-size';
import { pageUrl } from './app-paths';
import type { DeckRegistry } from './deck-registry';
import { hardenContents, hardenedWebPreferences } from './harden';
import { t } from './i18n';
import { deckKeyOfWindow } from './windows';

/** How long the print view may take to lay out and load fonts and images. */
export const PRINT_READY_TIMEOUT_MS = 120_000;

/** Tunables, for tests. */
export interface ExportOptions {
  timeoutMs?: number;
  pollMs?: number;
}

/**
 * Waits for the print page's explicit readiness signal (`<html data-ready>`), as slidev's
 * exporter does, instead of guessing from load events: fonts and images load after `load`.
 */
async function waitForPrintReady(contents: WebContents, timeoutMs: number, pollMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state: unknown = await contents.executeJavaScript('document.documentElement.dataset.ready ?? null');
    if (state === 'true') return;
    if (state === 'error') {
      const message: unknown = await contents.executeJavaScript('document.documentElement.dataset.error ?? ""');
      throw new Error(typeof message === 'string' && message ? message : 'the print view could not load the deck');
    }
    if (Date.now() >= deadline) throw new Error(`the print view was not ready after ${Math.round(timeoutMs / 1000)} s`);
    await delay(pollMs);
  }
}

/** Rejects when the renderer dies: executeJavaScript on a dead renderer would never settle. */
function rendererGone(contents: WebContents): Promise<never> {
  return new Promise((_resolve, reject) => {
    contents.once('render-process-gone', (_event, details) => reject(new Error(`the print view crashed (${details.reason})`)));
  });
}

/**
 * Prints the open deck `deckKey` to `output`: a hidden hardened window loads the print view
 * from the deck's origin, Chromium prints one 16:9 page per slide, pdf-lib adds metadata and
 * bookmarks, and the file is written atomically. The window is always destroyed.
 */
export async function exportDeckToPdf(registry: DeckRegistry, deckKey: string, output: string, options: ExportOptions = {}): Promise<void> {
  const entry = registry.get(deckKey);
  if (!entry) throw new Error('the deck is no longer open');
  const win = new BrowserWindow({
    show: false,
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    // A hidden window is otherwise throttled, and the print view waits on requestAnimationFrame.
    webPreferences: { ...hardenedWebPreferences(), backgroundThrottling: false },
  });
  const contents = win.webContents;
  const viewId = contents.id;
  hardenContents(contents);
  // As a view of the deck it keeps the deck open even if its window closes mid-export.
  registry.attach(deckKey, contents);
  try {
    const gone = rendererGone(contents);
    gone.catch(() => undefined);
    await Promise.race([win.loadURL(pageUrl(deckKey, 'print.html')), gone]);
    await Promise.race([waitForPrintReady(contents, options.timeoutMs ?? PRINT_READY_TIMEOUT_MS, options.pollMs ?? 100), gone]);
    const printed = await Promise.race([
      contents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        pageSize: { width: SLIDE_WIDTH_IN, height: SLIDE_HEIGHT_IN },
        // Inches since Electron 21; the older `{ marginType: 'none' }` is not in electron.d.ts 45.
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      }),
      gone,
    ]);
    // The deck as the print view saw it: the latest revision once the page is ready.
    const { deck } = await entry.session.payload();
    await writeFileAtomic(output, await finalizePdf(printed, deck));
  } finally {
    await registry.detach(viewId, deckKey);
    if (!win.isDestroyed()) win.destroy();
  }
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
