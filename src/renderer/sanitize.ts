/**
 * The only door through which Markdown-made HTML enters the DOM. marked passes raw HTML through
 * untouched and DOMPurify's defaults are not enough for reveal.js (see docs/pitfalls.md,
 * "Untrusted Markdown and HTML"), so this is a strict allowlist: tags, attributes per tag,
 * `data-*` names with value checks, class tokens, and URLs through core's url-policy.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { COMPARE_CLASS } from './compare-classes';
import { isDeckUrl, isExternalUrl, isSafeImageSrc, isSafeLinkHref } from '../core/url-policy';

const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span', 'blockquote', 'pre', 'code',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'em', 'strong', 'b', 'i', 'u', 'del', 's', 'ins', 'sub', 'sup', 'mark', 'kbd', 'samp', 'var', 'q',
  'cite', 'abbr', 'small', 'img', 'a', 'figure', 'figcaption', 'details', 'summary',
];

// Not allowed anyway (ALLOWED_TAGS is an allowlist); named so a future ADD_TAGS can't bring them
// back: they run code, load or navigate (base/meta/link), phish (form), or are mXSS vectors (svg/math).
const FORBID_TAGS = [
  'script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea',
  'select', 'option', 'base', 'meta', 'link', 'template', 'svg', 'math', 'video', 'audio', 'source',
  'track', 'portal', 'noscript',
];

/** Attributes any allowed tag may keep. No id/name (DOM clobbering), no style, no on*. */
const GLOBAL_ATTRS = new Set(['title', 'class', 'lang', 'dir', 'data-fragment-index', 'data-line-numbers']);
const TAG_ATTRS: Record<string, ReadonlySet<string>> = {
  a: new Set(['href']),
  img: new Set(['src', 'alt', 'width', 'height']),
  td: new Set(['colspan', 'rowspan', 'align']),
  th: new Set(['colspan', 'rowspan', 'align']),
  ol: new Set(['start', 'type']),
  details: new Set(['open']),
};

// reveal.js turns data-src, data-background-*, data-preview-* into loads, so every data-* name not
// listed here is dropped, and the listed ones must look like what reveal.js expects.
const DATA_ATTR_VALUES: Record<string, RegExp> = {
  'data-fragment-index': /^\d+$/,
  'data-line-numbers': /^[\d,|-]*$/,
};

// Class tokens are allowlisted too: reveal.js and the app give meaning to many class names
// (`slides`, `present`, `r-stretch`, ...), and a deck must not restyle or overlay the presenter UI.
const CLASS_TOKENS = new Set([
  'columns', 'col', 'flask', 'django', 'lead', 'small', 'muted', 'center', 'missing-image',
  'fragment', 'fade-in', 'fade-out', 'fade-up', 'fade-down', 'fade-left', 'fade-right', 'grow',
  'shrink', 'strike', 'highlight-red', 'highlight-green', 'highlight-blue',
  'task-list-item', 'contains-task-list',
]);
// highlight.js: `hljs`, `hljs-keyword`, `language-python`, and sub-scopes (`hljs-title function_`).
const CLASS_PATTERNS = [/^hljs(-[a-z_-]+)?$/, /^language-[a-z0-9_+-]+$/, /^[a-z]+_+$/, COMPARE_CLASS];

const CONFIG: Config = {
  ALLOWED_TAGS,
  FORBID_TAGS,
  ALLOWED_ATTR: [...GLOBAL_ATTRS, ...Object.values(TAG_ATTRS).flatMap((s) => [...s])],
  FORBID_ATTR: ['style', 'id', 'name', 'srcset'],
  ALLOW_DATA_ATTR: false, // DOMPurify keeps every data-* by default, values unchecked
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true, // text inside a dropped <form> or <section> stays readable
};

function isAllowedAttr(tag: string, name: string): boolean {
  return GLOBAL_ATTRS.has(name) || (TAG_ATTRS[tag]?.has(name) ?? false);
}

function keepClassTokens(value: string): string {
  const ok = (t: string) => CLASS_TOKENS.has(t) || CLASS_PATTERNS.some((re) => re.test(t));
  return value.split(/\s+/).filter((t) => t && ok(t)).join(' ');
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
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    const tag = node.nodeName.toLowerCase();
    const name = data.attrName;
    if (!isAllowedAttr(tag, name)) {
      data.keepAttr = false;
    } else if (name in DATA_ATTR_VALUES) {
      data.keepAttr = DATA_ATTR_VALUES[name]!.test(data.attrValue);
    } else if (name === 'class') {
      data.attrValue = keepClassTokens(data.attrValue);
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

/** Makes one slide's rendered Markdown safe to assign to innerHTML (rules at the top of this file). */
export function sanitizeSlideHtml(html: string): string {
  return purifier().sanitize(html, CONFIG);
}

/** Makes speaker notes' rendered Markdown safe for innerHTML; same rules as slides. */
export function sanitizeNotesHtml(html: string): string {
  return sanitizeSlideHtml(html);
}
