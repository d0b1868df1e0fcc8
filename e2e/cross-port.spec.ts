import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { copyDeck, FIXTURES, serveDeck } from './support/decks';

/** Another local web page on another port of 127.0.0.1 (the same site for cookies). */
async function otherLocalPage(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test('a page on another local port can neither move the talk through a deep link nor break the console with a decoy cookie', async ({ context }) => {
  const host = await serveDeck(await copyDeck(path.join(FIXTURES, 'basic')));
  // The presenter's own tab: the printed address, then the console it opens.
  const audience = await context.newPage();
  await audience.goto(host.url);
  await expect(audience.locator('html')).toHaveAttribute('data-ready', 'true');
  const attacker = await otherLocalPage(`<script>
    document.cookie = 'lectern_${host.port}=decoy; path=/api';
    document.cookie = 'lectern_${host.port}=decoy2; path=/';
    location.href = 'http://127.0.0.1:${host.port}/index.html#/3';
  </script>`);
  try {
    const evil = await context.newPage();
    await evil.goto(attacker.url);
    await evil.waitForURL(/index\.html/);
    // The page loads (cookies are shared by every port), but without the key in its tab it can do nothing.
    await expect(evil.locator('html'))
      .toHaveAttribute('data-ready', /.+/, { timeout: 15_000 })
      .catch(() => undefined);
    await evil.waitForTimeout(1_000);
    expect((await host.runtime.presentation()).snapshot().state.position.slide).toBe(0);
    // The presenter's console still works despite the decoy cookies.
    const consolePage = await context.newPage();
    await consolePage.goto(host.pageUrl('console.html'));
    await expect(consolePage.locator('html')).toHaveAttribute('data-ready', 'true');
    await consolePage.keyboard.press('ArrowRight');
    await expect.poll(async () => (await host.runtime.presentation()).snapshot().state.position.slide).toBe(1);
    await expect(audience.locator('html')).toHaveAttribute('data-position', /^1\b/);
  } finally {
    await attacker.close();
    await host.dispose();
  }
});
