import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveDeck } from './support/decks';
import { makeDeck, openDialog } from './support/export-dialog';

const frame = (page: Page) => page.locator('#preview-box .page');

test.describe('Export dialog: preview pages and results', () => {
  test('pages through the preview with the buttons and Page Down / Page Up', async ({ page }) => {
    const host = await serveDeck(await makeDeck(9, 'Листание'));
    try {
      const problems = await openDialog(page, host.pageUrl('export.html'));
      await page.selectOption('#layout', 'handout-2');
      await expect(page.locator('#page-label')).toHaveText('Page 1 of 5');
      await expect(page.locator('#page-previous')).toBeDisabled();
      await page.click('#page-next');
      await expect(page.locator('#page-label')).toHaveText('Page 2 of 5');
      await expect(frame(page)).toContainText('Слайд 3');
      await expect(frame(page)).not.toContainText('Текст слайда 1.');
      await page.locator('#page-next').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      await expect(page.locator('#page-label')).toHaveText('Page 5 of 5');
      await expect(frame(page)).toContainText('Слайд 9');
      await expect(page.locator('#page-next')).toBeDisabled();
      await page.keyboard.press('PageUp');
      await expect(frame(page)).toContainText('Слайд 7');
      // Another layout starts at its first page.
      await page.selectOption('#layout', 'notes');
      await expect(page.locator('#page-label')).toHaveText('Page 1 of 9');
      await expect(frame(page)).toContainText('Заметка-1');
      expect(problems).toEqual([]);
    } finally {
      await host.dispose();
    }
  });

  test('after an export, another layout no longer offers the old file; back to its choices offers it again', async ({ page }) => {
    test.setTimeout(150_000);
    const host = await serveDeck(await makeDeck(3, 'Итоги'));
    try {
      await openDialog(page, host.pageUrl('export.html'));
      await page.selectOption('#layout', 'notes');
      await page.click('#export');
      await expect(page.locator('#download')).toHaveText('Download PDF', { timeout: 120_000 });
      await expect(page.locator('#status')).toHaveText(/^Done: 3 pages, \d+ KB\.$/);
      await page.selectOption('#layout', 'handout-6');
      await expect(page.locator('#download')).toBeHidden();
      await expect(page.locator('#progress')).toBeHidden();
      await expect(page.locator('#status')).toHaveText('The last file, “PDF: Notes pages (trainer’s guide)”, was made with other choices. Export again for these.');
      await page.selectOption('#layout', 'notes');
      await expect(page.locator('#download')).toBeVisible();
      await page.fill('#range', '2');
      await expect(page.locator('#download')).toBeHidden();
    } finally {
      await host.dispose();
    }
  });
});

test.describe('Export dialog in Russian: errors', () => {
  test.use({ locale: 'ru-RU' });
  test('a bad range keeps the last good page greyed and says why in Russian, without CLI text', async ({ page }) => {
    const host = await serveDeck(await makeDeck(9, 'Ошибки'));
    try {
      const problems = await openDialog(page, host.pageUrl('export.html'));
      await page.selectOption('#layout', 'handout-2');
      await page.click('#page-next');
      await expect(frame(page)).toContainText('Слайд 3');
      await page.fill('#range', '3-20');
      await expect(page.locator('#range-error')).toHaveText('«3-20» выходит за конец презентации: слайдов в ней — 9.');
      await expect(page.locator('#preview-box')).toHaveClass(/stale/);
      await expect(page.locator('#preview-box')).toHaveCSS('opacity', '0.4');
      await expect(frame(page)).toContainText('Слайд 3');
      await expect(page.locator('#page-label')).toHaveText('Страница 2 из 5');
      await expect(page.locator('#preview-note')).toHaveText('«3-20» выходит за конец презентации: слайдов в ней — 9. Предпросмотр показывает последние верные настройки.');
      await expect(page.locator('#export')).toBeDisabled();
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/--range|past the end|`/);
      await page.screenshot({ path: test.info().outputPath('range-error-ru.png') });
      await page.fill('#range', '3-4');
      await expect(page.locator('#preview-box')).not.toHaveClass(/stale/);
      await expect(page.locator('#page-label')).toHaveText('Страница 1 из 1');
      expect(problems).toEqual([]);
    } finally {
      await host.dispose();
    }
  });
});

test('Single HTML file from the dialog: size reported, downloaded, opens from file:// with no network and shows every slide', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const host = await serveDeck(await makeDeck(5, 'Файл'));
  try {
    const problems = await openDialog(page, host.pageUrl('export.html'));
    await page.check('input[name="format"][value="html"]');
    await expect(page.locator('#target')).toHaveText('Файл.html');
    await expect(page.locator('#layout')).toBeHidden();
    await expect(page.locator('#keep-images')).toBeVisible();
    await expect(page.locator('#page-label')).toHaveText('Slide 1 of 5');
    await page.click('#export');
    await expect(page.locator('#status')).toHaveText(/^Done: 5 slides in one file, [\d.]+ (KB|MB)\.$/, { timeout: 120_000 });
    await expect(page.locator('#warning')).toBeHidden();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('Файл.html');
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-download-')), 'talk.html');
    await download.saveAs(file);
    expect(problems).toEqual([]);

    const context = await browser.newContext();
    const blocked: string[] = [];
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const offline = await context.newPage();
    const errors: string[] = [];
    offline.on('pageerror', (e) => errors.push(e.message));
    offline.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) errors.push(m.text());
    });
    await offline.goto(`file://${file}`);
    await expect(offline.locator('html')).toHaveAttribute('data-ready', 'true');
    for (let i = 1; i <= 5; i++) {
      await expect(offline.locator('#stage .lectern-slide h1')).toHaveText(`Слайд ${i}`);
      if (i < 5) await offline.keyboard.press('ArrowRight');
    }
    expect({ blocked, errors }).toEqual({ blocked: [], errors: [] });
    await context.close();
  } finally {
    await host.dispose();
  }
});
