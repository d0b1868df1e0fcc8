import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExportJobs } from './export-jobs';
import { SECURITY_HEADERS, sendText } from './http-util';

/** URL prefix of the Export dialog's operations on the browser host. */
export const EXPORT_API_PREFIX = '/api/export/';

/** Operations the browser host serves; the others are the app's (a save dialog, the file manager). */
const APP_ONLY = new Set(['chooseTarget', 'openFolder']);

async function readArgs(req: IncomingMessage): Promise<unknown[] | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16 * 1024) return null;
    chunks.push(chunk);
  }
  try {
    const args = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { args?: unknown }).args;
    return Array.isArray(args) ? args : null;
  } catch {
    return null;
  }
}

function sendJson(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

/** `attachment` with an ASCII fallback name and the real (Cyrillic) one per RFC 6266/5987. @internal */
export function attachmentHeader(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Answers the Export dialog on the browser host (the caller has checked the Host header and the
 * access key): `POST /api/export/<op>` with `{"args": [...]}` from our own origin as JSON only,
 * `GET /api/export/status`, and `GET /api/export/download?job=N` for the finished PDF.
 */
export async function handleExportRequest(jobs: ExportJobs, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const op = url.pathname.slice(EXPORT_API_PREFIX.length);
  if (req.method === 'GET' || req.method === 'HEAD') {
    if (op === 'status') return sendJson(res, { ok: true, value: jobs.status() });
    if (op !== 'download') return sendText(res, 404, 'not found');
    const found = jobs.download(Number(url.searchParams.get('job')));
    const info = found ? await stat(found.file).catch(() => null) : null;
    if (!found || !info) return sendText(res, 404, 'This PDF is no longer here: export again.');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/pdf', 'Content-Length': info.size, 'Content-Disposition': attachmentHeader(found.name) });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(found.file).pipe(res);
    return;
  }
  if (req.method !== 'POST') return sendText(res, 405, 'method not allowed');
  // Writes come only from our own pages: a same-origin fetch with a JSON body (see edit-http.ts).
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return sendText(res, 415, 'JSON only');
  if (req.headers.origin !== `http://${req.headers.host}`) return sendText(res, 403, 'refused: not from a Lectern page');
  const args = await readArgs(req);
  if (!args) return sendText(res, 400, 'bad request body');
  switch (op) {
    case 'target': return sendJson(res, await jobs.target());
    case 'start': return sendJson(res, await jobs.start(args[0]));
    case 'cancel': return sendJson(res, jobs.cancel());
    default:
      return sendJson(res, { ok: false, error: APP_ONLY.has(op) ? 'only the desktop app can do this; in the browser the PDF is offered as a download' : 'unknown export operation' });
  }
}
