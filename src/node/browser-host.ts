import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { deckPathOf } from '../core/url-policy';
import { DECK_URL_PREFIX } from '../shared/contract';
import { DeckSession } from './deck-session';
import { deckFileType } from './deck-file-type';
import { readRegularFile } from './safe-read';
import { defaultDataDir } from './data-dir';
import { EDIT_API_PREFIX, handleEditRequest } from './edit-http';
import { EditService } from './edit-service';
import { EncodingChoices } from './encoding-choices';
import { ExportJobs } from './export-jobs';
import { EXPORT_API_PREFIX, handleExportRequest } from './export-http';
import { checkImageFile } from './image-header';
import { contentType, DECK_FILE_HEADERS, SECURITY_HEADERS, sendText } from './http-util';
import { isInside, resolveInsideDeck } from './paths';
import { PresentationHub } from './presentation-hub';
import { loadLastRehearsal, saveRehearsal } from './rehearsal-store';
import { SETTINGS_FILE_NAME, SettingsStore } from './settings-store';

/** Options of the local browser host. */
export interface BrowserHostOptions {
  deckDir: string;
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Watch the deck and push reloads (off for one-shot export). */
  watch?: boolean;
  /** The app's data folder (presenter settings, editor drafts); defaults to the platform's usual place. */
  dataDir?: string;
}

/** Largest request body accepted (actions and settings are tiny). */
const MAX_BODY = 64 * 1024;

/** A running browser host. */
export interface BrowserHost {
  /** The address to open: the origin plus the per-run access token. */
  url: string;
  /** `http://127.0.0.1:<port>/`, for checks; pages there need the token (see `pageUrl`). */
  origin: string;
  port: number;
  /** URL of one of the app's pages (`print.html`) with the access token. */
  pageUrl(page: string): string;
  session: DeckSession;
  presentation: PresentationHub;
  close(): Promise<void>;
}


