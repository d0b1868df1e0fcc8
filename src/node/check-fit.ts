import { FIT_MIN_SCALE } from '../core/fit';
import { overflowDiagnostics, planFitCheck } from '../core/fit-check';
import type { Diagnostic } from '../core/types';
import { startBrowserHost } from './browser-host';
import { openChromiumBackend } from './chromium-backend';
import { findBrowser } from './find-browser';

/** Slides laid out per round in the browser (as export's batches). */
const BATCH = 150;

/** What `lectern check` found out about fit; `--json` carries it as `fit`. */
export interface FitReport {
  /** `browser`: every slide laid out by the app's own print view in Chromium; `none`: not checked. */
  method: 'browser' | 'none';
  /** The browser used, when one was. */
  browser?: string;
  /** Why fit was not checked (no browser found, or the browser failed). */
  reason?: string;
  /** Smallest scale content is shrunk to before a slide is reported. */
  limit: number;
  /** 1-based numbers of the slides that do not fit even at `limit`. */
  overflowing: number[];
  /** One warning per overflowing slide, with file and line. */
  diagnostics: Diagnostic[];
}

/**
 * Lays every slide of the deck out in a system Chromium exactly as the projector and the PDF do
 * (the print view with `fit=all`: the same shrink-to-fit code, fonts and images loaded) and
 * reports the slides that do not fit even shrunk to the limit. Without a browser, says so
 * instead of guessing: fit depends on fonts and line breaks only a layout engine knows.
 */
export async function checkFit(options: { deckDir: string; rendererDir: string; browserPath?: string; skip?: boolean }): Promise<FitReport> {
  const limit = FIT_MIN_SCALE;
  if (options.skip) return { method: 'none', reason: 'skipped (--no-fit)', limit, overflowing: [], diagnostics: [] };
  const executablePath = options.browserPath ?? findBrowser();
  if (!executablePath) return { method: 'none', reason: 'no Chromium, Chrome or Edge found (set LECTERN_CHROME or pass --browser)', limit, overflowing: [], diagnostics: [] };
  const host = await startBrowserHost({ deckDir: options.deckDir, rendererDir: options.rendererDir });
  try {
    const { deck } = await host.runtime.session.payload();
    if (!deck.slides.length) return { method: 'browser', browser: executablePath, limit, overflowing: [], diagnostics: [] };
    const plan = planFitCheck(deck);
    const backend = await openChromiumBackend({
      executablePath,
      url: `${host.pageUrl('print.html')}&fit=all&from=0&to=${BATCH}`,
      origin: host.origin,
      plan,
      timeoutMs: 120_000,
      blockedRequests: [],
    });
    const overflow: number[] = [];
    try {
      for (let from = 0; from < plan.pages.length; from += BATCH) {
        const state = await backend.render(from, Math.min(from + BATCH, plan.pages.length));
        overflow.push(...(state.overflow ?? []));
      }
    } finally {
      await backend.close();
    }
    const sorted = [...new Set(overflow)].sort((a, b) => a - b);
    return { method: 'browser', browser: executablePath, limit, overflowing: sorted.map((i) => i + 1), diagnostics: overflowDiagnostics(deck, sorted) };
  } catch (err) {
    return { method: 'none', browser: executablePath, reason: `the browser could not lay the slides out: ${(err as Error).message.split('\n')[0]}`, limit, overflowing: [], diagnostics: [] };
  } finally {
    await host.close();
  }
}
