import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { openChromiumBackend } from '../src/node/chromium-backend';
import { findBrowser } from '../src/node/find-browser';

// The exporter's offline guarantee, without the app's CSP in front of it: a page that asks for
// files outside the host gets them refused and named, while its own files load.
test('the print browser refuses and records every request outside the host, and lets the host\u2019s own through', async () => {
  const executablePath = findBrowser();
  test.skip(!executablePath, 'no Chromium to print with');
  const page = `<!doctype html><html><head><link rel="stylesheet" href="http://192.0.2.1/theme.css"></head><body>
<img id="own" src="/own.svg"><img src="http://192.0.2.1/logo.png">
<script src="/ready.js"></script></body></html>`;
  const ready = `addEventListener('load', () => { document.documentElement.dataset.state = JSON.stringify({ own: document.getElementById('own').naturalWidth }); document.documentElement.dataset.ready = 'true'; });`;
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="7" height="7"/>';
  const files: Record<string, [string, string]> = { '/print.html': ['text/html', page], '/ready.js': ['text/javascript', ready], '/own.svg': ['image/svg+xml', svg] };
  const server: Server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(file ? 200 : 404, { 'Content-Type': file?.[0] ?? 'text/plain' }).end(file?.[1] ?? 'no');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const blockedRequests: string[] = [];
  try {
    const backend = await openChromiumBackend({ executablePath: executablePath!, url: `${origin}print.html`, origin, plan: { width: 1280, height: 720 }, timeoutMs: 60_000, blockedRequests });
    const state = (await backend.render(0, 1)) as unknown as { own: number };
    await backend.close();
    expect(state.own).toBe(7);
    expect(blockedRequests.sort()).toEqual(['http://192.0.2.1/logo.png', 'http://192.0.2.1/theme.css']);
  } finally {
    server.close();
  }
});
