import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** A deck of `count` slides in one file, each with a title, some Russian text and speaker notes. */
export async function makeDeck(count: number, title: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-export-dialog-'));
  await writeFile(path.join(dir, 'deck.yaml'), `title: ${title}\nlang: ru\ndate: 2026-12-01\n`);
  const slides = Array.from({ length: count }, (_v, i) => `# Слайд ${i + 1}\n\nТекст слайда ${i + 1}.\n\nNote: Заметка-${i + 1} для ведущего.`);
  await writeFile(path.join(dir, '1-main.md'), slides.join('\n\n---\n\n'));
  return dir;
}

/** Opens the Export dialog on a served deck; collects CSP violations, page errors and failed requests of the page. */
export async function openDialog(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    // (The browser's own favicon request is not the page's: it 404s and is no problem.)
    if (/Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(url);
  await expect(page.locator('#preview-box .page')).toHaveCount(1);
  return problems;
}
