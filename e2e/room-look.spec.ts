import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { copyDeck, FIXTURES, ROOT, serveDeck } from './support/decks';

// Issue 14, continued (see room.spec.ts): the theme on a projector, the slide number and progress
// line, title slides with the deck's metadata, and the ways from the audience view to the tools.

/** Contrast ratio of two computed CSS colours (WCAG relative luminance), in the page. */
async function contrasts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (css: string): number => {
      const [r, g, b] = rgb(css)
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string): number => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return Math.round(((x! + 0.05) / (y! + 0.05)) * 100) / 100;
    };
    const slide = document.querySelector('.reveal .slides > section.present .lectern-slide')!;
    const style = (sel: string, prop: string): string => getComputedStyle(slide.querySelector(sel)!).getPropertyValue(prop);
    const bg = getComputedStyle(slide).backgroundColor;
    const card = style('.cmp-row > .cmp-card:first-child', 'background-color');
    const code = style('pre code', 'background-color');
    return {
      card: ratio(card, bg),
      django: ratio(style('.cmp-row > .cmp-card:last-child', 'background-color'), bg),
      code: ratio(code, card),
      lip: Number.parseFloat(style('.cmp-row > .cmp-card:first-child', 'border-top-left-radius')),
    };
  });
}

test('the theme survives a projector: surfaces, code panels and rules stand out, in light and dark', async ({ page }) => {
  const deckDir = await copyDeck(path.join(ROOT, 'slides'));
  const host = await serveDeck(deckDir);
  try {
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const go = async (index: number) => {
      await page.keyboard.press('Home');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
      await expect(page.locator('html')).toHaveAttribute('data-position', `${index}.0`);
    };
    for (const theme of ['light', 'dark']) {
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Slide 4: Flask and Django cards with bullets.
      await go(3);
      const markers = await page.locator('.reveal section.present .lectern-slide').evaluate((slide) => {
        const marker = (sel: string) => getComputedStyle(slide.querySelector(sel)!, '::marker').color;
        const heading = (sel: string) => getComputedStyle(slide.querySelector(sel)!).color;
        return {
          flask: [marker('.cmp-row > .cmp-card:first-child li'), heading('.cmp-row > .cmp-card:first-child h3')],
          django: [marker('.cmp-row > .cmp-card:last-child li'), heading('.cmp-row > .cmp-card:last-child h3')],
        };
      });
      // Bullets take their column's colour, not an unrelated blue.
      expect(markers.flask[0]).toBe(markers.flask[1]);
      expect(markers.django[0]).toBe(markers.django[1]);
      // Slide 5: the cards hold code panels.
      await go(4);
      const c = await contrasts(page);
      expect(c.card, `${theme}: card vs slide`).toBeGreaterThanOrEqual(1.3);
      expect(c.django, `${theme}: card vs slide`).toBeGreaterThanOrEqual(1.3);
      expect(c.code, `${theme}: code panel vs card`).toBeGreaterThanOrEqual(1.3);
      expect(c.lip, `${theme}: a rounded top edge under the card's top rule`).toBe(0);
      if (theme === 'light') {
        const config = path.join(deckDir, 'deck.yaml');
        await writeFile(config, (await readFile(config, 'utf8')).replace('theme: light', 'theme: dark'));
      }
    }
    // Table rules on slide 6 are clear lines, not a hint of grey.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('data-position', '5.0');
    const rule = await page
      .locator('.reveal section.present td')
      .first()
      .evaluate((td) => {
        const lum = (css: string) => {
          const [r, g, b] = (css.match(/[\d.]+/g) ?? [])
            .slice(0, 3)
            .map(Number)
            .map((v) => v / 255)
            .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const a = lum(getComputedStyle(td).borderBottomColor);
        const b = lum(getComputedStyle(td.closest('.lectern-slide')!).backgroundColor);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
    expect(rule).toBeGreaterThanOrEqual(2.5);
  } finally {
    await host.dispose();
  }
});

test('the slide number scales with the stage and is hidden on title slides; deck.yaml progress: true draws a progress line', async ({ browser }) => {
  const deckDir = await copyDeck(path.join(FIXTURES, 'talk'));
  await writeFile(path.join(deckDir, 'deck.yaml'), 'title: Talk fixture\nauthor: Test Author\ndate: 4 December 2026\nlang: ru\nprogress: true\n');
  const host = await serveDeck(deckDir);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const number = page.locator('.reveal .slide-number');
    // Title slide: no number; the deck's author and date under the title.
    await expect(number).toBeHidden();
    await expect(page.locator('section.present .lectern-slide')).toHaveAttribute('data-kind', 'title');
    await expect(page.locator('section.present .lectern-meta')).toHaveText(/Test Author\s*4 December 2026/);
    await page.keyboard.press('ArrowRight');
    await expect(number).toBeVisible();
    const big = Number.parseFloat(await number.evaluate((el) => getComputedStyle(el).fontSize));
    // 24 px on the 1280x720 slide, drawn at the stage's scale (about 1.44 at 1920x1080).
    expect(big).toBeGreaterThan(32);
    const slide = (await page.locator('section.present .lectern-slide').boundingBox())!;
    const box = (await number.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(slide.x + slide.width);
    expect(box.y + box.height).toBeLessThanOrEqual(slide.y + slide.height);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(async () => Number.parseFloat(await number.evaluate((el) => getComputedStyle(el).fontSize))).toBeLessThan(big * 0.75);
    // The progress line grows along the slide's bottom edge.
    const progress = page.locator('#lectern-progress span');
    const width1 = (await progress.boundingBox())!.width;
    await page.keyboard.press('End');
    await expect(page.locator('html')).toHaveAttribute('data-slide-kind', 'closing');
    await expect(number).toBeHidden();
    await expect(page.locator('section.present .lectern-meta')).toContainText('Test Author');
    await expect.poll(async () => (await progress.boundingBox())!.width).toBeGreaterThan(width1 * 3);
  } finally {
    await context.close();
    await host.dispose();
  }
});

test('finding your way: a corner menu (hidden in full screen) links console, editor, export and keys; the editor presents with the console', async ({ browser }) => {
  const host = await serveDeck(await copyDeck(path.join(FIXTURES, 'talk')));
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 720 }, screen: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const menu = page.locator('#lectern-menu');
    await menu.locator('summary').click();
    await expect(menu.locator('.items button')).toHaveText(['Режим докладчика (S)', 'Править этот слайд (E)', 'Экспорт в PDF или HTML…', 'Сочетания клавиш (?)', 'Полный экран (F)']);
    await menu.locator('[data-action="keys"]').click();
    await expect(page.locator('#lectern-help')).toBeVisible();
    await page.keyboard.press('Escape');
    const [consolePage] = await Promise.all([
      context.waitForEvent('page'),
      menu
        .locator('summary')
        .click()
        .then(() => menu.locator('[data-action="console"]').click()),
    ]);
    await expect(consolePage).toHaveURL(/console\.html/);
    const [exportPage] = await Promise.all([
      context.waitForEvent('page'),
      menu
        .locator('summary')
        .click()
        .then(() => menu.locator('[data-action="export"]').click()),
    ]);
    await expect(exportPage).toHaveURL(/export\.html/);
    await menu.locator('summary').click();
    await menu.locator('[data-action="editor"]').click();
    await expect(page).toHaveURL(/edit\.html/);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    // "Показ" in the editor: this tab becomes the console, the audience view opens beside it.
    const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Показ' }).click()]);
    await expect(page).toHaveURL(/console\.html/);
    await expect(audience).toHaveURL(/index\.html/);
    // On the projector (the view fills its screen) there is no menu.
    const projector = await browser.newPage({ viewport: { width: 1280, height: 720 }, screen: { width: 1280, height: 720 } });
    await projector.goto(host.url);
    await expect(projector.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(projector.locator('#lectern-menu')).toBeHidden();
    await projector.close();
  } finally {
    await context.close();
    await host.dispose();
  }
});
