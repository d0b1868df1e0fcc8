import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AUDIENCE_SLIDE, measureSlide, openViews, previewSlide } from './room-support';
import { copyDeck, FIXTURES, ROOT, serveDeck } from './support/decks';

// Issue 14: what the room sees is what the presenter sees.

const position = (p: Page) => p.locator('html');

test('previews in the console, the editor and the Export dialog lay a slide out exactly as the audience view', async ({ browser }) => {
  test.setTimeout(120_000);
  const host = await serveDeck(await copyDeck(path.join(ROOT, 'slides')));
  const { audience, console: c, close } = await openViews(browser, host);
  try {
    await c.keyboard.press('ArrowRight');
    await expect(position(audience)).toHaveAttribute('data-position', '1.0');
    await expect(c.locator('#lx-current h3').first()).toHaveText('Flask');
    const seen = await measureSlide(audience, AUDIENCE_SLIDE);
    expect(seen.map((m) => m.tag)).toEqual(expect.arrayContaining(['H2', 'H3', 'LI', 'P']));
    // The columns' titles are 38 px slide headings in the room, and so in every preview.
    expect(seen.find((m) => m.tag === 'H3')!.fontSize).toBe('38px');
    expect(await measureSlide(c, previewSlide('#lx-current'))).toEqual(seen);

    const editor = await c.context().newPage();
    await editor.goto(`${host.pageUrl('edit.html')}#file=01-vvedenie.md&line=26`);
    await expect(editor.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(editor.locator('.preview-box h2')).toHaveText('Два популярных веб-фреймворка на Python');
    expect(await measureSlide(editor, previewSlide('.preview-box'))).toEqual(seen);
    // Each page holds event streams open; Chromium allows 6 connections per host, so the editor
    // goes before the dialog opens (four pages at once can starve the dialog's own loads).
    await editor.close();

    // The Export dialog's page 1 is the title slide, as in the room.
    await c.keyboard.press('Home');
    await expect(position(audience)).toHaveAttribute('data-position', '0.0');
    const title = await measureSlide(audience, AUDIENCE_SLIDE);
    const dialog = await c.context().newPage();
    await dialog.goto(host.pageUrl('export.html'));
    await expect(dialog.locator('.preview-frame h1')).toContainText('Flask');
    const printed = await measureSlide(dialog, `document.querySelector('.preview-frame')?.shadowRoot?.querySelector('.lectern-slide') ?? document.querySelector('#preview-box .lectern-slide')`);
    expect(printed).toEqual(title);
  } finally {
    await close();
    await host.dispose();
  }
});

test('the audience view shows slides only: problems and kept drafts go to the console', async ({ browser }) => {
  const host = await serveDeck(await copyDeck(path.join(FIXTURES, 'broken')));
  const { audience, console: c, close } = await openViews(browser, host, { locale: 'ru-RU' });
  try {
    // Unsaved editor text kept from a crash.
    const put = await c.evaluate(() => fetch('/api/edit/putDraft', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ args: [{ id: '2-refs.md', text: 'draft', baseHash: null, savedAt: Date.now() }] }) }).then((r) => r.status));
    expect(put).toBe(200);
    for (const p of [audience, c]) {
      await p.reload();
      await expect(p.locator('html')).toHaveAttribute('data-ready', 'true');
    }
    await expect(c.locator('#lectern-problems')).toContainText('Проблем');
    await expect(c.locator('#lectern-drafts')).toContainText('2-refs.md');
    await audience.waitForTimeout(500);
    await expect(audience.locator('#lectern-problems, #lectern-drafts')).toHaveCount(0);
    const text = await audience.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/Проблем|problem|2-refs\.md/i);
  } finally {
    await close();
    await host.dispose();
  }
});

test('Teach: Esc cancels and saves nothing, a key that already means something asks first, Keep / Retry', async ({ browser }) => {
  const host = await serveDeck(await copyDeck(path.join(FIXTURES, 'talk')));
  const { audience, console: c, close } = await openViews(browser, host);
  const settings = async () => JSON.parse(await readFile(path.join(host.dataDir, 'presenter-settings.json'), 'utf8').catch(() => '{}')) as { keymap?: Record<string, string> };
  try {
    await c.locator('#lx-more summary').click();
    await c.locator('[data-action="clicker"]').click();
    const next = c.locator('#lx-clicker tr[data-command="next"]');
    // The keys that already work are listed.
    await expect(next).toContainText('→, ↓, Space, PageDown, N');
    await expect(c.locator('#lx-clicker tr[data-command="black"]')).toContainText('B, .');
    await next.getByRole('button').click();
    await c.keyboard.press('Escape');
    await expect(c.locator('#lx-clicker')).toHaveAttribute('data-step', 'idle');
    await expect(c.locator('#lx-clicker')).toBeVisible();
    await expect(next).toContainText('→, ↓, Space, PageDown, N');
    // B already means "black screen": the dialog asks before taking it.
    await next.getByRole('button').click();
    await c.keyboard.press('b');
    await expect(c.locator('.lx-teach-prompt')).toContainText('B already means "black screen"');
    await c.locator('[data-action="retry"]').click();
    await c.keyboard.press('F8');
    await expect(c.locator('.lx-teach-prompt')).toContainText('You pressed F8.');
    await c.locator('[data-action="keep"]').click();
    await expect(next).toContainText('F8, →');
    await c.keyboard.press('Escape');
    await expect(c.locator('#lx-clicker')).toBeHidden();
    await expect.poll(async () => (await settings()).keymap).toEqual({ F8: 'next' });
    // B and Esc still do what they did: black, then back to the same slide.
    await c.keyboard.press('b');
    await expect(audience.locator('.lectern-screen')).toBeVisible();
    await c.keyboard.press('Escape');
    await expect(audience.locator('.lectern-screen')).toBeHidden();
    await expect(position(audience)).toHaveAttribute('data-position', '0.0');
  } finally {
    await close();
    await host.dispose();
  }
});

