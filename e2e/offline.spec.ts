import { createServer, type Server, type Socket } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serveDeck } from './support/decks';

/**
 * "No request leaves the machine": a deck full of hints that make Chromium connect on its own
 * (preconnect, dns-prefetch, prefetch, preload, prerender, remote images) is presented, printed
 * as a handout, and its `.html`/`.svg` files are opened directly. A local server counts every TCP
 * connection that reaches it: there must be none.
 */

let counter: Server;
let port = 0;
const sockets: Socket[] = [];
let connections = 0;

test.beforeAll(async () => {
  counter = createServer((socket) => {
    connections++;
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve) => counter.listen(0, '127.0.0.1', resolve));
  port = (counter.address() as { port: number }).port;
});
test.afterAll(async () => {
  sockets.forEach((s) => s.destroy());
  await new Promise((resolve) => counter.close(resolve));
});

/** Every way an HTML page can ask Chromium to connect ahead of time (CSP governs none of the first six). */
function beacons(tag: string): string {
  const at = `http://127.0.0.1:${port}`;
  return [
    `<link rel="preconnect" href="${at}/${tag}-preconnect">`,
    `<link rel="dns-prefetch" href="//127.0.0.1:${port}">`,
    `<link rel="prefetch" href="${at}/${tag}-prefetch">`,
    `<link rel="preload" as="image" href="${at}/${tag}-preload.png">`,
    `<link rel="prerender" href="${at}/${tag}-prerender">`,
    `<link rel="modulepreload" href="${at}/${tag}-module.js">`,
    `<LINK REL="PreConnect" HREF="${at}/${tag}-upper">`,
    `<link rel="stylesheet" href="${at}/${tag}.css">`,
    `<img src="${at}/${tag}.png" alt="remote">`,
    `<meta http-equiv="refresh" content="0;url=${at}/${tag}-refresh">`,
    `<a href="${at}/${tag}-link" rel="prefetch preconnect">a web link</a>`,
  ].join('\n');
}

test('a deck that asks Chromium to connect elsewhere makes no connection (present, console, handout, deck files)', async ({ page, context }) => {
  const deck = await mkdtemp(path.join(os.tmpdir(), 'lectern-offline-'));
  try {
    await writeFile(path.join(deck, '01-beacon.md'), `# Offline\n\n${beacons('slide')}\n\n[page](page.html) [picture](pic.svg)\n\nNote:\n${beacons('notes')}\n`);
    await writeFile(path.join(deck, 'page.html'), `<!doctype html><html><head>${beacons('html')}</head><body><p>deck page</p><script>fetch('http://127.0.0.1:${port}/script')</script></body></html>`);
    await writeFile(
      path.join(deck, 'pic.svg'),
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml" width="10" height="10"><foreignObject width="10" height="10"><h:link rel="preconnect" href="http://127.0.0.1:${port}/svg"/></foreignObject><image href="http://127.0.0.1:${port}/svg.png" width="10" height="10"/></svg>`,
    );
    const host = await serveDeck(deck);
    try {
      await page.goto(host.url);
      await expect(page.locator('.reveal .slides section').first()).toContainText('Offline');
      for (const view of ['console.html', 'print.html']) {
        const other = await context.newPage();
        await other.goto(host.pageUrl(view));
        await other.waitForLoadState('networkidle');
        await other.close();
      }
      // The deck's own files, opened on their own as a link from a slide would open them.
      const token = new URL(host.url).searchParams.get('t')!;
      for (const file of ['page.html', 'pic.svg']) {
        const response = await page.goto(`${host.origin}deck/${file}?t=${token}`);
        expect(response!.headers()['content-type'], file).toBe('text/plain; charset=utf-8');
        await page.waitForTimeout(300);
      }
      // An SVG shown as an image still is one.
      const image = await page.request.get(`${host.origin}deck/pic.svg?t=${token}`, { headers: { 'Sec-Fetch-Dest': 'image' } });
      expect(image.headers()['content-type']).toBe('image/svg+xml');
      // Chromium's speculative connections are asynchronous: give them time to show up.
      await page.waitForTimeout(1500);
      expect(connections).toBe(0);
    } finally {
      await host.dispose();
    }
  } finally {
    await rm(deck, { recursive: true, force: true });
  }
});
