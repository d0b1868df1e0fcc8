/**
 * Which URLs a slide may contain. Shared by core (rewriting Markdown links), the renderer's
 * sanitizer and the Electron shell (which links may open in the system browser).
 */

/** Prefix under which every host serves the files of the open deck. Mirrors shared DECK_URL_PREFIX. */
export const DECK_PREFIX = '/deck/';

const EXTERNAL = /^(https?:\/\/|mailto:)/i;
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

/** True for http(s) and mailto URLs: the only ones handed to the system browser. */
export function isExternalUrl(url: string): boolean {
  return EXTERNAL.test(url.trim());
}

/** decodeURIComponent, or null for a malformed escape (`%E0%A4%A`). */
export function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The deck-relative path of a `/deck/<path>` URL (or of a URL's pathname), decoded, or null when
 * it is not one or would leave the deck (`..`, absolute, drive letters, backslashes, NUL).
 * The one place every host and view turns deck URLs into paths.
 */
export function deckPathOf(url: string): string | null {
  if (!url.startsWith(DECK_PREFIX)) return null;
  const decoded = decodeOrNull(url.slice(DECK_PREFIX.length).split(/[?#]/)[0] ?? '');
  if (decoded === null || decoded === '' || decoded.includes('\0') || decoded.includes('\\')) return null;
  if (/^[a-z]:/i.test(decoded) || decoded.startsWith('/')) return null;
  return decoded.split('/').every((seg) => seg !== '..' && seg !== '.' && seg !== '') ? decoded : null;
}

/** A relative path's segments with `.` and `..` applied (`a/./b/../c` -> `a`, `c`); null when `..` climbs above its start. */
export function pathSegments(path: string): string[] | null {
  const segments: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!segments.length) return null;
      segments.pop();
    } else segments.push(seg);
  }
  return segments;
}

/** True for `/deck/<path>` URLs whose decoded path stays inside the deck folder. */
export function isDeckUrl(url: string): boolean {
  return deckPathOf(url) !== null;
}

/** True when `src` may be loaded by an <img>: a deck file or an inline raster image. */
export function isSafeImageSrc(src: string): boolean {
  return isDeckUrl(src) || DATA_IMAGE.test(src.trim());
}

/** True when `href` may be a link target: external, in-page anchor or a deck file. */
export function isSafeLinkHref(href: string): boolean {
  const h = href.trim();
  return isExternalUrl(h) || /^#[\w\-/.%]*$/.test(h) || isDeckUrl(h);
}
