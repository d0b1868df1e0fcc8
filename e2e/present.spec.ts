import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { copyDeck, FIXTURES, ROOT, serveDeck } from './support/decks';

/** Deck index of the slide reveal.js shows (the audience view mounts a window of the deck). */
async function currentIndex(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector<HTMLElement>('.reveal .slides > section.present')?.dataset.index ?? -1));
}

/** Slides in the deck (not only the mounted ones). */
const slideCount = async (page: Page): Promise<number> => Number(await page.locator('html').getAttribute('data-slide-count'));

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

const present = (page: Page) => page.locator('.reveal .slides > section.present');

test('the bundled deck renders in Russian with bundled fonts, slide numbers and no request outside the app', async ({ page }) => {
  const host = await serveDeck(await copyDeck(path.join(ROOT, 'slides')));
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(host.origin) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  // The strict CSP (no inline styles or scripts) must not break anything the views do.
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  try {
    await open(page, host.url);
    await expect(present(page).locator('h1')).toContainText(/В чем разница\s*между Flask и Django\?/);
    await expect(page.locator('.reveal .slide-number')).toContainText('1');
    await expect(page).toHaveTitle(/Flask и Django/);
    expect(await page.evaluate(() => document.fonts.check('34px "PT Sans"', 'Ж'))).toBe(true);
    // Walk the whole deck so every slide's images and fonts are requested.
    const total = await slideCount(page);
    for (let i = 1; i < total; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentIndex(page)).toBe(total - 1);
    await expect(present(page)).toContainText('Спасибо');
    await page.keyboard.press('o');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+?');
    await page.goto(host.pageUrl('print.html'));
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    expect(outside).toEqual([]);
    expect(cspViolations).toEqual([]);
  } finally {
    await host.dispose();
  }
});

test('keyboard: arrows, PageUp/PageDown from clickers, Home/End, overview, blackout', async ({ page }) => {
  const host = await serveDeck(await copyDeck(path.join(FIXTURES, 'basic')));
  try {
    await open(page, host.url);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentIndex(page)).toBe(1);
    await page.keyboard.press('PageDown');
    await expect.poll(() => currentIndex(page)).toBe(2);
    await page.keyboard.press('PageUp');
    await expect.poll(() => currentIndex(page)).toBe(1);
    await page.keyboard.press('End');
    await expect.poll(() => currentIndex(page)).toBe(4);
    await expect(present(page)).toContainText('Последний слайд');
    await page.keyboard.press('Home');
    await expect.poll(() => currentIndex(page)).toBe(0);
    await page.keyboard.press('o');
    await expect(page.locator('#lectern-overview')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#lectern-overview')).toBeHidden();
    // ? shows the localized key help; Esc closes it without toggling the overview.
    await page.keyboard.press('Shift+?');
    await expect(page.locator('#lectern-help')).toContainText('Keyboard shortcuts');
    await expect(page.locator('#lectern-help')).toContainText('Black screen');
    await page.keyboard.press('Escape');
    await expect(page.locator('#lectern-help')).toHaveCount(0);
    await expect(page.locator('#lectern-overview')).toBeHidden();
    await page.keyboard.press('b');
    await expect(page.locator('.lectern-screen')).toBeVisible();
    await expect(page.locator('.lectern-screen')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await page.keyboard.press('b');
    await expect(page.locator('.lectern-screen')).toBeHidden();
    // Directives in comments are never applied; Marp-style comments are notes, not content.
    await expect(page.locator('.reveal .slides')).not.toContainText('Комментарий Marp');
    // A reload of the page keeps the position (it is held by the host, not the page).
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentIndex(page)).toBe(1);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect.poll(() => currentIndex(page)).toBe(1);
  } finally {
    await host.dispose();
  }
});

test('live reload: edits show at once and the view stays on the slide the presenter is on', async ({ page }) => {
  const deckDir = await copyDeck(path.join(FIXTURES, 'basic'));
  const host = await serveDeck(deckDir);
  try {
    await open(page, `${host.url}#/1`);
    await expect(present(page)).toContainText('Второй слайд');
    const intro = path.join(deckDir, '1-intro.md');
    await writeFile(intro, (await readFile(intro, 'utf8')).replace('- пункт два', '- пункт два, исправленный'));
    await expect(present(page)).toContainText('пункт два, исправленный');
    expect(await currentIndex(page)).toBe(1);
    // A save that changes nothing (touch) does not reload.
    const revision = await page.locator('html').getAttribute('data-revision');
    await writeFile(intro, await readFile(intro));
    await page.waitForTimeout(400);
    expect(await page.locator('html').getAttribute('data-revision')).toBe(revision);
    // A slide inserted above the current one: the view follows its slide, not its number.
    await writeFile(intro, `# Новый первый слайд\n\n---\n\n${await readFile(intro, 'utf8')}`);
    await expect(page.locator('.reveal .slides > section[data-index="0"]')).toContainText('Новый первый слайд');
    await expect.poll(() => currentIndex(page)).toBe(2);
    await expect(present(page)).toContainText('Второй слайд');
    // Editing another file updates it without moving the projector away.
    const end = path.join(deckDir, '10-end.md');
    await writeFile(end, '# Последний слайд\n\nСпасибо за внимание!');
    await expect(page.locator(`.reveal .slides > section[data-index="${(await slideCount(page)) - 1}"]`)).toContainText('Спасибо за внимание!');
    expect(await currentIndex(page)).toBe(2);
    // A new file appears without a restart; a broken file shows a problem with its line.
    await writeFile(path.join(deckDir, '5-new.md'), '---\ntitle: [oops\n---\n# Новый файл');
    await expect(page.locator('.reveal .slides')).toContainText('Новый файл');
    // Problems show in the console, never on the projector.
    await expect(page.locator('#lectern-problems')).toHaveCount(0);
    const consolePage = await page.context().newPage();
    await consolePage.goto(host.pageUrl('console.html'));
    await expect(consolePage.locator('#lectern-problems')).toContainText('5-new.md:2');
    await consolePage.close();
    expect(await currentIndex(page)).toBe(2);
    // An image replaced on disk is shown anew (its URL carries the file's version).
    const logo = page.locator('.reveal .slides img[src*="logo.png"]');
    const before = await logo.getAttribute('src');
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(path.join(deckDir, 'img/logo.png'), await readFile(path.join(FIXTURES, 'basic/img/logo.png')));
    await expect(logo).not.toHaveAttribute('src', before!);
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
  } finally {
    await host.dispose();
  }
});

