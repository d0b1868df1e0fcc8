import { contentType } from './http-util';

/** Fetch destinations of a document: the file would be parsed as a page, not used as a resource. */
const DOCUMENT_DESTS = new Set(['document', 'iframe', 'frame', 'embed', 'object']);

/**
 * The Content-Type of a file from inside a deck. A deck's `.html` file is never rendered as a page:
 * `<link rel=preconnect|dns-prefetch>` and similar hints make a browser connect on its own, and no
 * CSP directive governs them, so the file is served as plain text (its source is shown, nothing in
 * it runs or loads). An SVG stays an image where it is used as one and is plain text when opened on
 * its own (`Sec-Fetch-Dest: document`); without that header (Electron's protocol) it stays an
 * image, where it cannot load anything.
 */
export function deckFileType(file: string, fetchDest?: string | string[]): string {
  const type = contentType(file);
  const dest = Array.isArray(fetchDest) ? fetchDest[0] : fetchDest;
  if (type.startsWith('text/html')) return 'text/plain; charset=utf-8';
  if (type === 'image/svg+xml' && dest && DOCUMENT_DESTS.has(dest)) return 'text/plain; charset=utf-8';
  return type;
}
