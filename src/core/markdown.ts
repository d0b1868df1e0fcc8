import { Marked, type Token, type Tokens } from 'marked';
import { emojify } from 'node-emoji';
import { escapeHtml, highlightCode } from './highlight';
import { collectMathProblems, mathExtension, type MathProblem } from './markdown-math';
import { isBackgroundAlt, readBackground, readImageSize, type Background } from './marp-images';
import { fitHeadingStyle } from './fit-heading';
import { COLOR_VALUE } from './style-policy';
import { DECK_PREFIX, decodeOrNull, pathSegments } from './url-policy';

/** How a dialect's Markdown differs: Marp's `breaks`, math and emoji shortcodes. */
export interface RenderOptions {
  /** A newline inside a paragraph is a line break (Marp). */
  breaks?: boolean;
  /** `$…$` and `$$…$$` are typeset (default on; front matter `math: false` turns it off). */
  math?: boolean;
}

/**
 * Packs Markdown and its options into one string, the unit the render worker takes and caches
 * by. Deck text never holds NUL (the reader refuses such files as binary), so the prefix cannot
 * be written by a deck. Without options the Markdown is returned unchanged.
 */
export function renderJob(markdown: string, options: RenderOptions = {}): string {
  const set = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return Object.keys(set).length ? `\0${JSON.stringify(set)}\0${markdown}` : markdown;
}

function readJob(job: string): { markdown: string; options: RenderOptions } {
  if (!job.startsWith('\0')) return { markdown: job, options: {} };
  const end = job.indexOf('\0', 1);
  return { markdown: job.slice(end + 1), options: JSON.parse(job.slice(1, end)) as RenderOptions };
}

/** A URL in a slide that points at a deck file, for existence checks by the node layer. */
interface AssetRef {
  /** Deck-relative path, decoded (`img/a.png`). */
  path: string;
  kind: 'image' | 'link';
}

/** Result of rendering one slide's Markdown. */
export interface RenderedMarkdown {
  html: string;
  title: string;
  assets: AssetRef[];
  /** URLs that were refused (outside the deck, absolute paths, unknown schemes). */
  refused: string[];
  /** Of those, the ones that were link targets (not images): the link text stays, as plain text. */
  refusedLinks: string[];
  /** Remote (http/https) image URLs: never loaded, since Lectern works offline. */
  remoteImages: string[];
  /** Marp `![bg](…)` backgrounds, in order; they are not in `html`. */
  backgrounds: Background[];
  /** Formulas KaTeX could not typeset (shown as source). */
  math: MathProblem[];
}

/**
 * Resolves a URL written in a slide file against the deck root. Returns the `/deck/…` URL, the
 * URL unchanged for http(s)/mailto/#anchors/data images, or null when it must be refused.
 */
