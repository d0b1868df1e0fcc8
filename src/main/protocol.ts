import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { answerFileRequest } from '../node/file-server';
import { SECURITY_HEADERS } from '../node/http-util';
import { APP_LAYOUT, parseUrl, SCHEME } from './app-paths';

/**
 * Declares `lectern:` as a standard, secure scheme. Must run before `app` is ready.
 * `standard` gives each `lectern://<key>` host its own origin (so decks are isolated from each
 * other) and makes relative URLs resolve; `secure` makes it a secure context; CSP is NOT
 * bypassed: every response carries APP_CSP as a header.
 */
export function registerLecternScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false } }]);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Builds the `lectern:` handler over the shared file server (src/node/file-server.ts): it serves
 * `/<file>` from the built renderer, `/deck/<path>` from the deck folder.
 * `deckDirOf` maps a host key to an open deck's folder; unknown hosts get 404 even for app
 * pages, so only registered decks have an origin at all.
 * @internal
 */
export function createLecternHandler(deckDirOf: (key: string) => string | undefined, rendererDir = APP_LAYOUT.rendererDir): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const url = parseUrl(request.url);
    const deckDir = url && url.protocol === `${SCHEME}:` ? deckDirOf(url.hostname) : undefined;
    if (!url || !deckDir) return plain(404, 'Not found');
    const answer = await answerFileRequest(rendererDir, deckDir, url.pathname, request.headers.get('sec-fetch-dest'));
    if (answer.status !== 200) return plain(answer.status, answer.text);
    if (request.method === 'HEAD') {
      await answer.close();
      return new Response(null, { status: 200, headers: answer.headers });
    }
    return new Response(Readable.toWeb(answer.open()) as ReadableStream<Uint8Array>, { status: 200, headers: answer.headers });
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
