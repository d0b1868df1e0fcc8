import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EditService } from './edit-service';
import { SECURITY_HEADERS, sendText } from './http-util';
import { MAX_SLIDE_FILE_BYTES } from './read-deck';

/** URL prefix of the editor's operations on the browser host: `POST /api/edit/<operation>`. */
export const EDIT_API_PREFIX = '/api/edit/';

/** A request body larger than this is refused: a slide file's limit, as UTF-16 JSON, plus room. */
const MAX_BODY_BYTES = MAX_SLIDE_FILE_BYTES * 3 + 65536;

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Answers one editor request: `POST /api/edit/<op>` with `{"args": [...]}`, JSON result back.
 * Only POST with `Content-Type: application/json` from our own origin: another site cannot send
 * that without a CORS preflight, which this host never grants (the key cookie is also
 * SameSite=Strict); the Origin check is one more fence.
 */
export async function handleEditRequest(service: EditService, req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  if (req.method !== 'POST') return sendText(res, 405, 'method not allowed');
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return sendText(res, 415, 'JSON only');
  // The caller has checked the Host header; a page of ours sends that same host as its origin.
  if (req.headers.origin !== undefined && req.headers.origin !== `http://${req.headers.host}`) return sendText(res, 403, 'wrong origin');
  const body = await readBody(req);
  if (body === null) return sendText(res, 413, 'request too large');
  let args: unknown;
  try {
    args = (JSON.parse(body) as { args?: unknown }).args;
  } catch {
    return sendText(res, 400, 'malformed JSON');
  }
  const op = new URL(req.url ?? '/', origin).pathname.slice(EDIT_API_PREFIX.length);
  const result = await service.call(op, args);
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(result));
}
