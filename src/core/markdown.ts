import { Marked, type Token, type Tokens } from 'marked';
import { escapeHtml, highlightCode } from './highlight';
import { DECK_PREFIX } from './url-policy';

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
  /** Remote (http/https) image URLs: never loaded, since Lectern works offline. */
  remoteImages: string[];
}

/**
 * Resolves a URL written in a slide file against the deck root. Returns the `/deck/…` URL, the
 * URL unchanged for http(s)/mailto/#anchors/data images, or null when it must be refused.
 * @internal
 */
export function resolveDeckUrl(raw: string, fileDir: string): { url: string; path?: string } | null {
  const url = raw.trim();
  if (/^(https?:\/\/|mailto:|#)/i.test(url) || /^data:image\//i.test(url)) return { url };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('\\') || url.includes('\\')) return null;
  const [pathPart = '', suffix = ''] = url.split(/(?=[?#])/, 2);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments: string[] = fileDir ? fileDir.split('/') : [];
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!segments.length) return null;
      segments.pop();
    } else segments.push(seg);
  }
  if (!segments.length) return null;
  const path = segments.join('/');
  return { url: DECK_PREFIX + segments.map(encodeURIComponent).join('/') + suffix, path };
}

/** Attributes in raw HTML whose URLs are resolved like Markdown links and images. */
const HTML_URL_ATTR = /(\s(?:src|href)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** Resolves src/href in raw HTML (`<img src="pic.png" width=300>`) against the deck root. */
function rewriteHtmlUrls(html: string): string {
  return html.replace(HTML_URL_ATTR, (whole, prefix: string, dq?: string, sq?: string, bare?: string) => {
    const raw = dq ?? sq ?? bare ?? '';
    const resolved = resolveDeckUrl(raw.replace(/&amp;/g, '&'), ctx.fileDir);
    if (!resolved) {
      ctx.refused.push(raw);
      return `${prefix}""`;
    }
    const isSrc = /src/i.test(prefix);
    if (resolved.path) ctx.assets.push({ path: resolved.path, kind: isSrc ? 'image' : 'link' });
    else if (isSrc && /^https?:/i.test(resolved.url)) ctx.remoteImages.push(resolved.url);
    return `${prefix}"${escapeHtml(resolved.url)}"`;
  });
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

interface RenderContext {
  fileDir: string;
  title: string;
  assets: AssetRef[];
  refused: string[];
  remoteImages: string[];
}

// One private instance for the whole process: never the global `marked`, whose options any
// other code could change. Per-call state lives in `ctx`; rendering is synchronous.
let ctx: RenderContext = { fileDir: '', title: '', assets: [], refused: [], remoteImages: [] };
const slideMarked = new Marked({ gfm: true, breaks: false, async: false });
slideMarked.use({
  walkTokens(token) {
    if (token.type === 'heading' && !ctx.title) ctx.title = plainText(token.tokens).trim();
    if (token.type === 'html') {
      (token as Tokens.HTML).text = rewriteHtmlUrls((token as Tokens.HTML).text);
      return;
    }
    if (token.type !== 'link' && token.type !== 'image') return;
    const t = token as Tokens.Link | Tokens.Image;
    const resolved = resolveDeckUrl(t.href, ctx.fileDir);
    if (!resolved) {
      ctx.refused.push(t.href);
      t.href = '';
      return;
    }
    if (resolved.path) ctx.assets.push({ path: resolved.path, kind: token.type });
    else if (token.type === 'image' && /^https?:/i.test(resolved.url)) ctx.remoteImages.push(resolved.url);
    t.href = resolved.url;
  },
  renderer: {
    code({ text, lang }) {
      const { html, language } = highlightCode(text.replace(/\n$/, ''), (lang ?? '').split(/\s/)[0] ?? '');
      const cls = language ? `hljs language-${escapeHtml(language)}` : 'hljs';
      return `<pre><code class="${cls}">${html}</code></pre>\n`;
    },
  },
});

/**
 * Renders one slide's Markdown to an HTML string: GFM, code highlighted, deck-relative URLs
 * rewritten to `/deck/…`. The output is NOT safe for the DOM: the renderer sanitizes it.
 */
export function renderMarkdown(markdown: string, fileDir = ''): RenderedMarkdown {
  ctx = { fileDir, title: '', assets: [], refused: [], remoteImages: [] };
  const html = slideMarked.parse(markdown, { async: false }) as string;
  const { title, assets, refused, remoteImages } = ctx;
  return { html, title, assets, refused, remoteImages };
}
