/**
 * The only door through which Markdown-made HTML enters the DOM. marked passes raw HTML through
 * untouched and DOMPurify's defaults are not enough for reveal.js (see docs/pitfalls.md,
 * "Untrusted Markdown and HTML"), so this is a strict allowlist: tags, attributes per tag,
 * `data-*` names with value checks, class tokens, and URLs through core's url-policy.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { mapClassList } from '../core/class-policy';
import { cleanStyle, type StyleContext } from '../core/style-policy';
import { applyInlineStyles, STYLE_DATA } from './inline-style';
import { isDeckUrl, isExternalUrl, isSafeImageSrc, isSafeLinkHref } from '../core/url-policy';

const ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'div',
  'span',
  'blockquote',
  'pre',
  'code',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'em',
  'strong',
  'b',
  'i',
  'u',
  'del',
  's',
  'ins',
  'sub',
  'sup',
  'mark',
  'kbd',
  'samp',
  'var',
  'q',
  'cite',
  'abbr',
  'small',
  'img',
  'a',
  'figure',
  'figcaption',
  'details',
  'summary',
  // KaTeX draws radicals and stretchy arrows as SVG paths; kept only inside a formula (below).
  'svg',
  'path',
];

// Not allowed anyway (ALLOWED_TAGS is an allowlist); named so a future ADD_TAGS can't bring them
// back: they run code, load or navigate (base/meta/link), phish (form), or are mXSS vectors (svg/math).
const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'base',
  'meta',
  'link',
  'template',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'portal',
  'noscript',
];

/** Attributes any allowed tag may keep. No id/name (DOM clobbering), no on*; style only as style-policy.ts allows. */
const GLOBAL_ATTRS = new Set(['title', 'class', 'lang', 'dir', 'data-fragment-index', 'data-line-numbers', 'style']);
const TAG_ATTRS: Record<string, ReadonlySet<string>> = {
  a: new Set(['href']),
  img: new Set(['src', 'alt', 'width', 'height']),
  td: new Set(['colspan', 'rowspan', 'align']),
  th: new Set(['colspan', 'rowspan', 'align']),
  ol: new Set(['start', 'type']),
  details: new Set(['open']),
  svg: new Set(['width', 'height', 'viewbox', 'viewBox', 'preserveaspectratio', 'preserveAspectRatio']),
  path: new Set(['d']),
};
/** SVG attribute values KaTeX writes: numbers, units and path data, nothing that refers elsewhere. */
const SVG_VALUE = /^[\d\s.,a-zA-Z%-]*$/;

// reveal.js turns data-src, data-background-*, data-preview-* into loads, so every data-* name not
// listed here is dropped, and the listed ones must look like what reveal.js expects.
const DATA_ATTR_VALUES: Record<string, RegExp> = {
  'data-fragment-index': /^\d+$/,
  'data-line-numbers': /^[\d,|-]*$/,
};

// Class tokens go through core/class-policy.ts: reveal.js and the app give meaning to many class
// names (`slides`, `present`, `r-stretch`, ...), and a deck must not restyle or overlay the
// presenter UI; author classes are kept under a `deck-` prefix that only deck CSS uses.

const CONFIG: Config = {
  ALLOWED_TAGS,
  FORBID_TAGS,
  ALLOWED_ATTR: [...GLOBAL_ATTRS, ...Object.values(TAG_ATTRS).flatMap((s) => [...s])],
  FORBID_ATTR: ['id', 'name', 'srcset', 'href:xlink', 'xlink:href'],
  ALLOW_DATA_ATTR: false, // DOMPurify keeps every data-* by default, values unchecked
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true, // text inside a dropped <form> or <section> stays readable
};

function isAllowedAttr(tag: string, name: string): boolean {
  return GLOBAL_ATTRS.has(name) || (TAG_ATTRS[tag]?.has(name) ?? false);
}

/** Inside a KaTeX formula (the element itself or an ancestor has the `katex` class). */
function inMath(node: Element): boolean {
  return node.closest('.katex') !== null;
}

