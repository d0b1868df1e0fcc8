import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serveDeck } from './support/decks';
import { XSS_PAYLOADS } from './fixtures/xss/payloads';

test('no XSS payload runs, loads or navigates in the audience view', async ({ page }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-xss-'));
  await writeFile(path.join(dir, 'xss.md'), XSS_PAYLOADS.map((p) => `## ${p.name}\n\n${p.markdown}\n`).join('\n---\n\n'));
  const host = await serveDeck(dir);
  const outside: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(host.origin) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const total = Number(await page.locator('html').getAttribute('data-slide-count'));
    expect(total).toBe(XSS_PAYLOADS.length);
    // Slides are mounted in a window around the current one: visit each, and while it is shown
    // click every link its payload left behind: none may run script or leave the page.
    // (A payload's `href="#"` link jumps to the first slide, as in reveal.js; walk back then.)
    const shownIndex = (): Promise<number> => page.evaluate(() => Number(document.querySelector<HTMLElement>('.reveal .slides > section.present')?.dataset.index ?? -1));
    for (let i = 0; i < total; i++) {
      const current = page.locator(`.reveal .slides > section.present[data-index="${i}"]`);
      await expect
        .poll(
          async () => {
            const shown = await shownIndex();
            if (shown !== i) await page.keyboard.press(shown < i ? 'ArrowRight' : 'ArrowLeft');
            return shown === i ? i : page.waitForTimeout(20).then(shownIndex);
          },
          { timeout: 20_000, intervals: [0] },
        )
        .toBe(i);
      for (const link of await current.locator('a:not([target])').all()) await link.dispatchEvent('click');
      expect(await page.locator('.reveal .slides script, .reveal .slides iframe, .reveal .slides object, .reveal .slides embed, .reveal .slides form').count()).toBe(0);
    }
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => !!(window as unknown as { __xss?: unknown }).__xss)).toBe(false);
    expect(page.url().startsWith(host.origin)).toBe(true);
    expect(outside).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.locator('.reveal .slides script, .reveal .slides iframe, .reveal .slides object, .reveal .slides embed, .reveal .slides form').count()).toBe(0);
  } finally {
    await host.dispose();
  }
});
