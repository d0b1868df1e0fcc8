import { readFile, stat } from 'node:fs/promises';
import { protocol } from 'electron';
import { DECK_URL_PREFIX } from '../shared/contract';
import { contentType, DECK_FILE_HEADERS, SECURITY_HEADERS } from '../node/http-util';
import { checkImageFile } from '../node/image-header';
import { resolveInsideDeck } from '../node/paths';
import { defaultRendererDir, parseUrl, SCHEME } from './app-paths';

/**
 * Declares `lectern:` as a standard, secure scheme. Must run before `app` is ready.
 * `standard` gives each `lectern://<key>` host its own origin (so decks are isolated from each
 * other) and makes relative URLs resolve; `secure` makes it a secure context; CSP is NOT
 * bypassed: every response carries APP_CSP as a header.
 */
export function registerLecternScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false } },
  ]);
}

/** Serves one request: `/<file>` from the built renderer, `/deck/<path>` from the deck folder. @internal */
export type LecternRequestHandler = (request: Request) => Promise<Response>;

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Turns a URL path into a relative path of decoded segments, or null. The URL parser has
 * already folded literal `..`, but `%2F` and `%5C` survive it and would smuggle separators in.
 */
function relativePath(pathname: string): string | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/').filter(Boolean)) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === '.' || seg === '..' || /[/\\\0]/.test(seg)) return null;
    segments.push(seg);
  }
  return segments.join('/');
}

async function serveFile(root: string, rel: string, method: string, baseHeaders: Record<string, string>): Promise<Response> {
  // resolveInsideDeck resolves symlinks before the containment check (docs/pitfalls.md) and is not
  // deck-specific: it confines any root, including the renderer folder.
  const real = rel ? await resolveInsideDeck(root, rel) : null;
  if (!real) return plain(404, 'Not found');
  const info = await stat(real).catch(() => null);
  if (!info?.isFile()) return plain(404, 'Not found');
  // Decompression bombs and broken images in a deck are refused from their header, never decoded.
  if (baseHeaders === DECK_FILE_HEADERS && (await checkImageFile(real, info.mtimeMs).catch(() => null))) return plain(403, 'Image not shown');
  const headers = { ...baseHeaders, 'Content-Type': contentType(real) };
  return new Response(method === 'HEAD' ? null : await readFile(real), { status: 200, headers });
}

/**
 * Builds the `lectern:` handler. `deckDirOf` maps a host key to an open deck's folder; unknown
 * hosts get 404 even for app pages, so only registered decks have an origin at all.
 * @internal
 */
export function createLecternHandler(deckDirOf: (key: string) => string | undefined, rendererDir = defaultRendererDir()): LecternRequestHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const url = parseUrl(request.url);
    const deckDir = url && url.protocol === `${SCHEME}:` ? deckDirOf(url.hostname) : undefined;
    if (!url || !deckDir) return plain(404, 'Not found');
    const rel = relativePath(url.pathname);
    if (rel === null) return plain(404, 'Not found');
    const deckPrefix = DECK_URL_PREFIX.slice(1); // 'deck/'
    if (rel.startsWith(deckPrefix)) return serveFile(deckDir, rel.slice(deckPrefix.length), request.method, DECK_FILE_HEADERS);
    return serveFile(rendererDir, rel || 'index.html', request.method, SECURITY_HEADERS);
  };
}

/** Installs the `lectern:` handler for the registry's open decks. Call after `app` is ready. */
export function setupProtocol(deckDirOf: (key: string) => string | undefined, rendererDir?: string): void {
  const handler = createLecternHandler(deckDirOf, rendererDir);
  protocol.handle(SCHEME, (request) =>
    handler(request).catch((err: unknown) => {
      console.error(`lectern: ${request.url}: ${(err as Error).message}`);
      return plain(500, 'Internal error');
    }),
  );
}
