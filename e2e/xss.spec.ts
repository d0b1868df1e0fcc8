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
  page.on('request', (r) => { if (!r.url().startsWith(host.origin) && !r.url().startsWith('data:')) outside.push(r.url()); });
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  try {
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const total = await page.locator('.reveal .slides > section').count();
    expect(total).toBe(XSS_PAYLOADS.length);
    for (let i = 1; i < total; i++) await page.keyboard.press('ArrowRight');
    // Click every link a payload left behind: none may run script or leave the page.
    for (const link of await page.locator('.reveal .slides a:not([target])').all()) await link.dispatchEvent('click');
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
