import type { ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
};

/** Content type for a file name; unknown kinds are served as opaque bytes, never sniffed. */
export function contentType(file: string): string {
  const ext = /\.[^./\\]+$/.exec(file.toLowerCase())?.[0] ?? '';
  return TYPES[ext] ?? 'application/octet-stream';
}

/**
 * The Content-Security-Policy of every app page, in both hosts: scripts only from the app, no
 * plugins, frames, forms or base changes; images only from the app, the deck or data: URLs.
 * No inline styles either: reveal.js positions slides through the CSSOM, which CSP allows, and
 * a sanitized slide never has a style attribute (checked: no CSP violation in any view). The
 * editor's CodeMirror keeps its CSS in constructed stylesheets of a shadow root, which this
 * policy allows (src/renderer/edit/code-editor.ts), so no 'unsafe-inline' is needed.
 * @internal
 */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every response of the app (both hosts). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Ends a response with a plain-text (or, given its type, JSON) body. */
export function sendText(res: ServerResponse, status: number, text: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(text);
}

/**
 * Headers for files served from inside a deck. A deck file opened on its own (an .html or .svg
 * the author links to) must never run script with the app's origin: `sandbox` gives it an
 * opaque origin with scripts, forms and popups off, whatever its content type.
 */
export const DECK_FILE_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; font-src 'self'",
};

/** Paths of the app's own pages; everything else on our origins is a file, not a page. */
export const APP_PAGES = ['/', '/index.html', '/print.html', '/console.html', '/edit.html', '/export.html'];
