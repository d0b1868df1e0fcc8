import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import type { PrintPlan } from '../core/print-plan';
import type { PrintState } from '../shared/print-contract';
import { ExportCancelledError, whenAborted, type PrintBackend } from './export-run';
import { ExportError } from './export-failure';
import { exportTimings } from './export-timings';
import { chromiumArgs } from './find-browser';

// The callbacks given to page.evaluate run in the print page; the Node project has no DOM
// library, so the two globals they touch are typed here.
declare const document: { documentElement: { dataset: Record<string, string | undefined> } };
declare const window: { lecternPrintPages?: (from: number, to: number) => Promise<unknown> };

const requireHere = createRequire(import.meta.url);

/**
 * playwright-core through `require`, on a later turn of the event loop (so the caller's next
 * steps, reading the deck, start first). It is one large CommonJS file: `import()` would also
 * scan all of it for export names (about 0.2 s of CPU), which `require` does not.
 */
function loadPlaywright(): Promise<typeof import('playwright-core')> {
  return new Promise((resolve, reject) =>
    setImmediate(() => {
      try {
        resolve(requireHere('playwright-core') as typeof import('playwright-core'));
      } catch (err) {
        reject(err as Error);
      }
    }),
  );
}

/** A Chromium being started (Playwright's import and the browser's launch), with user-facing failures. */
export function launchChromium(executablePath: string): Promise<Browser> {
  const launching = exportTimings
    // Loaded on demand: playwright-core takes most of a second to import, and only export needs it.
    .span('playwright', loadPlaywright())
    .then(({ chromium }) => exportTimings.span('launch', chromium.launch({ executablePath, args: chromiumArgs(), headless: true })))
    .catch((err: Error) => {
      throw new ExportError(`Could not start the browser ${executablePath}: ${err.message.split('\n')[0]}`);
    });
  launching.catch(() => undefined);
  return launching;
}

/**
 * Opens the print page at `url` in a system Chromium driven by Playwright (started here, or
 * already being started by `launchChromium` while the deck was read); everything not from
 * `origin` is refused.
 */
export async function openChromiumBackend(options: {
  executablePath: string;
  url: string;
  origin: string;
  /** The page size (the plan's, or the layout's when the page opens before the deck is read). */
  plan: Pick<PrintPlan, 'width' | 'height'>;
  timeoutMs: number;
  blockedRequests: string[];
  signal?: AbortSignal;
  browser?: Promise<Browser>;
}): Promise<PrintBackend> {
  const { signal } = options;
  const launching = options.browser ?? launchChromium(options.executablePath);
  // Starting Chromium takes seconds on a busy machine: a cancel meanwhile returns at once and
  // the browser is closed as soon as it is up.
  const aborted = whenAborted(signal);
  aborted.catch(() => undefined);
  const browser: Browser = await Promise.race([launching, aborted]).catch((err: unknown) => {
    if (signal?.aborted) void launching.then((b) => b.close()).catch(() => undefined);
    throw err;
  });
  let page: Page;
  let pageStart = 0;
  const errors: string[] = [];
  // Loading the print page lays out the first batch, seconds on a large deck: a cancel
  // meanwhile closes the browser (in the background), which makes the load fail at once.
  const closeOnAbort = (): void => void browser.close().catch(() => undefined);
  signal?.addEventListener('abort', closeOnAbort, { once: true });
  try {
    if (signal?.aborted) throw new ExportCancelledError();
    const context = await browser.newContext({ viewport: { width: Math.ceil(options.plan.width), height: Math.ceil(options.plan.height) }, serviceWorkers: 'block' });
    // Offline guarantee: anything not served by our own host is refused and recorded. Only
    // those match the route: the app's own requests are let through inside Playwright, without
    // a call into this handler for each script, style sheet and font.
    const foreign = (url: URL): boolean => !url.href.startsWith(options.origin) && url.protocol !== 'data:';
    await context.route(foreign, (route) => {
      options.blockedRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    const navigated = performance.now();
    await exportTimings.span('page', page.goto(options.url));
    pageStart = navigated;
  } catch (err) {
    if (signal?.aborted) throw new ExportCancelledError();
    await browser.close().catch(() => undefined);
    throw err;
  } finally {
    signal?.removeEventListener('abort', closeOnAbort);
  }
  const waitReady = async (): Promise<PrintState> => {
    await page
      .waitForFunction(() => ['true', 'error'].includes(document.documentElement.dataset.ready ?? ''), undefined, { timeout: options.timeoutMs })
      .catch(() => {
        throw new ExportError(`The print page did not become ready in time${errors.length ? `: ${errors[0]}` : ''}.`);
      });
    const { ready, error, state } = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    if (ready === 'error') throw new ExportError(`The print page failed: ${error ?? 'unknown error'}`);
    return JSON.parse(state ?? '{}') as PrintState;
  };
  let first = true;
  return {
    async render(from, to) {
      // The page renders its first batch on load (from the address); later batches on request.
      const state = await exportTimings.span('ready', async () => {
        if (!first) await page.evaluate(([f, t]) => window.lecternPrintPages?.(f, t), [from, to] as const);
        return waitReady();
      });
      if (first && exportTimings.enabled) await recordPageMarks(page, pageStart);
      first = false;
      return state;
    },
    async print() {
      return exportTimings.span(
        'print',
        page.pdf({ width: `${options.plan.width}px`, height: `${options.plan.height}px`, printBackground: true, preferCSSPageSize: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } }),
      );
    },
    async close() {
      await exportTimings.span('close', browser.close());
    },
  };
}

/**
 * The print page's own marks of its first batch (deck loaded, laid out, fonts and images
 * settled) as parts of the readiness phase, placed on this process's clock from `start`,
 * when the navigation began.
 */
async function recordPageMarks(page: Page, start: number): Promise<void> {
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('lectern:'))
        .map((m) => [m.name.slice(8), m.startTime]),
    ),
  );
  const at = (name: string): number | undefined => (marks[name] === undefined ? undefined : start + marks[name]!);
  const parts: [string, string | null, string][] = [
    ['ready: scripts and deck request', null, 'deck'],
    ['ready: layout', 'layout', 'laid-out'],
    ['ready: fonts', 'laid-out', 'fonts'],
    ['ready: slides fit', 'fonts', 'fitted'],
    ['ready: notes fit, images', 'fitted', 'settled'],
  ];
  for (const [name, from, to] of parts) {
    const end = at(to);
    const begin = from ? at(from) : start;
    if (begin !== undefined && end !== undefined) exportTimings.add(name, begin, end);
  }
}
