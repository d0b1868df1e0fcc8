import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { promisify } from 'node:util';
import { encodeText } from '../src/node/encode';
import { EncodingChoices } from '../src/node/encoding-choices';
import { pdfText } from '../test/support/pdf-inspect';
import { ROOT, serveDeck } from './support/decks';

/** Capitals in KOI8-R are small letters in Windows-1251, so Lectern's guess reads this file wrongly. */
const KOI8_TEXT = '# ВВЕДЕНИЕ\n\nПЛАН ЛЕКЦИИ\n';
/** UTF-8 Russian cut one byte into a letter (a broken download): shown with U+FFFD. */
const CUT_TEXT = '# Введение\n\nFlask - это микрофреймворк, а Django - полноценный фреймворк.\n\nNote: показать пример кода.\n';
const CUT = Buffer.concat([Buffer.from(CUT_TEXT), Buffer.from([0xd0])]);

function koi8(text: string): Buffer {
  const encoded = encodeText(text, { encoding: 'koi8-r', bom: false });
  if (!encoded.ok) throw new Error(encoded.message);
  return Buffer.from(encoded.bytes);
}

async function serveFiles(files: Record<string, Buffer | string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-encoding-e2e-'));
  for (const [name, data] of Object.entries(files)) await writeFile(path.join(dir, name), data);
  return { ...(await serveDeck(dir)), deckDir: dir };
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

const shownTitle = (page: Page) => page.locator('.reveal .slides > section.present h1');

/** Puts the cursor at the end of 1-based `line` in the editor (CodeMirror lives in a shadow root; locators pierce it). */
async function cursorToLineEnd(page: Page, line: number): Promise<void> {
  await page
    .locator('.cm-line')
    .nth(line - 1)
    .click();
  await page.keyboard.press('End');
}

test('a KOI8-R file the guess misreads: pick KOI8-R in the editor, the audience sees the right text, saves write KOI8-R', async ({ browser }) => {
  const host = await serveFiles({ '01-koi8.md': koi8(KOI8_TEXT), '02-end.md': '# Конец\n' });
  const file = path.join(host.deckDir, '01-koi8.md');
  const audience = await browser.newPage();
  const editor = await browser.newPage();
  try {
    await open(audience, host.url);
    await expect(shownTitle(audience)).toHaveText('ччедеойе');
    await open(editor, `${host.pageUrl('edit.html')}#file=01-koi8.md`);
    // The guess is shown, with the way out.
    await expect(editor.locator('.banner.encoding-guessed')).toContainText('Windows-1251');
    await expect(editor.locator('#encoding')).toHaveValue('auto');
    await expect(editor.locator('#encoding option[value="auto"]')).toHaveText(/Windows-1251/);
    await expect(editor.locator('#problems')).toContainText("choose its encoding in the editor's Encoding menu");

    await editor.locator('#encoding').selectOption('koi8-r');
    await expect(editor.locator('.cm-line').first()).toHaveText('# ВВЕДЕНИЕ');
    await expect(editor.locator('#encoding')).toHaveValue('koi8-r');
    await expect(editor.locator('.banner.encoding-chosen')).toContainText('KOI8-R');
    // The guess warning is gone from the problems (the deck now says "read as KOI8-R (chosen)", an info note).
    await expect(editor.locator('#problems')).not.toContainText('Encoding menu');
    // The deck was reloaded with the file read as KOI8-R, in every view.
    await expect(shownTitle(audience)).toHaveText('ВВЕДЕНИЕ');
    // Choosing changed nothing on disk.
    expect((await readFile(file)).equals(koi8(KOI8_TEXT))).toBe(true);

    await cursorToLineEnd(editor, 1);
    await editor.keyboard.type(' ДА');
    await editor.keyboard.press('Control+s');
    await expect(editor.locator('#file-status')).toHaveText(/^Saved|^Сохранено/);
    expect((await readFile(file)).equals(koi8('# ВВЕДЕНИЕ ДА\n\nПЛАН ЛЕКЦИИ\n'))).toBe(true);
    await expect(shownTitle(audience)).toHaveText('ВВЕДЕНИЕ ДА');

    // A character KOI8-R lacks is refused by name; nothing is written, never a `?`.
    await editor.keyboard.type(' 😀');
    await editor.keyboard.press('Control+s');
    await expect(editor.locator('.banner.error')).toContainText('“😀” (U+1F600) cannot be saved in KOI8-R');
    expect((await readFile(file)).equals(koi8('# ВВЕДЕНИЕ ДА\n\nПЛАН ЛЕКЦИИ\n'))).toBe(true);

    // The choice is remembered: a fresh editor page reads the file as KOI8-R again.
    const again = await browser.newPage();
    await open(again, `${host.pageUrl('edit.html')}#file=01-koi8.md`);
    await expect(again.locator('#encoding')).toHaveValue('koi8-r');
    await again.close();

    // Back to automatic with unsaved edits: asked first; Cancel keeps the edits.
    await editor.locator('#encoding').selectOption('auto');
    await expect(editor.locator('.banner.ask-reopen')).toBeVisible();
    await editor.locator('.banner.ask-reopen .cancel-reopen').click();
    await expect(editor.locator('.cm-line').first()).toHaveText('# ВВЕДЕНИЕ ДА 😀');
    await expect(editor.locator('#encoding')).toHaveValue('koi8-r');
    await editor.locator('#encoding').selectOption('auto');
    await editor.locator('.banner.ask-reopen .reopen-discard').click();
    await expect(editor.locator('#encoding')).toHaveValue('auto');
    await expect(editor.locator('.cm-line').first()).toHaveText('# ччедеойе дб');
    await expect(shownTitle(audience)).toHaveText('ччедеойе дб');
    expect((await readFile(file)).equals(koi8('# ВВЕДЕНИЕ ДА\n\nПЛАН ЛЕКЦИИ\n'))).toBe(true);
  } finally {
    await host.dispose();
  }
});

test('a file read from damaged UTF-8 asks before saving; declining leaves the file byte-identical', async ({ page }) => {
  const host = await serveFiles({ '01-cut.md': CUT });
  const file = path.join(host.deckDir, '01-cut.md');
  try {
    await open(page, `${host.pageUrl('edit.html')}#file=01-cut.md`);
    await expect(page.locator('.banner.encoding-damaged')).toContainText('1 damaged byte sequence');
    await cursorToLineEnd(page, 1);
    await page.keyboard.type('!');
    await page.keyboard.press('Control+s');
    await expect(page.locator('.banner.ask-damaged')).toContainText('Save anyway');
    await page.locator('.banner.ask-damaged .dont-save').click();
    await expect(page.locator('.banner.ask-damaged')).toHaveCount(0);
    await expect(page.locator('#file-status')).toHaveText(/Unsaved|несохранённые/);
    await page.waitForTimeout(300);
    expect((await readFile(file)).equals(CUT)).toBe(true);

    // Confirmed: written, with U+FFFD where the damaged byte was (what the editor showed).
    await page.keyboard.press('Control+s');
    await page.locator('.banner.ask-damaged .save-damaged').click();
    await expect(page.locator('#file-status')).toHaveText(/^Saved|^Сохранено/);
    const saved = await readFile(file);
    expect(saved.toString('utf8')).toBe(`${CUT_TEXT.replace('Введение', 'Введение!')}\ufffd`);
    await expect(page.locator('.banner.encoding-damaged')).toHaveCount(0);
  } finally {
    await host.dispose();
  }
});

test('lectern check and export read a file in the encoding chosen for it (from the data folder)', async () => {
  const deck = await mkdtemp(path.join(os.tmpdir(), 'lectern-encoding-cli-'));
  const data = await mkdtemp(path.join(os.tmpdir(), 'lectern-encoding-cli-data-'));
  const pdf = path.join(data, 'out.pdf');
  await writeFile(path.join(deck, '01-koi8.md'), koi8(KOI8_TEXT));
  const lectern = (args: string[]) => promisify(execFile)(process.execPath, [path.join(ROOT, 'bin/lectern.mjs'), ...args], { env: { ...process.env, LECTERN_DATA_DIR: data }, encoding: 'utf8' });
  try {
    const guessed = JSON.parse((await lectern(['check', deck, '--json', '--no-fit'])).stdout) as { slides: { title: string }[] };
    expect(guessed.slides.map((s) => s.title)).toEqual(['ччедеойе']);
    await new EncodingChoices(data, deck).set('01-koi8.md', 'koi8-r');
    const check = await lectern(['check', deck, '--no-fit']);
    expect(check.stdout).toContain('ВВЕДЕНИЕ');
    expect(check.stdout).toContain('read as KOI8-R (chosen)');
    await lectern(['export', deck, '-o', pdf]);
    expect(await pdfText(pdf)).toContain('ВВЕДЕНИЕ');
  } finally {
    await rm(deck, { recursive: true, force: true });
    await rm(data, { recursive: true, force: true });
  }
});

test('in Russian: the Encoding menu, the guess notice and the question before a damaged save', async ({ browser }) => {
  const host = await serveFiles({ '01-cut.md': CUT, '02-koi8.md': koi8(KOI8_TEXT) });
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  try {
    await open(page, `${host.pageUrl('edit.html')}#file=02-koi8.md`);
    await expect(page.locator('#encoding-menu')).toContainText('Кодировка');
    await expect(page.locator('#encoding option[value="auto"]')).toHaveText('Автоматически: Windows-1251 (угадана)');
    await expect(page.locator('.banner.encoding-guessed')).toContainText('Кодировка угадана: Windows-1251');
    await page.locator('li.file[data-id="01-cut.md"] .name').click();
    await expect(page.locator('.banner.encoding-damaged')).toContainText('повреждённых последовательностей байтов — 1');
    await cursorToLineEnd(page, 1);
    await page.keyboard.type('!');
    await page.keyboard.press('Control+s');
    await expect(page.locator('.banner.ask-damaged .save-damaged')).toHaveText('Всё равно сохранить');
    await page.locator('.banner.ask-damaged .dont-save').click();
    expect((await readFile(path.join(host.deckDir, '01-cut.md'))).equals(CUT)).toBe(true);
  } finally {
    await context.close();
    await host.dispose();
  }
});
