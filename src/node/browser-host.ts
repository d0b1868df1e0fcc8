import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { DeckPayload, Result } from '../shared/contract';
import { HTTP_OP_PREFIX, KEY_HEADER, KEY_PARAM } from '../shared/operations';
import { runOperation } from './app-operations';
import { noBrowserMessage, printWithChromium } from './chromium-print';
import { defaultDataDir } from './data-dir';
import { DeckRuntime } from './deck-runtime';
import { deckTrash } from './deck-trash';
import { eventSender } from './event-stream';
import type { Printer } from './export-controller';
import { DOWNLOAD_PATH, DownloadTarget } from './export-targets';
import { answerFileRequest } from './file-server';
import { findBrowser } from './find-browser';
import { SECURITY_HEADERS, sendText } from './http-util';
import { checkRequest, MAX_ANY_BODY_BYTES } from './request-gate';
import { SETTINGS_FILE_NAME, SettingsStore } from './settings-store';

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
  /**
   * Listen at once and read the whole deck meanwhile (`deckRead`): a one-shot export loads its
   * print page while the deck is read. Not with `watch`.
   */
  readInBackground?: boolean;
}

export interface BrowserHost {
  /** The address to open: the origin plus the per-run access key. */
  url: string;
  /** `http://127.0.0.1:<port>/`, for checks; pages there need the key (see `pageUrl`). */
  origin: string;
  port: number;
  key: string;
  /** URL of one of the app's pages (`print.html`) with the access key. */
  pageUrl(page: string): string;
  runtime: DeckRuntime;
  /** The whole deck, read in the background (`readInBackground`); null when it was read before listening. */
  deckRead: Promise<DeckPayload> | null;
  close(): Promise<void>;
}

