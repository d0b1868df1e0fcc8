// A minimal static file server on 127.0.0.1 for the benchmark's baseline page.
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentType } from '../src/node/http-util';
import { isInside } from '../src/node/paths';

/** Serves `dir`; resolves to { url, close }. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  // Any failure (a malformed %-escape, a missing file) is a 404, never an unhandled rejection.
  const serve = async (url: string | undefined, res: ServerResponse): Promise<void> => {
    const rel = decodeURIComponent(new URL(url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, rel);
    if (!isInside(dir, file)) return void res.writeHead(404).end();
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': contentType(file) }).end(body);
  };
  const server = createServer((req, res) => void serve(req.url, res).catch(() => res.writeHead(404).end()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise<void>((r) => server.close(() => r())) };
}
