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
    await expect.poll(() => measureSlide(c, previewSlide('#lx-current')), { timeout: 15_000 }).toEqual(seen);

    const editor = await c.context().newPage();
    await editor.goto(`${host.pageUrl('edit.html')}#file=01-vvedenie.md&line=26`);
    await expect(editor.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(editor.locator('.preview-box h2')).toHaveText('Два популярных веб-фреймворка на Python');
    await expect.poll(() => measureSlide(editor, previewSlide('.preview-box')), { timeout: 15_000 }).toEqual(seen);
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
    // The preview settles (layout kind, fit) a moment after its text appears: wait for it, never past it.
    const printed = () => measureSlide(dialog, `document.querySelector('.preview-frame')?.shadowRoot?.querySelector('.lectern-slide') ?? document.querySelector('#preview-box .lectern-slide')`);
    await expect.poll(printed, { timeout: 15_000 }).toEqual(title);
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
    const put = await c.evaluate(() =>
      fetch('/api/op/edit.putDraft', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Lectern-Key': sessionStorage.getItem(`lectern-key-${location.port}`) ?? '' },
        body: JSON.stringify({ args: [{ id: '2-refs.md', text: 'draft', baseHash: null, savedAt: Date.now() }] }),
      }).then((r) => r.status),
    );
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
    const titleTop = () =>
      page
        .locator('.reveal .slides > section.present .lectern-slide > :is(h1, h2)')
        .first()
        .evaluate((el) => Math.round(el.getBoundingClientRect().top));
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
    await expect(tiles).toHaveCount(15);
    const rects = await tiles.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    for (const r of rects) {
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.top).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(1280);
      expect(r.bottom).toBeLessThanOrEqual(720);
    }
    expect(new Set(rects.map((r) => Math.round(r.top))).size).toBeGreaterThan(1);
    await expect(tiles.locator('.lectern-tile-number')).toHaveText(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    await expect(page.locator('#lectern-overview .lectern-tile.current')).toHaveCount(1);
    await expect(tiles.nth(2)).toHaveAttribute('aria-current', 'true');
    await expect(tiles.nth(2).locator('.lectern-tile-frame')).toHaveCSS('outline-width', '6px');
    await expect(tiles.nth(3).locator('.lectern-tile-frame')).toHaveCSS('outline-width', '2px');
    // Every tile shows its slide (rendered in the slide frame).
    await expect.poll(() => tiles.locator('.lectern-tile-frame').evaluateAll((els) => els.filter((el) => el.shadowRoot?.querySelector('.lectern-slide')).length)).toBe(15);
    await tiles.nth(9).click();
    await expect(page.locator('#lectern-overview')).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-position', '9.0');
  } finally {
    await host.dispose();
  }
});
