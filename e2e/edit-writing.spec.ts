import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startBrowserHost } from '../src/node/browser-host';
import { RENDERER_DIR } from './support/decks';

// The editor as a writing tool (issue 16): front matter in YAML colours, headings by weight,
// Save only with unsaved changes, Markdown shortcuts, go to slide, search and replace in the UI
// language, wide table rows unwrapped, diagnostics on the line where the problem begins.

const TABLE_ROW = '| Тема | Длительность | Ведущий | Формат | Материалы для участников | Примечание |';
const TABLE_BODY = '| Синтаксис | 20 минут | Анна | лекция | конспект и задачи на дом | без перерыва |';
const INTRO = [
  '---',
  'title: Введение в Python',
  'duration: 20m',
  '---',
  '',
  '# Первый слайд',
  '',
  'Текст с **жирным**, *курсивом*, `кодом` и [ссылкой](https://example.org).',
  '',
  '- пункт один',
  '- пункт два',
  '',
  '---',
  '',
  '## План занятия',
  '',
  TABLE_ROW,
  '|------|-------------|---------|--------|--------------------------|------------|',
  TABLE_BODY,
  '',
].join('\n');

async function serve(files: Record<string, string>) {
  const deckDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-writing-e2e-'));
  for (const [name, data] of Object.entries(files)) await writeFile(path.join(deckDir, name), data);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-writing-data-'));
  const host = await startBrowserHost({ deckDir, rendererDir: RENDERER_DIR, watch: true, dataDir });
  return {
    host,
    deckDir,
    dispose: async () => {
      await host.close();
      await rm(deckDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

const line = (page: Page, n: number) => page.locator('.cm-line').nth(n - 1);

for (const locale of ['en-US', 'ru-RU']) {
  test.describe(`at 1366x768 (${locale})`, () => {
    test.use({ locale, viewport: { width: 1366, height: 768 } });
    test('front matter in YAML colours, headings by weight, a wide table row on one visual line', async ({ page }, info) => {
      const { host, dispose } = await serve({ '01-intro.md': INTRO, '02-end.md': '# Конец\n' });
      try {
        await openEditor(page, host.pageUrl('edit.html'));
        await expect(page.locator('.preview-box h1')).toHaveText('Первый слайд');
        await page.screenshot({ path: info.outputPath(`editor-${locale}.png`) });
        const style = (n: number, text: string) =>
          line(page, n)
            .getByText(text, { exact: true })
            .evaluate((e) => {
              const s = getComputedStyle(e);
              return { weight: s.fontWeight, decoration: s.textDecorationLine, color: s.color };
            });
        // Front matter: `title` is a YAML key, not a setext heading (bold, underlined).
        const key = await style(2, 'title');
        expect(key.weight).toBe('400');
        expect(key.decoration).toBe('none');
        const value = await line(page, 2).evaluate((e) => getComputedStyle(e.lastElementChild ?? e).fontWeight);
        expect(value).toBe('400');
        expect(key.color).not.toBe(await line(page, 8).evaluate((e) => getComputedStyle(e).color));
        // A heading: bold and coloured, never underlined like a link.
        const heading = await line(page, 6).evaluate((e) => {
          const span = e.querySelector('span:last-child')!;
          return { weight: getComputedStyle(span).fontWeight, decoration: getComputedStyle(span).textDecorationLine };
        });
        expect(Number(heading.weight)).toBeGreaterThanOrEqual(600);
        expect(heading.decoration).toBe('none');
        // The wide table row is one line tall, like a normal line; a long prose line still wraps.
        const height = (n: number) => line(page, n).evaluate((e) => e.getBoundingClientRect().height);
        const one = await height(15);
        expect(await height(17)).toBeLessThan(one * 1.5);
        expect(await height(19)).toBeLessThan(one * 1.5);
        // End goes to the row's real end (not the pane's edge) and scrolls it into view.
        await line(page, 19).click();
        await page.keyboard.press('End');
        await page.keyboard.type(' ок');
        await expect(line(page, 19)).toHaveText(`${TABLE_BODY} ок`);
        await expect.poll(() => page.locator('.cm-scroller').evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
        await page.screenshot({ path: info.outputPath(`editor-table-end-${locale}.png`) });
      } finally {
        await dispose();
      }
    });
  });
}

test('text right above a --- separator is not shown as a heading: in a deck that line cuts slides', async ({ page }) => {
  const { host, dispose } = await serve({ '01-intro.md': '# Один\n\nВывод\n---\n# Два\n' });
  try {
    await openEditor(page, host.pageUrl('edit.html'));
    await expect(page.locator('.slides-of-file li')).toHaveCount(2);
    const weight = await line(page, 3).evaluate((e) => getComputedStyle(e.firstElementChild ?? e).fontWeight);
    expect(weight).toBe('400');
    expect(await line(page, 5).evaluate((e) => getComputedStyle(e.lastElementChild!).fontWeight)).toBe('700');
  } finally {
    await dispose();
  }
});

test('Save is enabled only with unsaved changes and names its shortcut', async ({ page }) => {
  const { host, deckDir, dispose } = await serve({ '01-intro.md': '# Один\n' });
  try {
    await openEditor(page, host.pageUrl('edit.html'));
    const save = page.locator('#save');
    await expect(save).toBeDisabled();
    await line(page, 1).click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await expect(save).toBeEnabled();
    await expect(save).toHaveAttribute('title', /Ctrl\+S/);
    await save.click();
    await expect(page.locator('#file-status')).toHaveText(/^(Saved|Сохранено)$/);
    await expect(save).toBeDisabled();
    expect(await readFile(path.join(deckDir, '01-intro.md'), 'utf8')).toBe('# Один!\n');
    // Typing back to the saved text leaves nothing to save.
    await page.keyboard.type('?');
    await expect(save).toBeEnabled();
    await page.keyboard.press('Backspace');
    await expect(save).toBeDisabled();
    // The toolbar buttons are real buttons with tooltips naming their shortcuts.
    await expect(page.locator('#format-tools button.bold')).toHaveAttribute('title', /Ctrl\+B/);
    await expect(page.locator('#format-tools button.new-slide')).toHaveAttribute('title', /Ctrl\+Enter/);
    expect(await save.evaluate((e) => parseFloat(getComputedStyle(e).height))).toBeGreaterThanOrEqual(28);
  } finally {
    await dispose();
  }
});

test('Markdown shortcuts: bold, italic, link, list continuation and indent', async ({ page }) => {
  const { host, dispose } = await serve({ '01-intro.md': '# Один\n\n- пункт один\n' });
  try {
    await openEditor(page, host.pageUrl('edit.html'));
    await line(page, 3).click();
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+b');
    await expect(line(page, 3)).toHaveText('- пункт **один**');
    await expect(page.locator('.preview-box strong')).toHaveText('один');
    // Again: unwrapped (the selection stays on the word).
    await page.keyboard.press('Control+b');
    await expect(line(page, 3)).toHaveText('- пункт один');
    await page.keyboard.press('Control+i');
    await expect(line(page, 3)).toHaveText('- пункт *один*');
    await page.keyboard.press('Control+i');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('https://example.org');
    await expect(line(page, 3)).toHaveText('- пункт [один](https://example.org)');
    // Enter continues the list; Tab indents the new item, Shift+Tab takes it back.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('два');
    await expect(line(page, 4)).toHaveText('- два');
    await page.keyboard.press('Tab');
    await expect(line(page, 4)).toHaveText('  - два');
    await page.keyboard.press('Shift+Tab');
    await expect(line(page, 4)).toHaveText('- два');
    // The toolbar's Bold button acts on the selection like Ctrl+B.
    await page.keyboard.press('Shift+Home');
    await page.locator('#format-tools button.bold').click();
    await expect(line(page, 4)).toHaveText('**- два**');
  } finally {
    await dispose();
  }
});

test("Ctrl+Enter starts a new slide with the deck's separator; the preview shows one more slide", async ({ page }) => {
  const files = { 'deck.yaml': 'separator: "^<!-- slide -->$"\n', '01-intro.md': '# Один\n\nТекст\n<!-- slide -->\n# Два\n' };
  const { host, dispose } = await serve(files);
  try {
    await openEditor(page, host.pageUrl('edit.html'));
    await expect(page.locator('.slides-of-file li')).toHaveCount(2);
    await line(page, 3).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('# Новый');
    await expect(page.locator('.slides-of-file li')).toHaveCount(3);
    await expect(page.locator('.preview-box h1')).toHaveText('Новый');
    await expect(page.locator('.cm-content')).toHaveText(/Текст<!-- slide --># Новый<!-- slide --># Два/);
    expect(await page.locator('.cm-line').allTextContents()).toEqual(['# Один', '', 'Текст', '', '<!-- slide -->', '', '# Новый', '<!-- slide -->', '# Два', '']);
  } finally {
    await dispose();
  }
});

test('go to slide (Ctrl+G) by number or title opens the file at the slide', async ({ page }) => {
  const { host, dispose } = await serve({ '01-intro.md': INTRO, '02-end.md': '# Вопросы\n\n---\n\n# Конец\n' });
  try {
    await openEditor(page, host.pageUrl('edit.html'));
    await expect(page.locator('.preview-box h1')).toHaveText('Первый слайд');
    await line(page, 1).click();
    await page.keyboard.press('Control+g');
    await expect(page.locator('#goto-slide input')).toBeFocused();
    await page.keyboard.type('4');
    await expect(page.locator('#goto-slide li').first()).toContainText('Конец');
    await page.screenshot({ path: test.info().outputPath('goto-slide.png') });
    await page.keyboard.press('Enter');
    await expect(page.locator('#file-name')).toHaveText('02-end.md');
    await expect(page.locator('.preview-box h1')).toHaveText('Конец');
    await expect(page.locator('.cm-activeLine')).toHaveText('# Конец');
    // By title, back in the first file, on the heading's line.
    await page.keyboard.press('Control+g');
    await page.keyboard.type('план');
    await page.keyboard.press('Enter');
    await expect(page.locator('#file-name')).toHaveText('01-intro.md');
    await expect(page.locator('.cm-activeLine')).toHaveText('## План занятия');
    // Typing goes to the editor again.
    await page.keyboard.type('X');
    await expect(line(page, 15)).toHaveText('X## План занятия');
  } finally {
    await dispose();
  }
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('search and replace speaks Russian and replaces', async ({ page }) => {
    const { host, dispose } = await serve({ '01-intro.md': '# Кот\n\nКот и кот.\n' });
    try {
      await openEditor(page, host.pageUrl('edit.html'));
      await line(page, 1).click();
      await page.keyboard.press('Control+f');
      await expect(page.locator('.cm-search input[name=search]')).toHaveAttribute('placeholder', 'Найти');
      await expect(page.locator('.cm-search button[name=replaceAll]')).toHaveText('заменить все');
      await expect(page.locator('#format-tools button.find')).toHaveAttribute('title', 'Найти и заменить (Ctrl+F)');
      await page.locator('.cm-search input[name=search]').fill('кот');
      await page.locator('.cm-search input[name=replace]').fill('пёс');
      await page.screenshot({ path: test.info().outputPath('search-ru.png') });
      await page.locator('.cm-search button[name=replaceAll]').click();
      await expect(line(page, 3)).toHaveText('пёс и пёс.');
      await expect(line(page, 1)).toHaveText('# пёс');
    } finally {
      await dispose();
    }
  });
});

test('a stray quote in front matter is marked on its own line (2), not at the end of the block', async ({ page }) => {
  const { host, dispose } = await serve({ '01-intro.md': '---\ntitle: "Введение\nduration: 20m\nlang: ru\n---\n\n# Один\n' });
  try {
    await openEditor(page, host.pageUrl('edit.html'));
    await expect(page.locator('#problems li[data-code="yaml-syntax"]')).toHaveText(/^01-intro\.md:2(:\d+)? /);
    const marked = page.locator('.cm-line:has(.cm-lintRange-error)');
    await expect(marked).toHaveCount(1);
    await expect(marked).toHaveText('title: "Введение');
  } finally {
    await dispose();
  }
});
