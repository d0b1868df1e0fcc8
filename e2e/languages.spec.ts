import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { copyDeck, FIXTURES, serveDeck } from './support/decks';

// Issue 16, "one language at a time": every page of the app, walked in Russian and in English,
// shows no text of the other language. The fixture deck's content is numbers and symbols, and the
// deck's own regions (slides, notes, the editor's text, code) are skipped anyway.

/** Regions that show the deck's own content, not the app's words. */
const CONTENT = ['.lectern-slide', '.reveal .slides', '#lx-notes', 'code', 'pre', '.cm-editor', '.preview-frame', '#preview-box'].join(', ');

/** Words that are the same in both languages: the product, key caps, formats, paper sizes. */
const NEUTRAL = /\b(Lectern|PDF|HTML|A4|Letter|Esc|Enter|Space|Shift|Ctrl|Alt|Tab|Home|End|PageUp|PageDown|Backspace|Delete|F\d{1,2}|UTF-8)\b/g;

/** Every piece of visible text (and placeholder, tooltip, title) of the page outside deck content. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate((content) => {
    const out: string[] = [document.title];
    const shown = (el: Element): boolean => !el.closest(content) && el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && node.parentElement && shown(node.parentElement)) out.push(text);
    }
    for (const el of Array.from(document.body.querySelectorAll('[placeholder], [title], [aria-label]'))) {
      if (!shown(el)) continue;
      for (const attr of ['placeholder', 'title', 'aria-label']) {
        const v = el.getAttribute(attr);
        if (v) out.push(v);
      }
    }
    return out;
  }, CONTENT);
}

/** Text of the other language: Latin words in Russian (file names, `code` and neutral words aside), Cyrillic in English. */
function foreign(lang: 'ru' | 'en', texts: string[]): string[] {
  return texts.filter((text) => {
    if (lang === 'en') return /[А-Яа-яЁё]/.test(text);
    const words = text
      .replace(/`[^`]*`/g, ' ')
      .replace(/[\w./-]+\.(md|png|yaml|pdf)\b/gi, ' ')
      .replace(NEUTRAL, ' ');
    return /[A-Za-z]{2,}/.test(words);
  });
}

for (const lang of ['ru', 'en'] as const) {
  test(`every page speaks only ${lang === 'ru' ? 'Russian' : 'English'}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const dir = await copyDeck(path.join(FIXTURES, 'lang-walk'));
    // The print page is a document in the deck's language; the deck says it is in the UI's.
    await writeFile(path.join(dir, 'deck.yaml'), `title: "Δ 42"\nduration: 10m\nlang: ${lang}\n`);
    const host = await serveDeck(dir);
    const context = await browser.newContext({ locale: lang === 'ru' ? 'ru-RU' : 'en-US', timezoneId: 'UTC', viewport: { width: 1280, height: 720 } });
    const seen: Record<string, string[]> = {};
    const look = async (page: Page, where: string): Promise<void> => {
      seen[where] = foreign(lang, await visibleTexts(page));
    };
    try {
      const audience = await context.newPage();
      await audience.goto(host.url);
      await expect(audience.locator('html')).toHaveAttribute('data-ready', 'true');
      await look(audience, 'audience');
      await audience.keyboard.press('?');
      await expect(audience.locator('#lectern-help')).toBeVisible();
      await look(audience, 'audience help');
      await audience.keyboard.press('Escape');
      await audience.keyboard.press('o');
      await expect(audience.locator('#lectern-overview')).toBeVisible();
      await look(audience, 'overview');
      await audience.keyboard.press('Escape');

      const c = await context.newPage();
      await c.goto(host.pageUrl('console.html'));
      await expect(c.locator('html')).toHaveAttribute('data-ready', 'true');
      // The deck's problems (a missing image, an empty slide) and the slide that does not fit.
      await expect(c.locator('#lectern-problems li')).not.toHaveCount(0);
      await look(c, 'console');
      await c.keyboard.press('?');
      await look(c, 'console help');
      await c.keyboard.press('Escape');
      await c.locator('#lx-more summary').click();
      // The end time is written as the language writes times: 24-hour in Russian.
      await c.locator('.lx-time').fill('5:30 PM');
      await c.locator('.lx-time').press('Tab');
      await expect(c.locator('.lx-time')).toHaveValue(lang === 'ru' ? '17:30' : /^05:30\sPM$/);
      await look(c, 'console menu');
      await c.locator('[data-action="clicker"]').click();
      await look(c, 'clicker setup');
      await c.keyboard.press('Escape');
      await c.close();
      await audience.close();

      const editor = await context.newPage();
      await editor.goto(`${host.pageUrl('edit.html')}#file=02-b.md`);
      await expect(editor.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(editor.locator('#problems li[data-code="asset-missing"]')).toBeVisible();
      await look(editor, 'editor');
      await editor.close();

      const dialog = await context.newPage();
      await dialog.goto(host.pageUrl('export.html'));
      await expect(dialog.locator('#preview-box .page').first()).toBeVisible();
      await dialog.fill('#range', '3-20');
      await expect(dialog.locator('#range-error')).not.toHaveText('');
      await look(dialog, 'export dialog');
      await dialog.close();

      const print = await context.newPage();
      await print.goto(`${host.pageUrl('print.html')}&layout=handout-3&paper=a4&from=0&to=500`);
      await expect(print.locator('.page').first()).toBeVisible();
      await look(print, 'handout page');
      await print.close();
    } finally {
      await context.close();
      await host.dispose();
    }
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
  });
}
