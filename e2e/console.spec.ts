import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { copyDeck, FIXTURES, serveDeck } from './support/decks';

type Served = Awaited<ReturnType<typeof serveDeck>>;

/** Opens the audience view and the console as two pages, the way a presenter does. */
async function openViews(browser: Browser, host: Served, locale = 'en-US'): Promise<{ audience: Page; console: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 720 } });
  const audience = await context.newPage();
  const consolePage = await context.newPage();
  const cspViolations: string[] = [];
  for (const p of [audience, consolePage])
    p.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  await audience.goto(host.url);
  await consolePage.goto(host.pageUrl('console.html'));
  for (const p of [audience, consolePage]) await expect(p.locator('html')).toHaveAttribute('data-ready', 'true');
  return {
    audience,
    console: consolePage,
    close: async () => {
      expect(cspViolations).toEqual([]);
      await context.close();
    },
  };
}

const position = (p: Page) => p.locator('html');
const audienceSlide = (p: Page) => p.locator('.reveal .slides > section.present');

test('moves in the console reach the audience: slides, fragment steps, blackout, freeze', async ({ browser }) => {
  const host = await serveDeck(await copyDeck(path.join(FIXTURES, 'talk')));
  const { audience, console: c, close } = await openViews(browser, host);
  try {
    await expect(c.locator('#lx-topic')).toHaveText('Topic 1/3 — Введение');
    await expect(c.locator('#lx-notes')).toContainText('Поздороваться');
    await expect(c.locator('#lx-notes strong')).toHaveText('представиться');
    await c.keyboard.press('PageDown');
    await expect(position(audience)).toHaveAttribute('data-position', '1.0');
    await expect(audienceSlide(audience)).toContainText('Шаги');
    // The console's "next" preview shows the coming step of the same slide.
    await expect(c.locator('#lx-next')).toHaveAttribute('data-step', '1');
    await c.keyboard.press('ArrowRight');
    await expect(position(audience)).toHaveAttribute('data-position', '1.1');
    await expect(audience.locator('.reveal section.present .fragment.visible')).toHaveCount(1);
    await expect(c.locator('#lx-current .fragment.visible')).toHaveText('Шаг один');
    await expect(c.locator('#lx-slide')).toHaveText('Slide 2/5, step 1/2');
    // A clicker on the projector machine works too: the console follows the audience view.
    await audience.keyboard.press('PageDown');
    await expect(position(c)).toHaveAttribute('data-position', '1.2');
    await expect(position(audience)).toHaveAttribute('data-position', '1.2');
    await c.keyboard.press('PageUp');
    await expect(position(audience)).toHaveAttribute('data-position', '1.1');

    await c.keyboard.press('b');
    await expect(audience.locator('.lectern-screen')).toBeVisible();
    await expect(c.locator('.lx-badge.black')).toHaveText('BLACK SCREEN');
    await c.keyboard.press('w');
    await expect(audience.locator('.lectern-screen')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await c.keyboard.press('Escape');
    await expect(audience.locator('.lectern-screen')).toBeHidden();
    await expect(c.locator('#lx-badges')).toBeEmpty();

    // Freeze: the audience keeps its frame while the presenter moves on, then catches up.
    await c.keyboard.press('z');
    await expect(c.locator('.lx-badge.frozen')).toBeVisible();
    await c.keyboard.press('ArrowRight');
    await c.keyboard.press('ArrowRight');
    await expect(position(c)).toHaveAttribute('data-position', '2.0');
    await expect(position(audience)).toHaveAttribute('data-position', '1.1');
    await c.keyboard.press('z');
    await expect(position(audience)).toHaveAttribute('data-position', '2.0');
    await expect(audienceSlide(audience)).toContainText('ORM');

    // O shows the overview on the projector; Esc leaves it.
    await c.keyboard.press('o');
    await expect(audience.locator('#lectern-overview')).toBeVisible();
    await c.keyboard.press('Escape');
    await expect(audience.locator('#lectern-overview')).toBeHidden();
  } finally {
    await close();
    await host.dispose();
  }
});

test('browsing the grid does not move the audience until confirmed; G + number jumps', async ({ browser }) => {
  const host = await serveDeck(await copyDeck(path.join(FIXTURES, 'talk')));
  const { audience, console: c, close } = await openViews(browser, host);
  try {
    // A clicker's "start show" button (F5) on the projector machine starts the talk clock.
    const elapsed = c.locator('#lx-timers [data-field="elapsed"]');
    await expect(elapsed).toHaveAttribute('data-status', 'idle');
    await audience.keyboard.press('F5');
    await expect(elapsed).toHaveAttribute('data-status', 'running');
    await expect(position(audience)).toHaveAttribute('data-position', '0.0');
    await c.keyboard.press('g');
    await expect(c.locator('#lx-grid')).toBeVisible();
    await expect(c.locator('.lx-tile')).toHaveCount(5);
    await c.keyboard.press('ArrowRight');
    await c.keyboard.press('ArrowRight');
    await c.locator('.lx-tile').nth(3).click();
    await expect(c.locator('#lx-grid')).toHaveAttribute('data-selected', '3');
    // Browsing: nothing reached the projector.
    await audience.waitForTimeout(300);
    await expect(position(audience)).toHaveAttribute('data-position', '0.0');
    await c.keyboard.press('Escape');
    await expect(c.locator('#lx-grid')).toBeHidden();
    await expect(position(audience)).toHaveAttribute('data-position', '0.0');
    // G, 4, Enter: straight to slide 4.
    await c.keyboard.press('g');
    await c.keyboard.press('4');
    await expect(position(audience)).toHaveAttribute('data-position', '0.0');
    await c.keyboard.press('Enter');
    await expect(position(audience)).toHaveAttribute('data-position', '3.0');
    await expect(audienceSlide(audience)).toContainText('Миграции');
    await expect(c.locator('#lx-topic')).toHaveText('Topic 2/3 — ORM и базы данных');
  } finally {
    await close();
    await host.dispose();
  }
});

test('a file edit while presenting keeps both views on the same slide', async ({ browser }) => {
  const deckDir = await copyDeck(path.join(FIXTURES, 'talk'));
  const host = await serveDeck(deckDir);
  const { audience, console: c, close } = await openViews(browser, host);
  try {
    await c.keyboard.press('g');
    await c.keyboard.press('3');
    await c.keyboard.press('Enter');
    await c.keyboard.press('ArrowRight');
    await expect(audienceSlide(audience)).toContainText('Миграции');
    // Record every slide the projector shows from now on (mutation callbacks run between
    // tasks, i.e. at the moments a frame could be painted).
    await audience.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.reveal .slides > section.present h2')?.textContent ?? '';
        if (seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.querySelector('.reveal .slides')!, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
    // A colleague inserts a slide above the current one, in the same file.
    const orm = path.join(deckDir, '2-orm.md');
    await writeFile(orm, (await readFile(orm, 'utf8')).replace('## ORM', '## Новый слайд\n\n---\n\n## ORM'));
    await expect(position(audience)).toHaveAttribute('data-position', '4.0');
    await expect(audience.locator('html')).toHaveAttribute('data-revision', /\d+/);
    // The audience never flashed the slide that moved into the old index.
    expect(await audience.evaluate(() => (window as unknown as { __seen: string[] }).__seen.filter((t) => t !== 'Миграции'))).toEqual([]);
    await expect(audienceSlide(audience)).toContainText('Миграции');
    await expect(position(c)).toHaveAttribute('data-position', '4.0');
    await expect(c.locator('#lx-current')).toContainText('Миграции');
    await expect(c.locator('#lx-slide')).toHaveText('Slide 5/6');
  } finally {
    await close();
    await host.dispose();
  }
});

test('console in Russian: notes size and taught clicker keys are remembered; a rehearsal is saved beside the deck', async ({ browser }) => {
  const deckDir = await copyDeck(path.join(FIXTURES, 'talk'));
  const host = await serveDeck(deckDir);
  let views = await openViews(browser, host, 'ru-RU');
  try {
    const c = views.console;
    await expect(c.locator('#lx-topic')).toHaveText('Тема 1/3 — Введение');
    await expect(c.locator('#lx-timers [data-field="pace-section"]')).toContainText('план 4:00');
    await c.keyboard.press('+');
    await c.keyboard.press('+');
    await expect(c.locator('#lx-notes-size')).toHaveAttribute('data-size', '34');
    // Teach the clicker's odd "next" key (the setup is in the toolbar's "More" menu).
    await c.locator('#lx-more summary').click();
    await c.getByRole('button', { name: 'Кнопки кликера…' }).click();
    await c.locator('#lx-clicker tr[data-command="next"] button').click();
    await c.keyboard.press('F8');
    await c.getByRole('button', { name: 'Оставить' }).click();
    await expect(c.locator('#lx-clicker tr[data-command="next"]')).toContainText('F8');
    await c.getByRole('button', { name: 'Готово' }).click();
    await c.keyboard.press('F8');
    await expect(position(views.audience)).toHaveAttribute('data-position', '1.0');
    // Rehearse: the run's time per topic is written to .lectern/rehearsals/ in the deck.
    await c.locator('#lx-more summary').click();
    await c.locator('[data-action="rehearse"]').click();
    await expect(c.locator('.lx-badge.rehearsal')).toHaveText('РЕПЕТИЦИЯ');
    await c.keyboard.press('g');
    await c.keyboard.press('3');
    await c.keyboard.press('Enter');
    await c.locator('#lx-more summary').click();
    await c.locator('[data-action="rehearse"]').click();
    await expect(c.locator('#lx-timers [data-field="pace-section"]')).toContainText('прогон');
    const dir = path.join(deckDir, '.lectern', 'rehearsals');
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    const record = JSON.parse(await readFile(path.join(dir, files[0]!), 'utf8'));
    expect(record.sections.map((s: { file: string }) => s.file)).toEqual(['1-intro.md', '2-orm.md', '3-end.md']);
    expect(record.sections[0].planned).toBe(240_000);
    await views.close();
    // A new console (next day, same machine): the settings are back.
    views = await openViews(browser, host, 'ru-RU');
    await expect(views.console.locator('#lx-notes-size')).toHaveAttribute('data-size', '34');
    await views.console.keyboard.press('F8');
    await expect(position(views.audience)).toHaveAttribute('data-position', '3.0');
    const saved = JSON.parse(await readFile(path.join(host.dataDir, 'presenter-settings.json'), 'utf8'));
    expect(saved).toMatchObject({ notesFontSize: 34, keymap: { F8: 'next' } });
  } finally {
    await views.close();
    await host.dispose();
  }
});

test('hidden slides are skipped by next and previous, marked in the console, and reachable by a jump', async ({ browser }) => {
  const deckDir = await copyDeck(path.join(FIXTURES, 'talk'));
  const orm = path.join(deckDir, '2-orm.md');
  await writeFile(orm, (await readFile(orm, 'utf8')).replace('## ORM', '<!-- .slide: data-visibility="hidden" -->\n\n## ORM'));
  const host = await serveDeck(deckDir);
  const { audience, console: c, close } = await openViews(browser, host);
  try {
    await c.keyboard.press('g');
    await c.keyboard.press('2');
    await c.keyboard.press('Enter');
    await c.keyboard.press('ArrowRight');
    await c.keyboard.press('ArrowRight');
    await expect(position(audience)).toHaveAttribute('data-position', '1.2');
    await expect(c.locator('#lx-next')).toContainText('Миграции');
    await c.keyboard.press('ArrowRight');
    await expect(position(audience)).toHaveAttribute('data-position', '3.0');
    await c.keyboard.press('ArrowLeft');
    await expect(position(audience)).toHaveAttribute('data-position', '1.2');
    await c.keyboard.press('g');
    await expect(c.locator('.lx-tile').nth(2)).toContainText('(hidden)');
    await c.keyboard.press('3');
    await c.keyboard.press('Enter');
    await expect(position(audience)).toHaveAttribute('data-position', '2.0');
    await expect(c.locator('#lx-slide')).toHaveText('Slide 3/5 (hidden)');
  } finally {
    await close();
    await host.dispose();
  }
});
