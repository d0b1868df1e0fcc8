import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startBrowserHost } from '../src/node/browser-host';
import { RENDERER_DIR } from './support/decks';

/**
 * The conflict banner's Compare on a long file: both sides edited one line each, far apart, and
 * the comparison marks just those lines, not the whole file as mine and then as theirs.
 */
test('Compare on a 3,000-line file marks only the lines that differ', async ({ page }, testInfo) => {
  // 30 slides of 100 points: long enough that the old comparison gave up on it.
  const lines = Array.from({ length: 30 }, (_, s) => [`## Part ${s + 1}`, '', ...Array.from({ length: 100 }, (_, i) => `- point ${s * 100 + i + 1}`), '', '---', ''])
    .flat()
    .slice(0, -3);
  // A busy machine takes seconds to lay out the editor and the preview of a file this long.
  const slow = { timeout: 30_000 };
  const deckDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-compare-e2e-'));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-compare-data-'));
  await writeFile(path.join(deckDir, '01-long.md'), `${lines.join('\n')}\n`);
  const host = await startBrowserHost({ deckDir, rendererDir: RENDERER_DIR, watch: true, dataDir });
  try {
    await page.goto(host.pageUrl('edit.html'));
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', slow);
    // Mine: line 3 (`- point 1`) gets a word. Theirs, saved by another editor: the last point.
    await page.locator('.cm-line').nth(2).click(slow);
    await page.keyboard.press('End');
    await page.keyboard.type(' (mine)');
    const theirs = [...lines.slice(0, -1), '- point 3000 (theirs)'];
    expect(lines.at(-1)).toBe('- point 3000');
    await writeFile(path.join(deckDir, '01-long.md'), `${theirs.join('\n')}\n`);
    await expect(page.locator('.banner.conflict')).toBeVisible(slow);
    await page.locator('.banner.conflict button.compare').click();
    await expect(page.locator('.compare-lines .mine')).toHaveText(['+ - point 1 (mine)', '+ - point 3000'], slow);
    await expect(page.locator('.compare-lines .theirs')).toHaveText(['− - point 1', '− - point 3000 (theirs)']);
    // Every other line (and the empty one after the last newline) is in both.
    await expect(page.locator('.compare-lines .same')).toHaveCount(lines.length - 1);
    await page.screenshot({ path: testInfo.outputPath('compare.png') });
    // Nothing was written: their text is on disk.
    expect(await readFile(path.join(deckDir, '01-long.md'), 'utf8')).toBe(`${theirs.join('\n')}\n`);
  } finally {
    await host.close();
    await rm(deckDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
});
