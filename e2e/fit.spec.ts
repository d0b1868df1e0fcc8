import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { exportPdf } from '../src/node/export-pdf';
import { copyDeck, FIXTURES, RENDERER_DIR, ROOT, serveDeck } from './support/decks';
import { clippedTextIn, pdfWords } from './support/fit-probe';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'bin/lectern.mjs');
/** 1-twenty.md: a title, 20 bullets and a 110-character code line; 2-wide.md: a 400-character code line; 3-huge.md: a short slide, then 200 bullets. */
const FIT_DECK = path.join(FIXTURES, 'fit');
const CODE_LINE = "response = client.post('/api/v1/orders', json={'item_id': 42, 'quantity': 3}, headers=auth_headers(usr_token))";

test.describe.configure({ timeout: 120_000 });

test('PDF: 20 bullets and a 110-character code line are shrunk until every word is inside the page', async () => {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-fit-')), 'fit.pdf');
  const result = await exportPdf({ deckDir: FIT_DECK, output: out, rendererDir: RENDERER_DIR });
  expect(result.pages).toBe(4);
  const { pages, words } = pdfWords(out);
  const page1 = words.filter((w) => w.page === 1);
  // Every bullet and every token of the code line is there…
  for (let i = 1; i <= 20; i++) expect(page1.some((w) => w.text === `${i}:`)).toBe(true);
  expect(page1.map((w) => w.text).join(' ')).toContain(CODE_LINE);
  // …and inside the page box, on the first two slides (the wide code line wraps on slide 2).
  for (const w of words.filter((x) => x.page <= 2)) {
    const { width, height } = pages[w.page - 1]!;
    expect(w.xMin, w.text).toBeGreaterThanOrEqual(0);
    expect(w.yMin, w.text).toBeGreaterThanOrEqual(0);
    expect(w.xMax, w.text).toBeLessThanOrEqual(width);
    expect(w.yMax, w.text).toBeLessThanOrEqual(height);
  }
  const page2 = words
    .filter((w) => w.page === 2)
    .map((w) => w.text)
    .join(' ');
  for (const item of ['item_001,', 'item_020,', 'item_040]', 'Конец']) expect(page2).toContain(item);
});

async function openAudience(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
]) {
  test(`audience view at ${viewport.width}x${viewport.height}: every piece of text of a too-full slide is on screen`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const host = await serveDeck(await copyDeck(FIT_DECK));
    try {
      await openAudience(page, host.url);
      const slide = page.locator('.reveal .slides > section.present .lectern-slide');
      // Shrunk (data-fit is the scale), not reported as overflowing.
      await expect(slide).toHaveAttribute('data-fit', /^0\.\d+$/);
      await expect(slide).not.toHaveAttribute('data-fit-overflow', '');
      await expect(slide).toContainText('Пункт 20');
      // Polled: the slide may still be moving in (reveal.js's transition).
      await expect.poll(() => slide.evaluate(clippedTextIn)).toEqual([]);
      await page.keyboard.press('ArrowRight');
      const wide = page.locator('.reveal .slides > section.present .lectern-slide');
      await expect(wide).toContainText('item_040');
      await expect(wide).toHaveAttribute('data-fit', /./);
      await expect.poll(() => wide.evaluate(clippedTextIn)).toEqual([]);
      // 200 bullets cannot fit: marked, shown from the top (title visible), and nothing on the projector says so.
      await page.keyboard.press('End');
      const huge = page.locator('.reveal .slides > section.present .lectern-slide');
      await expect(huge).toHaveAttribute('data-fit-overflow', '');
      await expect.poll(() => huge.evaluate(clippedTextIn, 'h2')).toEqual([]);
      await expect(page.locator('body')).not.toContainText(/не помещается|does not fit/);
      // The projector and the print view (what the PDF is printed from) chose the same scales.
      const onProjector = await page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((s) => s.querySelector<HTMLElement>('.lectern-slide')?.dataset.fit ?? 'none'));
      await page.goto(`${host.pageUrl('print.html')}&fit=all`);
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      const inPrint = await page.locator('.page > .lectern-slide').evaluateAll((slides) => slides.map((s) => (s as HTMLElement).dataset.fit ?? 'none'));
      expect(inPrint).toEqual(onProjector);
      expect(inPrint.filter((f) => f !== 'none')).toHaveLength(3);
    } finally {
      await host.dispose();
    }
  });
}