test('the console shows what the room sees (black, white, frozen) without moving anything', async ({ browser }) => {
  const host = await serveDeck(await copyDeck(path.join(FIXTURES, 'talk')));
  const { audience, console: c, close } = await openViews(browser, host, { locale: 'ru-RU', width: 1366, height: 768 });
  try {
    const boxes = async () => Promise.all(['#lx-top', '#lx-current', '#lx-next', '#lx-notes'].map((s) => c.locator(s).boundingBox()));
    const before = await boxes();
    await c.keyboard.press('b');
    await expect(c.locator('#lx-room')).toHaveAttribute('data-room', 'black');
    await expect(c.locator('#lx-room')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await expect(c.locator('#lx-room')).toContainText('чёрный экран');
    expect(await boxes()).toEqual(before);
    const room = (await c.locator('#lx-room').boundingBox())!;
    const current = (await c.locator('#lx-current').boundingBox())!;
    expect(room).toEqual(current);
    await c.keyboard.press('w');
    await expect(c.locator('#lx-room')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await c.keyboard.press('Escape');
    await expect(c.locator('#lx-room')).toBeHidden();
    // Frozen: "Now on screen" keeps the frozen slide, labelled, while the presenter moves on.
    await c.keyboard.press('z');
    for (let i = 0; i < 4; i++) await c.keyboard.press('PageDown');
    await expect(position(c)).toHaveAttribute('data-position', '2.0');
    await expect(position(audience)).toHaveAttribute('data-position', '0.0');
    await expect(c.locator('#lx-current')).toHaveAttribute('data-slide', '1-intro.md#0');
    await expect(c.locator('#lx-room')).toHaveText(/слайд 1, экран заморожен/);
    await expect(c.locator('#lx-slide')).toHaveText('Слайд 3/5');
    expect(await boxes()).toEqual(before);
  } finally {
    await close();
    await host.dispose();
  }
});

test('console at 1366x768: notes get the room (large text, a cue when more follows), one toolbar row, nothing that does nothing', async ({ browser }) => {
  const deckDir = await copyDeck(path.join(FIXTURES, 'talk'));
  const intro = path.join(deckDir, '1-intro.md');
  const long = Array.from({ length: 14 }, (_, i) => `Пункт заметки номер ${i + 1}: рассказать подробно и с примером из практики.`).join('\n\n');
  await writeFile(intro, (await readFile(intro, 'utf8')).replace('Поздороваться и **представиться**.', long));
  const host = await serveDeck(deckDir);
  const { console: c, close } = await openViews(browser, host, { locale: 'ru-RU', width: 1366, height: 768 });
  try {
    await expect(c.locator('#lx-notes')).toContainText('Пункт заметки номер 14');
    const size = Number.parseFloat(await c.locator('#lx-notes').evaluate((el) => getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    expect(size).toBeLessThanOrEqual(32);
    const notes = (await c.locator('#lx-notes').boundingBox())!;
    expect(notes.height).toBeGreaterThan(550);
    expect(notes.width * notes.height).toBeGreaterThan(300_000);
    // More text below than fits: the cue says so, until the end is scrolled into view.
    await expect(c.locator('#lx-notes-more')).toBeVisible();
    await expect(c.locator('#lx-notes-more')).toHaveText('Дальше ещё ↓');
    await c.locator('#lx-notes').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(c.locator('#lx-notes-more')).toBeHidden();
    // The current slide fills its box: no black bars around it.
    const current = (await c.locator('#lx-current').boundingBox())!;
    expect(Math.abs(current.width / current.height - 16 / 9)).toBeLessThan(0.02);
    // One row of buttons, none that cannot work in a browser.
    const rows = await c.locator('#lx-toolbar > button, #lx-more > summary').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top / 10)));
    expect(new Set(rows).size).toBe(1);
    expect((await c.locator('#lx-toolbar').boundingBox())!.height).toBeLessThan(56);
    await c.locator('#lx-more summary').click();
    await expect(c.locator('#lx-more .lx-menu')).toBeVisible();
    await expect(c.locator('#lx-toolbar')).not.toContainText('Поменять экраны');
    // The splitter gives the slides more room and the notes less (kept for the next talk).
    const split = c.locator('#lx-splitter');
    const box = (await split.boundingBox())!;
    await c.mouse.move(box.x + box.width / 2, box.y + 200);
    await c.mouse.down();
    await c.mouse.move(box.x - 200, box.y + 200, { steps: 4 });
    await c.mouse.up();
    expect((await c.locator('#lx-notes').boundingBox())!.width).toBeGreaterThan(notes.width + 150);
  } finally {
    await close();
    await host.dispose();
  }
});

test('content slides keep their title in one band at the top; title, section and closing slides are centred', async ({ page }) => {
  const host = await serveDeck(await copyDeck(path.join(ROOT, 'slides')));
  try {
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const titleTop = () => page.locator('.reveal .slides > section.present .lectern-slide > :is(h1, h2)').first().evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const tops: number[] = [];
    // Slides 2-6 of the bundled deck: short and long content under the title.
    for (let i = 1; i <= 5; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('html')).toHaveAttribute('data-position', `${i}.0`);
      await page.waitForTimeout(450);
      tops.push(await titleTop());
    }
    expect(new Set(tops).size).toBe(1);
    await expect(page.locator('html')).toHaveAttribute('data-slide-kind', 'content');
    await page.keyboard.press('Home');
    await expect(page.locator('html')).toHaveAttribute('data-slide-kind', 'title');
    await page.waitForTimeout(450);
    const h1 = (await page.locator('.reveal .slides > section.present h1').boundingBox())!;
    // Centred: the heading sits near the middle of the screen, far below the content title band.
    expect(h1.y + h1.height / 2).toBeGreaterThan(250);
    expect(h1.y + h1.height / 2).toBeLessThan(400);
  } finally {
    await host.dispose();
  }
});

