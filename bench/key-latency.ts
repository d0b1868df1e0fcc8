import type { Browser } from 'playwright-core';
import type { BrowserHost } from '../src/node/browser-host';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median key-to-audience time and its same-run baseline. */
export interface KeyLatency {
  keyToAudienceMs: number;
  /** One plain request to the same host from the console page: the floor of any synced design. */
  baselineRoundTripMs: number;
  ratio: number;
}

/**
 * Time from a key press in the console to the audience page showing the new slide: the console
 * stamps `data-key-at` when it handles the key, the audience stamps `data-shown-at` after
 * reveal.js moved; both are epoch-based (performance.timeOrigin) in the same browser.
 */
export async function timeKeyToAudience(browser: Browser, host: BrowserHost, presses: number): Promise<KeyLatency> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const audience = await context.newPage();
    const consolePage = await context.newPage();
    await audience.goto(host.url);
    await consolePage.goto(host.pageUrl('console.html'));
    for (const p of [audience, consolePage]) await p.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 120_000 });
    const samples: number[] = [];
    const baselines: number[] = [];
    for (let i = 0; i < presses; i++) {
      const before = await audience.evaluate(() => document.documentElement.dataset.position);
      await consolePage.keyboard.press(i % 2 ? 'PageUp' : 'PageDown');
      await audience.waitForFunction((b) => document.documentElement.dataset.position !== b, before, { polling: 5 });
      const keyAt = Number(await consolePage.evaluate(() => document.documentElement.dataset.keyAt));
      const shownAt = Number(await audience.evaluate(() => document.documentElement.dataset.shownAt));
      const receivedAt = Number(await audience.evaluate(() => document.documentElement.dataset.receivedAt));
      if (process.env.BENCH_DEBUG) console.log(`key->received ${(receivedAt - keyAt).toFixed(1)} received->shown ${(shownAt - receivedAt).toFixed(1)}`);
      samples.push(shownAt - keyAt);
      baselines.push(
        await consolePage.evaluate(async () => {
          const start = performance.now();
          // The same request the views make for the state: one operation through the gate.
          const key = sessionStorage.getItem(`lectern-key-${location.port}`) ?? '';
          await (await fetch('/api/op/loadPresentation', { method: 'POST', cache: 'no-store', headers: { 'Content-Type': 'application/json', 'X-Lectern-Key': key }, body: '{"args":[]}' })).text();
          return performance.now() - start;
        }),
      );
    }
    const keyToAudienceMs = median(samples);
    const baselineRoundTripMs = median(baselines);
    return { keyToAudienceMs: +keyToAudienceMs.toFixed(1), baselineRoundTripMs: +baselineRoundTripMs.toFixed(1), ratio: +(keyToAudienceMs / baselineRoundTripMs).toFixed(2) };
  } finally {
    await context.close();
  }
}
