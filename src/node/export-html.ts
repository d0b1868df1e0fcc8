import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddableJson, toStandaloneDeck } from '../core/standalone-deck';
import type { Deck } from '../core/types';
import type { DeckSources } from '../core/build-deck';
import { LARGE_HTML_BYTES } from '../shared/export-contract';
import { writeFileAtomic } from './atomic-write';
import { ExportError } from './export-failure';
import { downscaleImages, type DownscaleResult } from './downscale-images';
import { findBrowser } from './find-browser';
import { ImageInliner } from './inline-images';
import { loadDeck } from './read-deck';

/** What the single-file HTML export needs. */
export interface HtmlExportOptions {
  deckDir: string;
  output: string;
  /** Already read sources (with the user's encoding choices); read from disk when absent. */
  sources?: DeckSources;
  /** Inline images as they are on disk instead of scaling large ones down to the slide's size. */
  keepImages?: boolean;
  /** Chromium-family browser that scales images down (default: found like PDF export's). */
  browserPath?: string;
  /** Size above which the export warns (default LARGE_HTML_BYTES). */
  largeBytes?: number;
  /** Folder holding the built player (player.js, player.css); found next to the build by default. */
  playerDir?: string;
  /** The deck as already loaded (the app's and `serve`'s runtime); read from `deckDir` when absent. */
  deck?: Deck;
  /** Cancel: checked between the slow steps; nothing is written once it is aborted. */
  signal?: AbortSignal;
}

/** What was written. */
export interface HtmlExportResult {
  output: string;
  deck: Deck;
  bytes: number;
  imageBytes: number;
  images: DownscaleResult;
  /** Human-readable warnings (a file over 50 MB). */
  warnings: string[];
}

/** The built player: out/standalone next to out/main (the bundles, or their shared chunks in out/main/chunks) or in the repository. */
function findPlayerDir(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [path.resolve(here, '../standalone'), path.resolve(here, '../../standalone'), path.resolve(here, '../../out/standalone')]) {
    if (existsSync(path.join(dir, 'player.js'))) return dir;
  }
  return null;
}

/** sha256 CSP source of an inline element's exact text. */
function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * The page: the player's stylesheet and script inline, each allowed by its hash, the deck as a
 * JSON data block. The policy allows nothing from anywhere else: no network, no other file.
 * @internal
 */
export function htmlPage(deckJson: string, css: string, js: string, title: string, lang: string): string {
  // The woff fallbacks of the bundled fonts double their size; every current browser reads woff2.
  const style = css.replace(/,\s*url\(data:font\/woff;base64,[^)]*\)\s*format\(["']woff["']\)/g, '');
  const script = js.replace(/<\/script/gi, '<\\/script');
  const csp = ["default-src 'none'", `script-src ${cspHash(script)}`, `style-src ${cspHash(style)}`, 'img-src data:', 'font-src data:', "base-uri 'none'", "form-action 'none'"].join('; ');
  return `<!doctype html>
<html lang="${escapeHtml(lang || 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Lectern">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<script type="application/json" id="lectern-deck">${deckJson}</script>
<script>${script}</script>
</body>
</html>
`;
}

/** Writes the deck as one self-contained HTML file (atomically: an old file stays until the new one is complete). */
export async function exportHtml(options: HtmlExportOptions): Promise<HtmlExportResult> {
  const playerDir = options.playerDir ?? findPlayerDir();
  if (!playerDir) throw new ExportError('the HTML player is not built yet: run `npm run build` first');
  const deck = options.deck ?? (await loadDeck(options.deckDir, undefined, options.sources));
  if (!deck.slides.length) throw new ExportError('the deck has no slides to export');
  const images = new ImageInliner(path.resolve(options.deckDir), deck.assetVersions);
  await images.load(deck.slides.flatMap((s) => [s.html, s.notesHtml]));
  options.signal?.throwIfAborted();
  const present = [...images.images.values()].filter((i) => i !== null);
  const [css, js] = await Promise.all([readFile(path.join(playerDir, 'player.css'), 'utf8'), readFile(path.join(playerDir, 'player.js'), 'utf8')]);
  const pageOf = (): string => htmlPage(embeddableJson(toStandaloneDeck(deck, (html) => images.inline(html))), css, js, deck.config.title, deck.config.lang);
  // Images are measured where the player shows them, at full size, then stored at that size.
  // (Hidden slides are never shown: the player cannot go to them.)
  const shows = deck.slides.flatMap((s, i) => (!s.hidden && /\ssrc="\/deck\//.test(s.html) ? [i] : []));
  const measure = shows.length && !options.keepImages ? { html: pageOf(), slides: shows } : undefined;
  const scaled = options.keepImages ? { resized: 0 } : await downscaleImages(present, options.browserPath ?? findBrowser(), measure);
  options.signal?.throwIfAborted();
  const page = pageOf();
  options.signal?.throwIfAborted();
  await writeFileAtomic(options.output, page);
  const bytes = (await stat(options.output)).size;
  const warnings = scaled.note ? [scaled.note] : [];
  if (bytes > (options.largeBytes ?? LARGE_HTML_BYTES))
    warnings.push(`${path.basename(options.output)} is ${formatSize(bytes)}: large files are slow to send and to open; use smaller images${options.keepImages ? ' or drop --keep-images' : ''}`);
  return { output: options.output, deck, bytes, imageBytes: images.bytes, images: scaled, warnings };
}

/** 1.4 MB, 820 KB. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