test('the overview shows every slide in a wrapped grid inside the screen, numbered, the current one marked', async ({ page }) => {
  const host = await serveDeck(await copyDeck(path.join(ROOT, 'slides')));
  try {
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('o');
    const tiles = page.locator('#lectern-overview .lectern-tile');
    await expect(tiles).toHaveCount(14);
    const rects = await tiles.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    for (const r of rects) {
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.top).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(1280);
      expect(r.bottom).toBeLessThanOrEqual(720);
    }
    expect(new Set(rects.map((r) => Math.round(r.top))).size).toBeGreaterThan(1);
    await expect(tiles.locator('.lectern-tile-number')).toHaveText(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    await expect(page.locator('#lectern-overview .lectern-tile.current')).toHaveCount(1);
    await expect(tiles.nth(2)).toHaveAttribute('aria-current', 'true');
    await expect(tiles.nth(2).locator('.lectern-tile-frame')).toHaveCSS('outline-width', '6px');
    await expect(tiles.nth(3).locator('.lectern-tile-frame')).toHaveCSS('outline-width', '2px');
    // Every tile shows its slide (rendered in the slide frame).
    await expect.poll(() => tiles.locator('.lectern-tile-frame').evaluateAll((els) => els.filter((el) => el.shadowRoot?.querySelector('.lectern-slide')).length)).toBe(14);
    await tiles.nth(9).click();
    await expect(page.locator('#lectern-overview')).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-position', '9.0');
  } finally {
    await host.dispose();
  }
});

/** Contrast ratio of two computed CSS colours (WCAG relative luminance), in the page. */
async function contrasts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (css: string): number => {
      const [r, g, b] = rgb(css).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string): number => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return Math.round(((x! + 0.05) / (y! + 0.05)) * 100) / 100;
    };
    const slide = document.querySelector('.reveal .slides > section.present .lectern-slide')!;
    const style = (sel: string, prop: string): string => getComputedStyle(slide.querySelector(sel)!).getPropertyValue(prop);
    const bg = getComputedStyle(slide).backgroundColor;
    const card = style('.flask', 'background-color');
    const code = style('pre code', 'background-color');
    return {
      card: ratio(card, bg),
      django: ratio(style('.django', 'background-color'), bg),
      code: ratio(code, card),
      lip: Number.parseFloat(style('.flask', 'border-top-left-radius')),
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
        return { flask: [marker('.flask li'), heading('.flask h3')], django: [marker('.django li'), heading('.django h3')] };
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
    const rule = await page.locator('.reveal section.present td').first().evaluate((td) => {
      const lum = (css: string) => {
        const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
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
    await expect(menu.locator('.items button')).toHaveText(['Пульт докладчика (S)', 'Править этот слайд (E)', 'Экспорт в PDF…', 'Клавиши (?)', 'Во весь экран (F)']);
    await menu.locator('[data-action="keys"]').click();
    await expect(page.locator('#lectern-help')).toBeVisible();
    await page.keyboard.press('Escape');
    const [consolePage] = await Promise.all([context.waitForEvent('page'), menu.locator('summary').click().then(() => menu.locator('[data-action="console"]').click())]);
    await expect(consolePage).toHaveURL(/console\.html/);
    const [exportPage] = await Promise.all([context.waitForEvent('page'), menu.locator('summary').click().then(() => menu.locator('[data-action="export"]').click())]);
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