test('check: a 200-bullet slide is a warning with file and line, in text and in --json', async () => {
  const text = await run(process.execPath, [CLI, 'check', FIT_DECK]);
  expect(text.stdout).toMatch(/^3-huge\.md:9 warning: slide 4 does not fit even shrunk to 50%/m);
  expect(text.stdout).not.toMatch(/1-twenty\.md:\d+ warning/);
  const json = JSON.parse((await run(process.execPath, [CLI, 'check', FIT_DECK, '--json'])).stdout) as {
    diagnostics: { code: string; file: string; line: number }[];
    fit: { method: string; overflowing: number[]; limit: number };
  };
  expect(json.diagnostics.filter((d) => d.code === 'slide-overflow')).toEqual([expect.objectContaining({ file: '3-huge.md', line: 9 })]);
  expect(json.fit).toMatchObject({ method: 'browser', overflowing: [4], limit: 0.5 });
});

test('the bundled deck: no slide is clipped, on the projector layout of every slide', async ({ page }) => {
  const host = await serveDeck(await copyDeck(path.join(ROOT, 'slides')));
  try {
    // The print view's fit=all plan shows every slide at 1280x720 with the projector's fitting.
    await page.goto(`${host.pageUrl('print.html')}&fit=all`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    const state = JSON.parse((await page.locator('html').getAttribute('data-state'))!) as { overflow: number[]; pages: number };
    expect(state.pages).toBe(15);
    expect(state.overflow).toEqual([]);
    const slides = page.locator('.page > .lectern-slide');
    await expect(slides).toHaveCount(15);
    for (let i = 0; i < 15; i++) {
      await slides.nth(i).scrollIntoViewIfNeeded();
      expect(
        await slides.nth(i).evaluate((el) => {
          const page = el.parentElement!.getBoundingClientRect();
          // Viewport-independent: compare against the page box only.
          return Array.from(el.querySelectorAll('*')).flatMap((x) => {
            const r = x.getBoundingClientRect();
            return r.width && (r.top < page.top - 1 || r.bottom > page.bottom + 1 || r.right > page.right + 1) ? [x.tagName + ':' + (x.textContent ?? '').slice(0, 30)] : [];
          });
        }),
        `slide ${i + 1}`,
      ).toEqual([]);
    }
  } finally {
    await host.dispose();
  }
});

test('console: the slides that do not fit are named with file and line, more strongly when on screen', async ({ page }) => {
  const host = await serveDeck(await copyDeck(FIT_DECK));
  try {
    await page.goto(host.pageUrl('console.html'));
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const line = page.locator('#lx-fit');
    await expect(line).toBeVisible();
    await expect(line).toHaveAttribute('data-count', '1');
    await expect(line).toContainText(/4 \(3-huge\.md, (line|строка) 9\)/);
    await expect(line.locator('strong')).toHaveCount(0);
    await page.keyboard.press('End');
    await expect(page.locator('html')).toHaveAttribute('data-position', '3.0');
    await expect(line.locator('strong')).toBeVisible();
    // The previews are fitted like the projector.
    await expect(page.locator('#lx-current .lectern-slide')).toHaveAttribute('data-fit-overflow', '');
  } finally {
    await host.dispose();
  }
});

test('editor: problems list the slides that do not fit, live as the file is edited', async ({ page }) => {
  const host = await serveDeck(await copyDeck(FIT_DECK));
  try {
    await page.goto(`${host.pageUrl('edit.html')}#file=1-twenty.md`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const problems = page.locator('#problems');
    // Another file's slide, as loaded; none for this file (it is shrunk, and fits).
    await expect(problems.locator('li[data-code="slide-overflow"]')).toHaveCount(1);
    await expect(problems).toContainText('3-huge.md:9 warning');
    await expect(page.locator('#preview .lectern-slide')).toHaveAttribute('data-fit', /^0\.\d+$/);
    // Typing 40 more bullets into this file makes it too big: its own warning appears at once, unsaved.
    await page.locator('.cm-line').nth(24).click();
    await page.keyboard.press('End');
    for (let i = 0; i < 40; i++) await page.keyboard.insertText(`\n- Ещё пункт ${i}`);
    await expect(problems.locator('li[data-code="slide-overflow"]')).toHaveCount(2);
    await expect(problems).toContainText('1-twenty.md:4 warning');
    await expect(page.locator('#preview .lectern-slide')).toHaveAttribute('data-fit-overflow', '');
  } finally {
    await host.dispose();
  }
});
