import { readFile } from 'node:fs/promises';
import { deckPathOf } from '../core/url-policy';
import { sniffRasterFormat } from './image-header';
import { resolveInsideDeck } from './paths';

/** A deck image read for inlining. */
export interface InlineImage {
  bytes: Buffer;
  format: 'png' | 'jpeg' | 'gif' | 'webp';
}

const DECK_SRC = /\ssrc="(\/deck\/[^"]*)"/g;

/** Deck images as `data:` URLs, by deck-relative path: each read once however often it is shown. */
export class ImageInliner {
  /** Every image found, by deck-relative path; null when it cannot be inlined. */
  readonly images = new Map<string, InlineImage | null>();

  /**
   * @param deckDir the deck folder; only files inside it are read
   * @param allowed paths the deck loader found present and sane (its `assetVersions`)
   */
  constructor(
    private deckDir: string,
    private allowed: Record<string, number>,
  ) {}

  /** Reads every deck image the given HTML shows. */
  async load(htmls: Iterable<string>): Promise<void> {
    const paths = new Set<string>();
    for (const html of htmls)
      for (const m of html.matchAll(DECK_SRC)) {
        const rel = deckPathOf(m[1]!.replace(/&amp;/g, '&'));
        if (rel && !this.images.has(rel)) paths.add(rel);
      }
    await Promise.all([...paths].map(async (rel) => this.images.set(rel, await this.read(rel))));
  }

  /** Total bytes of the images that will be inlined (before base64). */
  get bytes(): number {
    let n = 0;
    for (const img of this.images.values()) n += img?.bytes.length ?? 0;
    return n;
  }

  private async read(relPath: string): Promise<InlineImage | null> {
    if (!this.allowed[relPath]) return null;
    const file = await resolveInsideDeck(this.deckDir, relPath);
    const bytes = file ? await readFile(file).catch(() => null) : null;
    // Only what the sanitizer lets through as data: images (PNG, JPEG, GIF, WebP), by content.
    const format = bytes ? sniffRasterFormat(bytes) : null;
    return bytes && format ? { bytes, format } : null;
  }

  /** Rewrites every loaded `src="/deck/…"` of a slide's HTML to a data URL (others stay: the page shows their name). */
  inline(html: string): string {
    return html.replace(DECK_SRC, (whole, src: string) => {
      const rel = deckPathOf(src.replace(/&amp;/g, '&'));
      const img = rel ? this.images.get(rel) : null;
      return img ? ` src="data:image/${img.format};base64,${img.bytes.toString('base64')}"` : whole;
    });
  }
}
