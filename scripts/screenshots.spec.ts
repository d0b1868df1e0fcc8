import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { copyDeck, ROOT, serveDeck } from '../e2e/support/decks';

// `npm run screenshots`: the README's pictures of the bundled deck, regenerated from the built app
// (run `npm run build` first). Light and dark, the audience view, the console at 1920x1080 and
// 1366x768, the overview, the editor and the Export dialog, in Russian like the deck.
const OUT = path.join(ROOT, 'resources/screenshots');

async function ready(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400);
}

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots, ${theme}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const deckDir = await copyDeck(path.join(ROOT, 'slides'));
    const config = path.join(deckDir, 'deck.yaml');
    await writeFile(config, (await readFile(config, 'utf8')).replace(/^theme: .*$/m, `theme: ${theme}`).replace(/^author: .*$/m, 'author: Lectern\ndate: 2026-12-04'));
    const host = await serveDeck(deckDir);
    const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUT, `${name}-${theme}.png`) });
    try {
      const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1920, height: 1080 } });
      const audience = await context.newPage();
      await audience.goto(host.url);
      await ready(audience);
      await audience.mouse.move(1900, 20);
      await shot(audience, 'audience-title');
      await audience.keyboard.press('ArrowRight');
      await audience.waitForTimeout(800);
      await audience.mouse.move(10, 1000);
      await audience.waitForTimeout(3500);
      await shot(audience, 'audience');
      // The README's picture of the bundled deck keeps its old name.
      if (theme === 'light') await audience.screenshot({ path: path.join(OUT, 'bundled-deck.png') });
      await audience.keyboard.press('o');
      await audience.waitForTimeout(800);
      await shot(audience, 'overview');
      await audience.keyboard.press('Escape');

      const consolePage = await context.newPage();
      await consolePage.goto(host.pageUrl('console.html'));
      await ready(consolePage);
      await consolePage.keyboard.press('F5');
      await consolePage.waitForTimeout(500);
      await shot(consolePage, 'console-1920');
      if (theme === 'light') {
        // The README's console picture: the room blacked out, as the console shows it.
        await consolePage.keyboard.press('b');
        await consolePage.waitForTimeout(400);
        await consolePage.screenshot({ path: path.join(OUT, 'console.png') });
        await consolePage.keyboard.press('b');
      }
      await consolePage.setViewportSize({ width: 1366, height: 768 });
      await consolePage.waitForTimeout(500);
      await shot(consolePage, 'console-1366');

      const editor = await context.newPage();
      await editor.setViewportSize({ width: 1366, height: 768 });
      await editor.goto(`${host.pageUrl('edit.html')}#file=02-razmer-i-slozhnost.md&line=3`);
      await ready(editor);
      await shot(editor, 'editor');

      const dialog = await context.newPage();
      await dialog.setViewportSize({ width: 1366, height: 768 });
      await dialog.goto(host.pageUrl('export.html'));
      await expect(dialog.locator('.preview-frame')).toBeAttached({ timeout: 30_000 });
      await dialog.waitForTimeout(1500);
      await shot(dialog, 'export');
      await context.close();
    } finally {
      await host.dispose();
    }
  });
}
