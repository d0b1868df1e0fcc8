import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from '../src/node/find-browser';
import { serveStatic } from './static-server';

/** Launch options identical to `lectern export`'s. */
export function benchBrowserOptions() {
  const executablePath = findBrowser() ?? undefined;
  return { executablePath, headless: true, args: chromiumArgs() };
}

/**
 * The baseline: print one static, pre-rendered HTML page of the same slides with the same
 * browser and the same PDF options as `lectern export`. Runs in its own process (`--baseline`).
 */
export async function printStaticPage(dir: string, out: string): Promise<void> {
  const server = await serveStatic(dir);
  const browser = await chromium.launch(benchBrowserOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.url);
    await page.evaluate(async () => {
      void document.body.offsetHeight;
      await document.fonts.ready;
    });
    const pdf = await page.pdf({ width: '1280px', height: '720px', printBackground: true, preferCSSPageSize: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
    await writeFile(out, pdf);
  } finally {
    await browser.close();
    await server.close();
  }
}
