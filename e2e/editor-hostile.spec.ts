import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startBrowserHost } from '../src/node/browser-host';
import { RENDERER_DIR } from './support/decks';

/**
 * Pathological Markdown opened in the editor: the tab must stay responsive (the audience view
 * already shows "too complex"; the editor used to freeze for 16-33 s or for good). The page's
 * main thread is sampled while the file opens and previews. Opening a 100 KB one-line file costs
 * Chromium about a second of layout here; a freeze was 16 s to forever (126 s measured for the list).
 */
test.describe.configure({ timeout: 180_000 });

const HOSTILE: Record<string, string> = {
  '02-lists.md': `# Lists\n\n${'- '.repeat(50_000)}deep\n`,
  '03-quote.md': `# Quote\n\n${'>'.repeat(1_000_000)} deep\n`,
  '04-emphasis.md': `# Emphasis\n\n${'a_'.repeat(100_000)}\n\n${'*a**'.repeat(30_000)}\n`,
};

/** The longest the page's main thread went without running a timer, over `ms`. */
function sampleGaps(page: Page, ms: number): Promise<number> {
  return page.evaluate(async (span) => {
    let max = 0;
    let last = performance.now();
    const end = last + span;
    while (performance.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const now = performance.now();
      max = Math.max(max, now - last);
      last = now;
    }
    return max;
  }, ms);
}

test('hostile Markdown in the editor: typing never freezes, the slide previews as too complex, others still preview', async ({ page }) => {
  const deckDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-edit-hostile-'));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-edit-hostile-data-'));
  await writeFile(path.join(deckDir, '01-ok.md'), '# Fine\n\nText\n');
  for (const [name, text] of Object.entries(HOSTILE)) await writeFile(path.join(deckDir, name), text);
  const host = await startBrowserHost({ deckDir, rendererDir: RENDERER_DIR, watch: true, dataDir });
  try {
    await page.goto(host.pageUrl('edit.html'));
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('.preview-box h1')).toHaveText('Fine');
    for (const name of Object.keys(HOSTILE)) {
      const gaps = sampleGaps(page, 6000);
      await page.locator(`li.file[data-id="${name}"]`).click();
      await expect(page.locator('.preview-box .lectern-too-complex'), name).toBeVisible({ timeout: 20_000 });
      const stall = await gaps;
      console.log(name, 'stall', Math.round(stall));
      expect(stall, `${name}: longest main-thread stall (ms)`).toBeLessThan(8000);
      // Typing answers at once: a key round trip while the file is open.
      await page.locator('.cm-line').first().click();
      await page.keyboard.press('End');
      const typed = Date.now();
      await page.keyboard.type('!');
      await expect(page.locator('.cm-line').first()).toContainText('!', { timeout: 3000 });
      expect(Date.now() - typed, `${name}: key round trip (ms)`).toBeLessThan(2000);
    }
    // A normal file still previews after all that.
    await page.locator(`li.file[data-id="01-ok.md"]`).click();
    // Generous: on a loaded machine the worker replaced after the last stuck slide starts slowly.
    await expect(page.locator('.preview-box h1')).toHaveText('Fine', { timeout: 20_000 });
  } finally {
    await host.close();
    await rm(deckDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
});
