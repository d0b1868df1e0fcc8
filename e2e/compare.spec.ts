import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { ROOT, serveDeck } from './support/decks';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'bin/lectern.mjs');
const present = (page: Page) => page.locator('.reveal .slides > section.present');

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** A comparison deck of `subjects` with one dimension file and a conclusion holding the marker. */
async function makeDeck(subjects: string[], colours = ''): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-cmp-'));
  await writeFile(path.join(dir, 'deck.yaml'), `title: DB\nlang: en\ncompare: [${subjects.join(', ')}]\n${colours}`);
  const cards = subjects.map((s, i) => `### ${s}\n\n${Array.from({ length: i + 1 }, (_, k) => `- point ${k + 1} of ${s}`).join('\n')}\n`).join('\n');
  const summary = subjects.map((s) => `  ${s}: "${s} verdict"`).join('\n');
  await writeFile(path.join(dir, '1-storage.md'), `---\ntitle: Storage\nsummary:\n${summary}\n---\n\n## Storage engines\n\n${cards}`);
  await writeFile(path.join(dir, '2-end.md'), '## Where they stand\n\n::: summary\n');
  return dir;
}

/** Geometry of the cards on the slide on screen, in slide pixels. */
async function cardBoxes(page: Page) {
  return present(page)
    .locator('.cmp-card')
    .evaluateAll((cards) =>
      cards.map((c) => {
        const r = c.getBoundingClientRect();
        const row = c.parentElement!.getBoundingClientRect();
        return { top: r.top, height: r.height, right: r.right, rowRight: row.right, overflows: c.scrollWidth > c.clientWidth + 1, colour: getComputedStyle(c).borderTopColor };
      }),
    );
}

for (const subjects of [
  ['PostgreSQL', 'MySQL', 'SQLite'],
  ['AWS', 'Azure', 'GCP', 'Hetzner'],
]) {
  test(`${subjects.length} subjects: equal-height cards side by side in distinct colours, a matrix that links to its rows`, async ({ page }) => {
    const host = await serveDeck(await makeDeck(subjects));
    try {
      await open(page, host.url);
      await expect(present(page).locator('h2')).toHaveText('Storage engines');
      const boxes = await cardBoxes(page);
      expect(boxes).toHaveLength(subjects.length);
      for (const b of boxes) {
        expect(b.top).toBeCloseTo(boxes[0]!.top, 0);
        expect(b.height).toBeCloseTo(boxes[0]!.height, 0);
        expect(b.overflows).toBe(false);
        expect(b.right).toBeLessThanOrEqual(b.rowRight + 1);
      }
      expect(new Set(boxes.map((b) => b.colour)).size).toBe(subjects.length);
      await page.screenshot({ path: test.info().outputPath(`cards-${subjects.length}.png`) });
      await page.keyboard.press('ArrowRight');
      const matrix = present(page).locator('table.cmp-matrix');
      await expect(matrix.locator('thead th')).toHaveText(['', ...subjects]);
      await expect(matrix.locator('tbody td')).toHaveText(subjects.map((s) => `${s} verdict`));
      await page.screenshot({ path: test.info().outputPath(`matrix-${subjects.length}.png`) });
      await matrix.getByRole('link', { name: 'Storage' }).click();
      await expect(present(page).locator('h2')).toHaveText('Storage engines');
    } finally {
      await host.dispose();
    }
  });
}

test('the matrix follows edits of a verdict while presenting', async ({ page }) => {
  const dir = await makeDeck(['Flask', 'Django']);
  const host = await serveDeck(dir);
  try {
    await open(page, `${host.url}#/1`);
    const cells = present(page).locator('table.cmp-matrix tbody td');
    await expect(cells).toHaveText(['Flask verdict', 'Django verdict']);
    const file = path.join(dir, '1-storage.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"Django verdict"', '"batteries included"'));
    await expect(cells).toHaveText(['Flask verdict', 'batteries included']);
  } finally {
    await host.dispose();
  }
});

test('the bundled deck: check is clean, and one PDF page holds the whole summary matrix', async () => {
  const check = await run(process.execPath, [CLI, 'check', path.join(ROOT, 'slides')], { encoding: 'utf8' });
  expect(check.stdout).toContain('0 error(s), 0 warning(s)');
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-cmp-pdf-')), 'deck.pdf');
  await run(process.execPath, [CLI, 'export', path.join(ROOT, 'slides'), '-o', out], { encoding: 'utf8' });
  const { stdout: all } = await run('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
  const pages = all.split('\f');
  const page = pages.find((p) => p.includes('Итоги сравнения по пяти пунктам'));
  expect(page, 'no page with the summary matrix').toBeDefined();
  const flat = page!.replace(/\s+/g, ' ');
  for (const words of ['Flask', 'Django', 'Размер и сложность', 'Философия и подход', 'ORM и базы данных', 'Административная панель', 'Расширяемость']) expect(flat).toContain(words);
  for (const file of ['02-razmer-i-slozhnost.md', '03-filosofiya.md', '04-orm-i-bazy-dannyh.md', '05-admin-panel.md', '06-rasshiryaemost.md']) {
    const fm = /summary:\n {2}Flask: "([^"]+)"\n {2}Django: "([^"]+)"/.exec(await readFile(path.join(ROOT, 'slides', file), 'utf8'));
    expect(fm, file).not.toBeNull();
    // Each verdict word is on the page (pdftotext -layout interleaves the two columns' lines).
    for (const word of `${fm![1]} ${fm![2]}`.split(/\s+/)) expect(flat).toContain(word);
  }
});