export function resolveDeckUrl(raw: string): { url: string; path?: string } | null {
  const url = raw.trim();
  if (/^(https?:\/\/|mailto:|#)/i.test(url) || /^data:image\//i.test(url)) return { url };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('\\') || url.includes('\\')) return null;
  const [pathPart = '', suffix = ''] = url.split(/(?=[?#])/, 2);
  const decoded = decodeOrNull(pathPart);
  if (decoded === null || decoded.includes('\0')) return null;
  const segments = pathSegments(decoded);
  if (!segments?.length) return null;
  return { url: DECK_PREFIX + segments.map(encodeURIComponent).join('/') + suffix, path: segments.join('/') };
}

/** Attributes in raw HTML whose URLs are resolved like Markdown links and images. */
const HTML_URL_ATTR = /(\s(?:src|href)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** Resolves src/href in raw HTML (`<img src="pic.png" width=300>`) against the deck root. */
function rewriteHtmlUrls(html: string): string {
  return html.replace(HTML_URL_ATTR, (whole, prefix: string, dq?: string, sq?: string, bare?: string) => {
    const raw = dq ?? sq ?? bare ?? '';
    const resolved = trackUrl(raw.replace(/&amp;/g, '&'), raw, /src/i.test(prefix) ? 'image' : 'link');
    return `${prefix}"${resolved ? escapeHtml(resolved.url) : ''}"`;
  });
}

/** Resolves a slide's link or image URL and notes it: refused (as `written`), a deck file, or a remote image. */
function trackUrl(url: string, written: string, kind: AssetRef['kind']): ReturnType<typeof resolveDeckUrl> {
  const resolved = resolveDeckUrl(url);
  if (!resolved) (kind === 'link' ? ctx.refusedLinks : ctx.refused).push(written);
  else if (resolved.path) ctx.assets.push({ path: resolved.path, kind });
  else if (kind === 'image' && /^https?:/i.test(resolved.url)) ctx.remoteImages.push(resolved.url);
  return resolved;
}

/** Plain text of inline tokens (for titles): inline HTML is dropped, a `<br>` becomes a space. */
function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === 'html') return /^<br\b/i.test(String(t.text)) ? ' ' : '';
      return 'tokens' in t && t.tokens ? plainText(t.tokens) : 'text' in t ? String(t.text) : '';
    })
    .join('')
    .replace(/\s+/g, ' ');
}

/** What rendering one slide collects as it goes. */
type RenderContext = Omit<RenderedMarkdown, 'html' | 'math'>;

/** Image tokens that are backgrounds: rendered as nothing in place. */
const backgroundTokens = new WeakSet<object>();

// One private instance for the whole process: never the global `marked`, whose options any
// other code could change. Per-call state lives in `ctx`; rendering is synchronous.
let ctx: RenderContext = { title: '', assets: [], refused: [], refusedLinks: [], remoteImages: [], backgrounds: [] };
const slideMarked = new Marked({ gfm: true, breaks: false, async: false });
const plainMarked = new Marked({ gfm: true, breaks: false, async: false });
for (const m of [slideMarked, plainMarked])
  m.use({
    walkTokens(token) {
      if (token.type === 'heading' && !ctx.title) ctx.title = plainText(token.tokens).trim();
      // Emoji shortcodes (`:smile:`) in text only: code spans and blocks keep them as written.
      if (token.type === 'text' && !('tokens' in token && token.tokens) && token.text.includes(':')) token.text = emojify(token.text);
      if (token.type === 'image' && isBackgroundAlt((token as Tokens.Image).text)) {
        const t = token as Tokens.Image;
        backgroundTokens.add(t);
        if (COLOR_VALUE.test(t.href.trim()) && !/\.[a-z0-9]{2,5}$/i.test(t.href)) {
          ctx.backgrounds.push({ ...readBackground(t.text, ''), color: t.href.trim() });
          return;
        }
      }
      if (token.type === 'html') {
        (token as Tokens.HTML).text = rewriteHtmlUrls((token as Tokens.HTML).text);
        return;
      }
      if (token.type !== 'link' && token.type !== 'image') return;
      const t = token as Tokens.Link | Tokens.Image;
      const resolved = trackUrl(t.href, t.href, token.type);
      t.href = resolved?.url ?? '';
      // A remote background is never loaded (the warning above says so); it is left out, not shown as a placeholder.
      if (resolved && backgroundTokens.has(t) && (resolved.path || /^data:image\//i.test(resolved.url))) ctx.backgrounds.push(readBackground(t.text, resolved.url));
    },
    renderer: {
      image({ href, title, text }) {
        if (backgroundTokens.has(arguments[0] as object)) return '';
        const { alt, width, height } = readImageSize(text);
        const size = `${width ? ` width="${width}"` : ''}${height ? ` height="${height}"` : ''}`;
        return `<img src="${escapeHtml(href)}" alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(title)}"` : ''}${size}>`;
      },
      heading({ tokens, depth }) {
        // Marp's `# <!-- fit --> Title`: the heading is sized to fill the slide's width.
        const fit = tokens.some((t) => t.type === 'html' && /^<!--\s*fit\s*-->$/.test(t.text.trim()));
        const kept = fit ? tokens.filter((t) => !(t.type === 'html' && /^<!--\s*fit\s*-->$/.test(t.text.trim()))) : tokens;
        const attrs = fit ? ` class="lectern-fit" style="${fitHeadingStyle(plainText(kept).trim())}"` : '';
        return `<h${depth}${attrs}>${this.parser.parseInline(kept)}</h${depth}>\n`;
      },
      code({ text, lang }) {
        const { html, language } = highlightCode(text.replace(/\n$/, ''), (lang ?? '').split(/\s/)[0] ?? '');
        const cls = language ? `hljs language-${escapeHtml(language)}` : 'hljs';
        return `<pre><code class="${cls}">${html}</code></pre>\n`;
      },
    },
  });
slideMarked.use(mathExtension);

/**
 * Renders one slide's Markdown to an HTML string: GFM, code highlighted, deck-relative URLs
 * rewritten to `/deck/…`. The output is NOT safe for the DOM: the renderer sanitizes it.
 */
export function renderMarkdown(job: string): RenderedMarkdown {
  const { markdown, options } = readJob(job);
  ctx = { title: '', assets: [], refused: [], refusedLinks: [], remoteImages: [], backgrounds: [] };
  const mathProblems = collectMathProblems();
  // Text without a dollar sign has no math: the math tokenizers, asked at every text position, are skipped.
  const engine = options.math === false || !markdown.includes('$') ? plainMarked : slideMarked;
  let html = engine.parse(markdown, { async: false, breaks: options.breaks === true }) as string;
  // A paragraph that held only background images is left empty.
  if (ctx.backgrounds.length) html = html.replace(/<p>\s*<\/p>\n?/g, '');
  const { title, assets, refused, refusedLinks, remoteImages, backgrounds } = ctx;
  return { html, title, assets, refused, refusedLinks, remoteImages, backgrounds, math: mathProblems() };
}
