import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { InlineImage } from './inline-images';

// Browser globals used inside page.evaluate (this Node module has no DOM types).
declare const location: { hash: string };
declare const document: { querySelectorAll(selector: string): ArrayLike<{ src: string; offsetWidth: number; offsetHeight: number; decode(): Promise<void> }> };

/** Largest box, in slide pixels (the slide is 1280x720), at which the slides show an image. */
export interface ShownSize {
  width: number;
  height: number;
}

/** A short fingerprint of a data URL, the same in Node and in the page (the URL itself can be megabytes). @internal */
export function dataUrlKey(url: string): string {
  const mid = Math.floor(url.length / 2);
  return `${url.length}:${url.slice(mid, mid + 48)}:${url.slice(-48)}`;
}

/** The key of an image as the exported page shows it. */
export const imageKey = (img: InlineImage): string => dataUrlKey(`data:image/${img.format};base64,${img.bytes.toString('base64')}`);

/**
 * Opens the exported page (images still at full size) in `page` and walks the slides that show
 * images, as the player lays them out, recording the largest size each image is shown at.
 * The page is a file in a fresh temp folder, the only address the caller's routing lets through.
 */
export async function measureShownImages(page: Page, html: string, slides: number[], allow: (url: string) => void): Promise<Map<string, ShownSize>> {
  const shown = new Map<string, ShownSize>();
  if (!slides.length) return shown;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-measure-'));
  try {
    const file = path.join(dir, 'deck.html');
    await writeFile(file, html);
    const url = pathToFileURL(file).href;
    allow(url);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${url}#/${slides[0]}`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
    for (const index of slides) {
      await page.evaluate((n) => (location.hash = `#/${n}`), index);
      await page.waitForSelector(`html[data-slide="${index}"]`, { timeout: 10_000 }).catch(() => null);
      const sizes = await page.evaluate(async () => {
        const imgs = Array.from(document.querySelectorAll('#stage .lectern-slide img'));
        await Promise.all(imgs.map((img) => img.decode().catch(() => undefined)));
        // The same fingerprint as dataUrlKey (functions cannot be passed into the page).
        return imgs.map((img) => {
          const mid = Math.floor(img.src.length / 2);
          return { key: `${img.src.length}:${img.src.slice(mid, mid + 48)}:${img.src.slice(-48)}`, width: img.offsetWidth, height: img.offsetHeight };
        });
      });
      for (const { key, width, height } of sizes) {
        if (!width || !height) continue;
        const was = shown.get(key);
        shown.set(key, { width: Math.max(width, was?.width ?? 0), height: Math.max(height, was?.height ?? 0) });
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return shown;
}
