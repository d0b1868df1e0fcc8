import { setTimeout as delay } from 'node:timers/promises';
import { BrowserWindow, type WebContents } from 'electron';
import type { PrintPlan } from '../core/print-plan';
import type { PrintBackend } from '../node/export-run';
import { PRINT_PAGE, type PrintState } from '../shared/print-contract';
import { pageUrl } from './app-paths';
import type { DeckRegistry } from './deck-registry';
import { hardenContents, hardenedWebPreferences } from './harden';

/** How long the print view may take to lay out a batch and load fonts and images. */
const PRINT_READY_TIMEOUT_MS = 120_000;

/** Tunables, for tests. */
export interface PrintWindowOptions {
  timeoutMs?: number;
  pollMs?: number;
}

/** Reads `<html data-…>` of a page ('' while the page has not set it). */
export async function htmlData(contents: WebContents, name: string): Promise<string> {
  const value: unknown = await contents.executeJavaScript(`document.documentElement.dataset.${name} ?? ''`);
  return typeof value === 'string' ? value : '';
}

/** Polls `check` until it returns a value, or fails with `timeoutMessage` after the deadline. */
export async function waitFor<T>(deadline: number, pollMs: number, timeoutMessage: string, check: () => Promise<T | null>): Promise<T> {
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() >= deadline) throw new Error(timeoutMessage);
    await delay(pollMs);
  }
}

/**
 * Waits for the print page's explicit readiness signal (`<html data-ready>`), as slidev's
 * exporter does, instead of guessing from load events: fonts and images load after `load`.
 */
async function waitForPrintReady(contents: WebContents, timeoutMs: number, pollMs: number): Promise<PrintState> {
  await waitFor(Date.now() + timeoutMs, pollMs, `the print view was not ready after ${Math.round(timeoutMs / 1000)} s`, async () => {
    const ready = await htmlData(contents, 'ready');
    if (ready === 'error') throw new Error((await htmlData(contents, 'error')) || 'the print view could not load the deck');
    return ready === 'true' ? true : null;
  });
  return JSON.parse((await htmlData(contents, 'state')) || '{}') as PrintState;
}

/** Rejects when the renderer dies: executeJavaScript on a dead renderer would never settle. */
function rendererGone(contents: WebContents): Promise<never> {
  return new Promise((_resolve, reject) => {
    contents.once('render-process-gone', (_event, details) => reject(new Error(`the print view crashed (${details.reason})`)));
  });
}

/**
 * The app's printer for the shared export path: a hidden hardened window loads the print view
 * from the deck's origin (options in `query`), and Electron's printToPDF prints each batch.
 * As a view of the deck it keeps the deck open even if the deck's window closes mid-export.
 */
export function openPrintWindowBackend(registry: DeckRegistry, deckKey: string, plan: PrintPlan, query: string, options: PrintWindowOptions = {}): PrintBackend {
  const win = new BrowserWindow({
    show: false,
    width: Math.ceil(plan.width),
    height: Math.ceil(plan.height),
    // A hidden window is otherwise throttled, and the print view waits on requestAnimationFrame.
    webPreferences: { ...hardenedWebPreferences(), backgroundThrottling: false },
  });
  const contents = win.webContents;
  const viewId = contents.id;
  hardenContents(contents);
  registry.attach(deckKey, contents);
  const gone = rendererGone(contents);
  gone.catch(() => undefined);
  const ready = (): Promise<PrintState> => waitForPrintReady(contents, options.timeoutMs ?? PRINT_READY_TIMEOUT_MS, options.pollMs ?? 100);
  let loaded = false;
  return {
    async render(from, to) {
      if (!loaded) {
        loaded = true;
        await Promise.race([win.loadURL(`${pageUrl(deckKey, PRINT_PAGE)}?${query}`), gone]);
      } else {
        await Promise.race([contents.executeJavaScript(`window.lecternPrintPages(${Number(from)}, ${Number(to)}).then(() => true)`), gone]);
      }
      return Promise.race([ready(), gone]);
    },
    print() {
      return Promise.race([
        contents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          pageSize: { width: plan.width / 96, height: plan.height / 96 },
          // Inches since Electron 21; the older `{ marginType: 'none' }` is not in electron.d.ts 45.
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        }),
        gone,
      ]);
    },
    async close() {
      await registry.detach(viewId, deckKey);
      if (!win.isDestroyed()) win.destroy();
    },
  };
}