/** Where a style attribute may keep anything: formulas, and Lectern's frame parts and fit headings. */
function styleContext(node: Element): StyleContext {
  if (inMath(node)) return 'math';
  const cls = node.getAttribute('class') ?? '';
  return /(^|\s)(lx-[a-z-]+|lectern-fit)(\s|$)/.test(cls) ? 'frame' : 'none';
}

/** Last path segment of an image URL, for the placeholder; '' for scheme URLs other than http(s). */
function fileNameOf(src: string): string {
  const s = src.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(s) && !/^https?:/i.test(s)) return '';
  const last = (s.split(/[?#]/)[0] ?? '').split(/[/\\]/).filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last).slice(0, 100);
  } catch {
    return last.slice(0, 100);
  }
}

// Original src of images whose src was refused, so the placeholder can name the file.
const refusedSrc = new WeakMap<Element, string>();

function addHooks(purifier: Purifier): void {
  purifier.addHook('uponSanitizeElement', (node, data) => {
    // SVG only as KaTeX draws it, inside a formula; anywhere else it is removed with its content.
    if ((data.tagName === 'svg' || data.tagName === 'path') && !inMath(node as Element)) node.parentNode?.removeChild(node);
  });
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    const tag = node.nodeName.toLowerCase();
    const name = data.attrName;
    if (!isAllowedAttr(tag, name)) {
      data.keepAttr = false;
    } else if (tag === 'svg' || tag === 'path') {
      data.keepAttr = inMath(node) && SVG_VALUE.test(data.attrValue);
    } else if (name in DATA_ATTR_VALUES) {
      data.keepAttr = DATA_ATTR_VALUES[name]!.test(data.attrValue);
    } else if (name === 'style') {
      data.attrValue = cleanStyle(data.attrValue, styleContext(node));
      data.keepAttr = data.attrValue !== '';
    } else if (name === 'class') {
      data.attrValue = mapClassList(data.attrValue, inMath(node));
      data.keepAttr = data.attrValue !== '';
    } else if (name === 'href') {
      data.keepAttr = isSafeLinkHref(data.attrValue); // link text stays, the link goes
    } else if (name === 'src' && !isSafeImageSrc(data.attrValue)) {
      // Remote images break the offline promise and can track; other schemes can run code.
      refusedSrc.set(node, data.attrValue);
      data.keepAttr = false;
    }
  });

  purifier.addHook('afterSanitizeAttributes', (node) => {
    // The strict CSP (style-src 'self') refuses style attributes in markup; the checked
    // declarations travel as data and are applied through the CSSOM (inline-style.ts).
    const style = node.getAttribute?.('style');
    if (style) {
      node.setAttribute(STYLE_DATA, style);
      node.removeAttribute('style');
    }
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href');
      if (href && (isExternalUrl(href) || isDeckUrl(href))) {
        // Never navigate the presentation away: web links go to the system browser (the app
        // intercepts target=_blank), deck files open beside it; rel cuts window.opener.
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (node.nodeName === 'IMG' && !node.hasAttribute('src')) {
      // An <img> without a safe src becomes a visible placeholder instead of a silent hole.
      const file = fileNameOf(refusedSrc.get(node) ?? '');
      const span = node.ownerDocument.createElement('span');
      span.className = 'missing-image';
      span.textContent = node.getAttribute('alt')?.trim() || file || 'image';
      if (file) span.title = file;
      node.replaceWith(span); // DOMPurify 3.5 skips a node its hook detached
    }
  });
}

let instance: Purifier | null = null;

/** A private DOMPurify instance, so these hooks never affect other users of the global one. */
function purifier(): Purifier {
  if (!instance) {
    instance = DOMPurify(window);
    addHooks(instance);
  }
  return instance;
}

/** Makes one slide's (or its speaker notes') rendered Markdown safe to assign to innerHTML (rules at the top of this file). */
export function sanitizeSlideHtml(html: string): string {
  return purifier().sanitize(html, CONFIG);
}

/** Fills `target` with speaker notes: sanitized, then their formulas sized (KaTeX). */
export function setNotesHtml(target: HTMLElement, html: string): void {
  target.innerHTML = sanitizeSlideHtml(html);
  applyInlineStyles(target);
}
