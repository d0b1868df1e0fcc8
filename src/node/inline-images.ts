import { readFile } from 'node:fs/promises';
import { deckPathOf } from '../core/url-policy';
import { sniffRasterFormat } from './image-header';
import { resolveInsideDeck } from './paths';

/** Deck images as `data:` URLs, by deck-relative path: read once each however often they are shown. */
export class ImageInliner {
  private cache = new Map<string, Promise<string | null>>();
  /** Total bytes of the images inlined (before base64). */
  bytes = 0;

  /**
   * @param deckDir the deck folder; only files inside it are read
   * @param allowed paths the deck loader found present and sane (its `assetVersions`)
   */
  constructor(private deckDir: string, private allowed: Record<string, number>) {}

  /** A data URL for a deck image, or null (missing, outside the deck, not a raster image). */
  dataUrl(relPath: string): Promise<string | null> {
    let hit = this.cache.get(relPath);
    if (!hit) {
      hit = this.read(relPath);
      this.cache.set(relPath, hit);
    }
    return hit;
  }

  private async read(relPath: string): Promise<string | null> {
    if (!this.allowed[relPath]) return null;
    const file = await resolveInsideDeck(this.deckDir, relPath);
    if (!file) return null;
    const bytes = await readFile(file).catch(() => null);
    // Only what the sanitizer lets through as data: images (PNG, JPEG, GIF, WebP), by content.
    const format = bytes ? sniffRasterFormat(bytes) : null;
    if (!bytes || !format) return null;
    this.bytes += bytes.length;
    return `data:image/${format};base64,${bytes.toString('base64')}`;
  }

  /** Rewrites every `src="/deck/…"` of a slide's HTML to a data URL (left as is when it cannot be read). */
  async inline(html: string): Promise<string> {
    const srcs = [...new Set([...html.matchAll(/\ssrc="(\/deck\/[^"]*)"/g)].map((m) => m[1]!))];
    let out = html;
    for (const src of srcs) {
      const rel = deckPathOf(src.replace(/&amp;/g, '&'));
      const url = rel ? await this.dataUrl(rel) : null;
      if (url) out = out.split(`src="${src}"`).join(`src="${url}"`);
    }
    return out;
  }
}
