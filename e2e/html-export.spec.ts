import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { loadDeck } from '../src/node/read-deck';
import { XSS_PAYLOADS } from './fixtures/xss/payloads';
import { FIXTURES, ROOT } from './support/decks';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'bin/lectern.mjs');

async function lectern(args: string[]) {
  return run(process.execPath, [CLI, ...args], { encoding: 'utf8' }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

/** Blocks every request that is not the exported file itself and records it (there must be none). */
async function offline(page: Page): Promise<{ blocked: string[]; csp: string[]; errors: string[] }> {
  const seen = { blocked: [] as string[], csp: [] as string[], errors: [] as string[] };
  await page.context().route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    seen.blocked.push(url);
    return route.abort();
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) seen.csp.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

const slideNow = (page: Page) => page.locator('#stage .lectern-slide');
const at = async (page: Page) => Number(await page.locator('html').getAttribute('data-slide'));

test('the bundled deck as one HTML file: every slide from file:// with no network, fonts and matrix inline', async ({ page }) => {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-html-')), 'talk.html');
  const res = await lectern(['export', 'slides', '-o', out]);
  expect(res.code, res.stderr).toBe(0);
  expect(res.stdout).toMatch(/Wrote .*talk\.html \(15 slides, [\d.]+ (KB|MB)/);
  const deck = await loadDeck(path.join(ROOT, 'slides'));
  const seen = await offline(page);
  await page.goto(`file://${out}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  expect(await page.evaluate(() => document.fonts.check('34px "PT Sans"', 'Ж'))).toBe(true);
  await page.evaluate(() => document.fonts.ready);
  for (let i = 0; i < deck.slides.length; i++) {
    expect(await at(page)).toBe(i);
    const title = deck.slides[i]!.title;
    if (title) await expect.poll(async () => (await slideNow(page).locator('h1, h2').first().innerText()).replace(/\s+/g, ' ')).toBe(title);
    if (i < deck.slides.length - 1) await page.keyboard.press('ArrowRight');
  }
  // The conclusion's summary matrix is there, in the subjects' colours.
  await page.goto(`file://${out}#/${deck.sections.find((s) => s.file === '07-vyvody.md')!.firstSlide}`);
  await expect(slideNow(page).locator('table.cmp-matrix tbody tr')).toHaveCount(5);
  await page.screenshot({ path: test.info().outputPath('matrix.png') });
  expect(seen).toEqual({ blocked: [], csp: [], errors: [] });
});

test('keys as in the app, #/n links, overview, help, and a speaker window kept in sync', async ({ page, context }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-html-deck-'));
  await cp(path.join(FIXTURES, 'basic', 'img'), path.join(dir, 'img'), { recursive: true });
  await writeFile(
    path.join(dir, '1-intro.md'),
    '# Первый слайд\n\nNote:\nЗаметка ведущего для первого слайда.\n\n---\n\n## Второй слайд\n\n- пункт один\n\n<p class="fragment">пункт два</p>\n\n<!-- Комментарий Marp как заметка -->',
  );
  await writeFile(
    path.join(dir, '2-code.md'),
    '---\ntitle: Код\n---\n# Пример кода\n\n```python\ndef hello(name):\n    return name\n```\n\n---\n\n## Картинка\n\n![Логотип](img/logo.png)\n\n---\n\n<!-- .slide: data-visibility="hidden" -->\n## Скрытый слайд',
  );
  await writeFile(path.join(dir, '3-end.md'), '# Последний слайд\n\nСпасибо!');
  const out = path.join(dir, 'out.html');
  expect((await lectern(['export', dir, '--format', 'html', '-o', out])).code).toBe(0);
  const seen = await offline(page);
  await page.goto(`file://${out}#/1`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  expect(await at(page)).toBe(1);
  await expect(slideNow(page).locator('h2')).toHaveText('Второй слайд');
  // A fragment is a step: PageDown shows it before the next slide comes.
  await expect(slideNow(page).locator('.fragment')).not.toHaveClass(/visible/);
  await page.keyboard.press('PageDown');
  await expect(slideNow(page).locator('.fragment')).toHaveClass(/visible/);
  expect(await at(page)).toBe(1);
  await page.keyboard.press('PageDown');
  expect(await at(page)).toBe(2);
  await page.keyboard.press('PageUp');
  expect(await at(page)).toBe(1);
  await page.keyboard.press('End');
  await expect(slideNow(page)).toContainText('Последний слайд');
  await page.keyboard.press('Home');
  expect(await at(page)).toBe(0);
  expect(page.url()).toMatch(/#\/0$/);
  // The image travelled inside the file.
  await page.goto(`file://${out}#/3`);
  await expect(slideNow(page).locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  expect(
    await slideNow(page)
      .locator('img')
      .evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);
  await page.keyboard.press('b');
  await expect(page.locator('html')).toHaveAttribute('data-screen', 'black');
  await page.keyboard.press('.');
  await expect(page.locator('html')).toHaveAttribute('data-screen', 'normal');
  await page.keyboard.press('o');
  await expect(page.locator('#overview .tile')).toHaveCount(6);
  await expect(page.locator('#overview .tile.current')).toHaveCount(1);
  await page.locator('#overview .tile').nth(5).click();
  await expect(page.locator('#overview')).toBeHidden();
  expect(await at(page)).toBe(5);
  await page.keyboard.press('Shift+?');
  await expect(page.locator('#lectern-help')).toContainText(/Keyboard shortcuts|Сочетания клавиш/);
  await page.keyboard.press('Escape');
  await expect(page.locator('#lectern-help')).toHaveCount(0);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);

  // S: the speaker window, opened from file:// and kept in sync with window.opener messages.
  await page.keyboard.press('Home');
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(speaker.locator('#notes')).toContainText('Заметка ведущего для первого слайда.');
  await expect(speaker.locator('#now .lectern-slide h1')).toHaveText('Первый слайд');
  await expect(speaker.locator('#next .lectern-slide h2')).toHaveText('Второй слайд');
  await expect(speaker.locator('#where')).toHaveText(/1 (of|из) 5/);
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => at(page)).toBe(1);
  await expect(speaker.locator('#notes')).toContainText('Комментарий Marp как заметка');
  // The talk clock started with the first move and runs in the speaker view.
  await expect(speaker.locator('#talk')).toHaveText(/0:0[1-9]/, { timeout: 5000 });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(speaker.locator('#now .lectern-slide h1')).toHaveText('Пример кода');
  await speaker.screenshot({ path: test.info().outputPath('speaker.png') });
  await speaker.keyboard.press('b');
  await expect(page.locator('html')).toHaveAttribute('data-screen', 'black');
  expect(seen).toEqual({ blocked: [], csp: [], errors: [] });
});

test('deck content is sanitized as everywhere else: no payload runs or loads from file://', async ({ page }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-html-xss-'));
  await writeFile(path.join(dir, 'deck.md'), XSS_PAYLOADS.map((p) => `${p.markdown}\n\nNote: ${p.markdown}`).join('\n\n---\n\n'));
  const out = path.join(dir, 'x.html');
  expect((await lectern(['export', dir, '-o', out])).code).toBe(0);
  const seen = await offline(page);
  await page.goto(`file://${out}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  for (let i = 1; i < XSS_PAYLOADS.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('o');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => !!(window as unknown as { __xss?: unknown }).__xss)).toBe(false);
  expect(seen.blocked).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('format from the extension or --format; a mismatch and PDF-only options are refused; old file kept', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-html-cli-'));
  const out = path.join(dir, 'talk.html');
  await writeFile(out, 'old');
  const mismatch = await lectern(['export', 'slides', '-o', out, '--format', 'pdf']);
  expect(mismatch.code).toBe(2);
  expect(mismatch.stderr).toContain('lectern: talk.html ends in .html but --format pdf was given');
  const layout = await lectern(['export', 'slides', '-o', out, '--layout', 'notes']);
  expect(layout.code).toBe(2);
  expect(layout.stderr).toContain('--layout applies to PDF export only');
  expect(await readFile(out, 'utf8')).toBe('old');
  const noExt = path.join(dir, 'talk');
  expect((await lectern(['export', 'slides', '-o', noExt, '--format', 'html'])).code).toBe(0);
  expect((await readFile(noExt, 'utf8')).startsWith('<!doctype html>')).toBe(true);
  expect((await stat(noExt)).size).toBeLessThan(3 * 1024 * 1024);
});

test('a large photo is stored at twice the size the slide shows it unless --keep-images; the size is reported', async ({ page }) => {
  // Two exports, one starting the system Chromium to scale the image: slow on a busy machine.
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-html-img-'));
  // A 3200x1800 photo-like JPEG, drawn by the browser (noise keeps it from compressing to nothing).
  const b64 = await page.evaluate(async () => {
    const c = new OffscreenCanvas(3200, 1800);
    const g = c.getContext('2d')!;
    const data = g.createImageData(3200, 1800);
    for (let i = 0; i < data.data.length; i++) data.data[i] = (i * 2654435761) >>> 24;
    g.putImageData(data, 0, 0);
    const buf = new Uint8Array(await (await c.convertToBlob({ type: 'image/jpeg', quality: 0.95 })).arrayBuffer());
    let s = '';
    for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
    return btoa(s);
  });
  await writeFile(path.join(dir, 'photo.jpg'), Buffer.from(b64, 'base64'));
  // The slide shows the photo 320 px wide: 640 px (twice that) is all a sharp screen needs.
  await writeFile(path.join(dir, 'a.md'), '# Photo\n\n---\n\n## Small\n\n<img src="photo.jpg" alt="small" width="320">');
  const sizesIn = async (file: string) => {
    await page.goto(`file://${file}#/1`);
    const img = page.locator('#stage img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
    return img.evaluate((i: HTMLImageElement) => ({ natural: [i.naturalWidth, i.naturalHeight], shown: [i.offsetWidth, i.offsetHeight] }));
  };
  const small = path.join(dir, 'small.html');
  const res = await lectern(['export', dir, '-o', small]);
  expect(res.stdout).toMatch(/2 slides, [\d.]+ (KB|MB); images [\d.]+ (KB|MB), 1 stored at the size the slides show them/);
  expect(await sizesIn(small)).toEqual({ natural: [640, 360], shown: [320, 180] });
  const full = path.join(dir, 'full.html');
  expect((await lectern(['export', dir, '-o', full, '--keep-images'])).code).toBe(0);
  expect(await sizesIn(full)).toEqual({ natural: [3200, 1800], shown: [320, 180] });
  expect((await stat(small)).size).toBeLessThan((await stat(full)).size);
});