/**
 * Starts the browser host: the app and the open deck over HTTP on 127.0.0.1 only. Requests whose
 * Host header is not our loopback address are refused (DNS rebinding); every request needs the
 * per-run token (in the printed URL, then an HttpOnly SameSite=Strict cookie), so other local
 * users and programs cannot read the deck; deck files are served only from inside the deck
 * folder, after resolving symlinks, and sandboxed.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const session = new DeckSession(options.deckDir, new EncodingChoices(options.dataDir ?? defaultDataDir(), options.deckDir));
  // A large deck opens with its first files, so the views show the first slide at once.
  await session.open();
  if (options.watch) await session.watch();
  const clients = new Set<ServerResponse>();
  const send = (event: string, payload: unknown): void => {
    const data = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const c of clients) c.write(data);
  };
  const presentation = new PresentationHub({
    lastRun: await loadLastRehearsal(options.deckDir),
    saveRehearsal: (record) => saveRehearsal(options.deckDir, record),
  });
  presentation.setDeck((await session.open()).deck);
  const settings = new SettingsStore(path.join(options.dataDir ?? defaultDataDir(), SETTINGS_FILE_NAME));
  session.onChange((update) => {
    send('deck', update);
    // Synchronously after the deck, so views always get the deck first and then the position
    // in it (the audience view waits for that position before showing a changed structure).
    const deck = session.loadedDeck();
    if (deck) presentation.setDeck(deck);
  });
  presentation.onChange((snapshot) => send('presentation', snapshot));
  const edit = new EditService(session, options.dataDir ?? defaultDataDir());
  edit.onFileChanged((change) => send('file', change));
  let port = 0;
  const exportJobs = new ExportJobs({
    loadDeck: async () => (await session.payload()).deck,
    loadPayload: () => session.payload(),
    pageUrl: (page) => `http://127.0.0.1:${port}/${page}?t=${token}`,
    origin: () => `http://127.0.0.1:${port}/`,
    send: (status) => send('export', status),
  });
  const token = randomBytes(18).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const hasToken = (candidate: string | null | undefined): boolean => {
    const bytes = Buffer.from(candidate ?? '');
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendText(res, 500, `internal error: ${(err as Error).message}`);
      else res.destroy();
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) return sendText(res, 421, 'wrong host');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const isEdit = url.pathname.startsWith(EDIT_API_PREFIX);
    const isApiPost = req.method === 'POST' && API_POSTS.has(url.pathname);
    const isExport = url.pathname.startsWith(EXPORT_API_PREFIX);
    if (req.method !== 'GET' && req.method !== 'HEAD' && !isApiPost && !((isEdit || isExport) && req.method === 'POST')) return sendText(res, 405, 'method not allowed');
    // Cookies are shared by every port of 127.0.0.1: one name per port keeps two hosts apart.
    const cookieName = `lectern_${port}`;
    const cookie = new RegExp(`(?:^|;\\s*)${cookieName}=([\\w-]+)`).exec(req.headers.cookie ?? '')?.[1];
    if (hasToken(url.searchParams.get('t'))) {
      res.setHeader('Set-Cookie', `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    } else if (!hasToken(cookie)) {
      return sendText(res, 403, 'Lectern: open the address printed by `lectern serve` (it carries an access key).');
    }
    if (isEdit) return handleEditRequest(edit, req, res, `http://127.0.0.1:${port}/`);
    if (isExport) return handleExportRequest(exportJobs, req, res);
    if (url.pathname === '/api/deck') {
      await session.open();
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
      return void res.end(session.serialized());
    }
    if (isApiPost) {
      // Writes come only from our own pages: same-origin fetches with a JSON body (a form on
      // another site can send neither the cookie, which is SameSite=Strict, nor this type).
      if (req.headers.origin !== `http://${req.headers.host}` || !/^application\/json\b/.test(req.headers['content-type'] ?? '')) return sendText(res, 403, 'refused: not from a Lectern page');
      const body = await readJsonBody(req);
      if (body === undefined) return sendText(res, 400, 'bad request body');
      if (url.pathname === '/api/presentation') return sendJson(res, presentation.dispatch(body));
      return sendJson(res, { ok: true, value: await settings.save(body) });
    }
    if (url.pathname === '/api/presentation') return sendJson(res, { ok: true, value: presentation.snapshot() });
    if (url.pathname === '/api/settings') return sendJson(res, { ok: true, value: await settings.load() });
    if (url.pathname === '/api/events') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      // The view loaded the state before this stream was connected: anything that changed in
      // between (a jump from the address, a key in the other view) would be missed otherwise.
      res.write(`event: presentation\ndata: ${JSON.stringify(presentation.snapshot())}\n\n`);
      res.write(`event: export\ndata: ${JSON.stringify(exportJobs.status())}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname.startsWith(DECK_URL_PREFIX)) {
      const rel = deckPathOf(url.pathname);
      const file = rel === null ? null : await resolveInsideDeck(options.deckDir, rel);
      // Decompression bombs and broken images are refused from their header, never decoded.
      const refused = file ? await checkImageFile(file).catch(() => null) : null;
      if (refused) return sendText(res, 403, `${rel} ${refused.message}`);
      return file ? sendFile(res, file, { ...DECK_FILE_HEADERS, 'Content-Type': deckFileType(file, req.headers['sec-fetch-dest']) }) : sendText(res, 404, 'not found in the deck');
    }
    const rel = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    const file = path.resolve(options.rendererDir, rel);
    if (!isInside(path.resolve(options.rendererDir), file)) return sendText(res, 404, 'not found');
    return sendFile(res, file, SECURITY_HEADERS);
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}/`;
  return {
    url: `${origin}?t=${token}`,
    origin,
    pageUrl: (page) => `${origin}${page}?t=${token}`,
    port,
    session,
    presentation,
    close: async () => {
      await exportJobs.close();
      await closeServer(server, clients, session);
    },
  };
}

/** The API paths that accept POST. */
const API_POSTS = new Set(['/api/presentation', '/api/settings']);

function sendJson(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

/** A small JSON request body, or undefined when it is too big or not JSON. */
async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

async function sendFile(res: ServerResponse, file: string, headers: Record<string, string>): Promise<void> {
  let body: Buffer;
  try {
    // Regular files only, opened non-blocking: a FIFO in the deck must not hang the file threads.
    body = await readRegularFile(file);
  } catch {
    return sendText(res, 404, 'not found');
  }
  res.writeHead(200, { 'Content-Type': contentType(file), ...headers, 'Content-Length': body.length });
  res.end(body);
}

async function closeServer(server: Server, clients: Set<ServerResponse>, session: DeckSession): Promise<void> {
  for (const c of clients) c.end();
  await session.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