test('the browser host needs its access key, refuses other Host headers and paths outside the deck, sandboxes deck files', async ({ request }) => {
  const host = await serveDeck(await copyDeck(path.join(FIXTURES, 'basic')));
  try {
    // Without the access key nothing is served, not even the deck's data.
    expect((await request.post(`${host.origin}api/op/loadDeck`, { data: { args: [] }, headers: { Origin: host.origin.slice(0, -1) } })).status()).toBe(403);
    expect((await request.get(`${host.origin}deck/img/logo.png`)).status()).toBe(403);
    expect((await request.get(`${host.origin}?t=wrong-key`)).status()).toBe(403);
    // A key of the right length in characters but not in bytes is refused, not a server error.
    expect((await request.get(`${host.origin}?t=${encodeURIComponent('é'.repeat(24))}`)).status()).toBe(403);
    // The printed URL sets a cookie; from then on the app and the deck are served.
    const page = await request.get(host.url);
    expect(page.status()).toBe(200);
    expect(page.headers()['content-security-policy']).toContain("script-src 'self'");
    const image = await request.get(`${host.origin}deck/img/logo.png`);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-security-policy']).toMatch(/^sandbox/);
    expect((await request.get(`${host.origin}deck/..%2f..%2fetc%2fpasswd`)).status()).toBe(404);
    expect((await request.get(`${host.origin}deck/%2e%2e/%2e%2e/etc/passwd`)).status()).toBe(404);
    expect((await request.get(`${host.origin}index.html`, { headers: { Host: 'evil.example' } })).status()).toBe(421);
    // The cookie opens pages, never operations: those need the key in a header.
    expect((await request.post(`${host.origin}api/op/loadDeck`, { data: { args: [] }, headers: { Origin: host.origin.slice(0, -1) } })).status()).toBe(403);
  } finally {
    await host.dispose();
  }
});

test('a large deck renders only a window of slides; links, overview clicks and numbers use deck positions', async ({ page }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-window-'));
  const slides = Array.from({ length: 300 }, (_, i) => (i === 0 ? '# Start\n\n[to slide 201](#/200)' : `## Slide ${i + 1}`));
  await writeFile(path.join(dir, 'big.md'), slides.join('\n\n---\n\n'));
  await writeFile(path.join(dir, 'z-hidden.md'), '---\nhidden: true\n---\n## Backup slide');
  const host = await serveDeck(dir);
  try {
    await open(page, host.url);
    await expect(page.locator('html')).toHaveAttribute('data-slide-count', '301');
    expect(await page.locator('.reveal .slides > section').count()).toBeLessThanOrEqual(25);
    // Hidden slides are not counted in the audience's numbers.
    await expect(page.locator('.reveal .slide-number')).toHaveText(/^\s*1\s*\/\s*300\s*$/);
    await present(page).getByRole('link', { name: 'to slide 201' }).click();
    await expect(present(page)).toHaveText('Slide 201');
    expect(await currentIndex(page)).toBe(200);
    await expect(page.locator('.reveal .slide-number')).toHaveText(/^\s*201\s*\/\s*300\s*$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(present(page)).toHaveText('Slide 203');
    // In the overview, clicking a neighbour shows that slide of the deck.
    await page.keyboard.press('o');
    await expect(page.locator('#lectern-overview')).toBeVisible();
    await page.locator('#lectern-overview .lectern-tile[data-index="205"]').click();
    await expect(page.locator('#lectern-overview')).toBeHidden();
    await expect(present(page)).toHaveText('Slide 206');
    // Moving far in the overview mounts new slides; a click on one of those works too.
    await page.keyboard.press('o');
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentIndex(page)).toBe(220);
    await page.locator('#lectern-overview .lectern-tile[data-index="228"]').click();
    await expect(page.locator('#lectern-overview')).toBeHidden();
    await expect(present(page)).toHaveText('Slide 229');
    await page.keyboard.press('End');
    await expect(present(page)).toHaveText('Slide 300');
    await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-index', '299');
  } finally {
    await host.dispose();
  }
});

test('a #/n address on a large deck that opens in part goes to that slide of the whole deck', async ({ page }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-linked-'));
  await writeFile(path.join(dir, '01-start.md'), '# Start');
  // About 400 KB of slides: the views get the first part at once and the rest as a reload.
  await writeFile(path.join(dir, '02-long.md'), Array.from({ length: 400 }, (_, i) => `## Long ${i + 1}\n\n${'слово '.repeat(170)}`).join('\n\n---\n\n'));
  const host = await serveDeck(dir);
  try {
    await page.goto(`${host.url}#/300`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(present(page).locator('h2')).toHaveText('Long 300', { timeout: 30_000 });
    await expect(page.locator('html')).toHaveAttribute('data-slide-count', '401');
    expect(page.url()).not.toContain('#/');
  } finally {
    await host.dispose();
  }
});