/**
 * Starts the browser host: the app and one open deck over HTTP on 127.0.0.1 only. Requests whose
 * Host header is not our loopback address are refused (DNS rebinding). Pages and deck files need
 * the per-run key (in the printed URL, then an HttpOnly cookie); every operation needs it in the
 * `X-Lectern-Key` header, which no other page (another port of 127.0.0.1 is the same site) can
 * send, and passes the shared gate. Deck files are served only from inside the deck folder.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const key = randomBytes(18).toString('base64url');
  let port = 0;
  const origin = (): string => `http://127.0.0.1:${port}/`;
  const pageUrl = (page: string): string => `${origin()}${page}?${KEY_PARAM}=${key}`;
  const downloads = new DownloadTarget();
  const runtimeOptions = {
    dir: options.deckDir,
    dataDir,
    watch: options.watch,
    trash: deckTrash(options.deckDir),
    exportTarget: downloads,
    // The Export dialog's printer: a system Chromium on this host's print page, or the CLI's message when none is found.
    printer: (): Result<Printer> => {
      const executablePath = findBrowser();
      return executablePath ? { ok: true, value: (job) => printWithChromium({ ...job, executablePath, pageUrl, origin: origin() }) } : { ok: false, error: noBrowserMessage() };
    },
  };
  const runtime = options.readInBackground ? new DeckRuntime(runtimeOptions) : await DeckRuntime.open(runtimeOptions);
  const deckRead = options.readInBackground ? runtime.session.payload() : null;
  deckRead?.catch(() => undefined);
  const settings = new SettingsStore(path.join(dataDir, SETTINGS_FILE_NAME));
  const clients = new Set<ServerResponse>();
  runtime.on(eventSender(clients));
  const keyBytes = Buffer.from(key);
  const isKey = (candidate: string | null | undefined): boolean => {
    const bytes = Buffer.from(candidate ?? '');
    return bytes.length === keyBytes.length && timingSafeEqual(bytes, keyBytes);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) return sendText(res, 421, 'wrong host');
    const url = new URL(req.url ?? '/', origin());
    const apiKeyOk = isKey(req.headers[KEY_HEADER.toLowerCase()] as string | undefined) || isKey(url.searchParams.get(KEY_PARAM));
    if (url.pathname.startsWith(HTTP_OP_PREFIX)) {
      if (req.method !== 'POST') return sendText(res, 405, 'method not allowed');
      return answerOperation(req, res, url.pathname.slice(HTTP_OP_PREFIX.length), apiKeyOk);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
    if (url.pathname === '/api/events') return apiKeyOk ? openEvents(req, res) : refuseKey(res);
    if (url.pathname === DOWNLOAD_PATH) return apiKeyOk ? sendDownload(req, res, Number(url.searchParams.get('job'))) : refuseKey(res);
    // Cookies are shared by every port of 127.0.0.1: one name per port keeps two hosts apart, and
    // every cookie of that name is tried, so a decoy set by another local page changes nothing.
    const cookieName = `lectern_${port}`;
    const cookies = (req.headers.cookie ?? '')
      .split(/;\s*/)
      .filter((c) => c.startsWith(`${cookieName}=`))
      .map((c) => c.slice(cookieName.length + 1));
    if (isKey(url.searchParams.get(KEY_PARAM))) res.setHeader('Set-Cookie', `${cookieName}=${key}; HttpOnly; SameSite=Strict; Path=/`);
    else if (!cookies.some(isKey)) return sendText(res, 403, 'Lectern: open the address printed by `lectern serve` (it carries an access key).');
    const answer = await answerFileRequest(options.rendererDir, runtime.dir, url.pathname, req.headers['sec-fetch-dest']);
    if (answer.status !== 200) return sendText(res, answer.status, answer.text);
    res.writeHead(200, answer.headers);
    if (req.method === 'HEAD') {
      await answer.close();
      return void res.end();
    }
    const stream = answer.open();
    stream.on('error', () => res.destroy());
    res.on('close', () => stream.destroy());
    stream.pipe(res);
  }

  async function answerOperation(req: IncomingMessage, res: ServerResponse, op: string, keyOk: boolean): Promise<void> {
    const gate = (bodyBytes: number) =>
      checkRequest({ op, keyOk, sameOrigin: req.headers.origin === `http://${req.headers.host}`, json: /^application\/json\b/.test(req.headers['content-type'] ?? ''), page: null, bodyBytes });
    const early = gate(0);
    if (!early.ok) return sendRefusal(res, early.refusal);
    const body = await readBody(req, early.spec.maxBodyBytes);
    const checked = gate(body === null ? Number.POSITIVE_INFINITY : body.length);
    if (!checked.ok) return sendRefusal(res, checked.refusal);
    let args: unknown;
    try {
      args = (JSON.parse(body!.toString('utf8')) as { args?: unknown }).args ?? [];
    } catch {
      return sendText(res, 400, 'malformed JSON');
    }
    if (!Array.isArray(args)) return sendText(res, 400, 'malformed request: args must be a list');
    if (op === 'loadDeck') {
      // The deck as JSON is made once per revision, not per view. A deck being read in the
      // background is waited for (reading it again here would be a second read).
      const loaded = await (deckRead ?? runtime.session.open()).then(
        () => null,
        (err: unknown) => ({ ok: false, error: (err as Error).message }),
      );
      return sendText(res, 200, loaded ? JSON.stringify(loaded) : `{"ok":true,"value":${await runtime.session.serialized()}}`, JSON_TYPE);
    }
    return sendText(res, 200, JSON.stringify(await runOperation(runtime, { settings }, op, args)), JSON_TYPE);
  }

  async function openEvents(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    // The view loaded the state before this stream was connected: anything that changed in
    // between (a jump from the address, a key in the other view) would be missed otherwise.
    res.write(`event: presentation\ndata: ${JSON.stringify((await runtime.presentation()).snapshot())}\n\n`);
    res.write(`event: export\ndata: ${JSON.stringify(runtime.exports.status())}\n\n`);
    clients.add(res);
    req.on('close', () => clients.delete(res));
  }

  async function sendDownload(req: IncomingMessage, res: ServerResponse, job: number): Promise<void> {
    const found = downloads.download(job);
    const info = found ? await stat(found.file).catch(() => null) : null;
    if (!found || !info) return sendText(res, 404, 'This file is no longer here: export again.');
    const type = found.name.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/pdf';
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': info.size, 'Content-Disposition': attachmentHeader(found.name) });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(found.file).pipe(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendText(res, 500, `internal error: ${(err as Error).message}`);
      else res.destroy();
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', resolve);
    });
  } catch (err) {
    await runtime.close();
    throw err;
  }
  port = (server.address() as AddressInfo).port;
  return {
    url: pageUrl(''),
    origin: origin(),
    port,
    key,
    pageUrl,
    runtime,
    deckRead,
    close: () => closeServer(server, clients, runtime),
  };
}

/** `attachment` with an ASCII fallback name and the real (Cyrillic) one per RFC 6266/5987. @internal */
export function attachmentHeader(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function sendRefusal(res: ServerResponse, refusal: { status: number; error: string }): void {
  sendText(res, refusal.status, JSON.stringify({ ok: false, error: refusal.error }), JSON_TYPE);
}

function refuseKey(res: ServerResponse): void {
  sendRefusal(res, { status: 403, error: 'request refused: no valid access key (open the address Lectern printed)' });
}

/** The request body, or null past `limit` bytes (the rest is drained, not kept, so the answer still reaches the client). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const max = Math.min(limit, MAX_ANY_BODY_BYTES);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function closeServer(server: Server, clients: Set<ServerResponse>, runtime: DeckRuntime): Promise<void> {
  for (const c of clients) c.end();
  await runtime.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
