import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pdfText, readPdf } from '../test/support/pdf-inspect';
import { serveDeck } from './support/decks';
import { makeDeck, openDialog } from './support/export-dialog';

test.describe('Export dialog (browser host)', () => {
  test('previews the chosen layout, greys out what does not apply, and words a bad range for the dialog', async ({ page }) => {
    const host = await serveDeck(await makeDeck(9, 'Предпросмотр'));
    try {
      const problems = await openDialog(page, host.pageUrl('export.html'));
      await expect(page.locator('#preview-box .page .lectern-slide')).toHaveCount(1);
      await expect(page.locator('#preview-box .page')).toContainText('Слайд 1');
      await expect(page.locator('input[name="paper"]').first()).toBeDisabled();
      await expect(page.locator('#notes')).toBeDisabled();

      await page.selectOption('#layout', 'handout-4');
      await expect(page.locator('#preview-box .page .frame')).toHaveCount(4);
      await expect(page.locator('#page-label')).toHaveText('Page 1 of 3');
      await expect(page.locator('input[name="paper"]').first()).toBeEnabled();
      await expect(page.locator('#preview-box .aside-notes')).toHaveCount(0);
      await page.check('#notes');
      await expect(page.locator('#preview-box .aside-notes')).toHaveCount(4);
      await expect(page.locator('#preview-box .aside-notes').first()).toContainText('Заметка-1');

      await page.selectOption('#layout', 'handout-2');
      await expect(page.locator('#preview-box .page .frame')).toHaveCount(2);
      await page.check('input[name="paper"][value="letter"]');
      // Letter is wider and shorter than A4 (816x1056 CSS px).
      await expect(page.locator('#preview-box .page')).toHaveCSS('width', '816px');

      await page.fill('#range', '3-x');
      await expect(page.locator('#range-error')).toHaveText('“3-x” is not a slide number or range. Write numbers and ranges like 3-7,12.');
      await expect(page.locator('#export')).toBeDisabled();
      // The last good page stays, greyed.
      await expect(page.locator('#preview-box')).toHaveClass(/stale/);
      await expect(page.locator('#preview-box .page')).toContainText('Слайд 1');
      await page.fill('#range', '12');
      await expect(page.locator('#range-error')).toHaveText('“12” is past the end: the deck has 9 slides.');
      await page.fill('#range', '5-6');
      await expect(page.locator('#range-error')).toHaveText('');
      await expect(page.locator('#preview-box')).not.toHaveClass(/stale/);
      await expect(page.locator('#export')).toBeEnabled();
      await expect(page.locator('#preview-box .page')).toContainText('Слайд 5');
      // print.css's page rules do not leak into the dialog itself.
      await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(238, 241, 245)');
      expect(problems).toEqual([]);
    } finally {
      await host.dispose();
    }
  });

  test('exports notes pages and offers the PDF as a download named after the deck', async ({ page }) => {
    // Starting Chromium and printing take ~15 s here, several times that when the machine is busy.
    test.setTimeout(150_000);
    const host = await serveDeck(await makeDeck(9, 'Тренинг'));
    try {
      const problems = await openDialog(page, host.pageUrl('export.html'));
      await expect(page.locator('#target')).toHaveText('Тренинг.pdf');
      await page.selectOption('#layout', 'notes');
      // Every status text the dialog shows, in order.
      await page.evaluate(() => {
        const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
        const status = document.getElementById('status')!;
        new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
      });
      await page.click('#export');
      await expect(page.locator('#status')).toHaveText(/^Done: 9 pages, \d+ KB\.$/, { timeout: 120_000 });
      expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain('Slide 9 of 9');
      await expect(page.locator('#progress')).toHaveAttribute('aria-valuenow', '100');
      await expect(page.locator('#download')).toHaveText('Download PDF');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      expect(download.suggestedFilename()).toBe('Тренинг.pdf');
      const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-download-')), 'got.pdf');
      await download.saveAs(file);
      const pdf = await readPdf(file);
      expect(pdf.pageCount).toBe(9);
      expect(pdf.title).toBe('Тренинг');
      const text = pdfText(file);
      expect(text).toContain('Заметка-1 для ведущего');
      expect(text).toContain('Заметка-9 для ведущего');
      expect(pdfText(file, 3)).toContain('Страница 3 из 9');
      expect(problems).toEqual([]);
    } finally {
      await host.dispose();
    }
  });

  test('Cancel on a 300-slide notes export stops within about a second and offers no download', async ({ page }) => {
    test.setTimeout(180_000);
    const host = await serveDeck(await makeDeck(300, 'Большая'));
    try {
      await openDialog(page, host.pageUrl('export.html'));
      await page.selectOption('#layout', 'notes');
      await page.click('#export');
      await expect(page.locator('#cancel')).toBeVisible();
      // No page count shows before the first batch of 125 pages is printed: cancel while
      // Chromium starts and lays out that batch.
      await expect(page.locator('#status')).toHaveText('Starting the printer…');
      // Timed inside the page: from the click to the dialog hearing that the export stopped.
      await page.evaluate(() => {
        const marks: Record<string, number> = {};
        (window as unknown as { marks: Record<string, number> }).marks = marks;
        document.getElementById('cancel')!.addEventListener('click', () => (marks.click = performance.now()), { capture: true });
        new MutationObserver(() => {
          if (document.body.dataset.state === 'cancelled') marks.stopped ??= performance.now();
        }).observe(document.body, { attributes: true });
      });
      await page.click('#cancel');
      await expect(page.locator('body')).toHaveAttribute('data-state', 'cancelled', { timeout: 5000 });
      const marks = await page.evaluate(() => (window as unknown as { marks: Record<string, number> }).marks);
      // About 100 ms measured here (load average 18); the margin is for slower machines. The
      // unit tests hold the export path itself to under a second with a slow fake printer.
      expect(marks.stopped! - marks.click!).toBeLessThan(1500);
      await expect(page.locator('#status')).toContainText('Cancelled: nothing was written');
      await expect(page.locator('#download')).toBeHidden();
      await expect(page.locator('#export')).toBeEnabled();
    } finally {
      await host.dispose();
    }
  });
});

test.describe('Export dialog in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('speaks the user’s language', async ({ page }) => {
    const host = await serveDeck(await makeDeck(3, 'Язык'));
    try {
      await openDialog(page, host.pageUrl('export.html'));
      await expect(page.locator('#title')).toHaveText('Экспорт');
      await expect(page.locator('#layout option[value="handout-3"]')).toHaveText('Раздаточный материал: 3 слайда с линиями для записей');
      await expect(page.locator('#export')).toHaveText('Экспортировать PDF');
      await expect(page.locator('#preview-title')).toHaveText('Предпросмотр');
      await expect(page.locator('#page-label')).toHaveText('Страница 1 из 3');
      await page.check('input[name="format"][value="html"]');
      await expect(page.locator('#export')).toHaveText('Экспортировать HTML');
      await expect(page.locator('#target')).toHaveText('Язык.html');
      await expect(page.locator('#file-label')).toHaveText('Будет предложен для скачивания:');
    } finally {
      await host.dispose();
    }
  });
});
