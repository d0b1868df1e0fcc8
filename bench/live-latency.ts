/**
 * What a trainer waits for outside export: `lectern serve` from start to the first slide on
 * screen, a keystroke in the built-in editor to its preview, and a save in the editor to the
 * projector (the audience view), all in the same browser as the rest of the bench.
 */
import { spawn } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import type { BrowserHost } from '../src/node/browser-host';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `lectern serve <deck>` spawned, then the audience page opened as soon as it prints its
 * address: milliseconds from the spawn to the first slide shown (data-ready).
 */
export async function timeServeToFirstSlide(browser: Browser, cli: string, deckDir: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [cli, 'serve', deckDir], { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /audience view:\s+(\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`lectern serve exited with ${code}`)));
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 120_000, polling: 10 });
      return performance.now() - start;
    } finally {
      await page.close();
    }
  } finally {
    child.kill();
  }
}

/**
 * Stamps (epoch ms) the first change under `selector` whose text contains `marker`. Slide
 * previews are drawn in the element's shadow root (slide-frame.ts): that is what is watched.
 */
async function watchFor(page: Page, selector: string, marker: string): Promise<void> {
  await page.evaluate(
    ([sel, m]) => {
      const w = window as unknown as { __seen?: number };
      w.__seen = 0;
      const el = document.querySelector(sel!)!;
      const target = el.shadowRoot ?? el;
      const obs = new MutationObserver(() => {
        if (!w.__seen && target.textContent?.includes(m!)) {
          w.__seen = performance.timeOrigin + performance.now();
          obs.disconnect();
        }
      });
      obs.observe(target, { subtree: true, childList: true, characterData: true });
    },
    [selector, marker],
  );
}

async function seenAt(page: Page): Promise<number> {
  await page.waitForFunction(() => !!(window as unknown as { __seen?: number }).__seen, undefined, { timeout: 30_000, polling: 5 });
  return page.evaluate(() => (window as unknown as { __seen: number }).__seen);
}

/** Epoch ms of the next keydown in the page (capture phase, before the editor handles it). */
async function stampNextKey(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyAt?: number };
    w.__keyAt = 0;
    window.addEventListener('keydown', () => (w.__keyAt ||= performance.timeOrigin + performance.now()), { capture: true, once: true });
  });
}

/**
 * In the editor of the deck's first file: a typed character to the preview showing it, and
 * Ctrl+S to the audience view showing the saved text. Medians over `rounds`.
 */
export async function timeEditorLatency(browser: Browser, host: BrowserHost, rounds: number): Promise<{ keyToPreviewMs: number; saveToProjectorMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const audience = await context.newPage();
    const editor = await context.newPage();
    await audience.goto(host.url);
    await editor.goto(host.pageUrl('edit.html'));
    for (const p of [audience, editor]) await p.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 120_000 });
    // The first slide's heading: "## Слайд 1: ..." on line 4 of the generated file.
    await editor.locator('.cm-line', { hasText: 'Слайд 1:' }).first().click();
    await editor.keyboard.press('End');
    await editor.keyboard.type('ё');
    await editor.waitForFunction(() => document.querySelector('.preview-box')?.shadowRoot?.textContent?.includes('ё'));
    const keys: number[] = [];
    const saves: number[] = [];
    // Keys on the US layout, so each is a real keydown (Playwright inserts other text without key events).
    const letters = 'QWZXJVKYPGFDHLMNRTBC';
    for (let r = 0; r < Math.min(rounds, letters.length); r++) {
      // The last two characters typed: new text on every round.
      const marker = `${r ? letters[r - 1] : 'ё'}${letters[r]}`;
      await watchFor(editor, '.preview-box', marker);
      await stampNextKey(editor);
      await editor.keyboard.type(letters[r]!);
      keys.push((await seenAt(editor)) - (await editor.evaluate(() => (window as unknown as { __keyAt: number }).__keyAt)));
      await watchFor(audience, '.reveal .slides', marker);
      await stampNextKey(editor);
      await editor.keyboard.press('Control+s');
      saves.push((await seenAt(audience)) - (await editor.evaluate(() => (window as unknown as { __keyAt: number }).__keyAt)));
    }
    return { keyToPreviewMs: +median(keys).toFixed(1), saveToProjectorMs: +median(saves).toFixed(1) };
  } finally {
    await context.close();
  }
}
