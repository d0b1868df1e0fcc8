import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { attachmentHeader } from './export-http';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const hosts: BrowserHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

async function host() {
  const deckDir = await tempDir();
  await writeFile(path.join(deckDir, 'deck.yaml'), 'title: Итоги года\n');
  await writeFile(path.join(deckDir, '01-a.md'), '# A\n---\n# B\n');
  const h = await startBrowserHost({ deckDir, rendererDir: await tempDir(), dataDir: await tempDir() });
  hosts.push(h);
  const token = new URL(h.url).searchParams.get('t')!;
  const origin = h.origin.replace(/\/$/, '');
  const post = (op: string, args: unknown[], headers: Record<string, string> = {}) =>
    fetch(`${h.origin}api/export/${op}?t=${token}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin, ...headers }, body: JSON.stringify({ args }) });
  return { h, post, token };
}

describe('browser host export API', () => {
  it('answers the dialog: target, status, the CLI’s range message, app-only operations refused', async () => {
    const { h, post, token } = await host();
    expect(await (await post('target', [])).json()).toEqual({ ok: true, value: { label: 'Итоги года.pdf', canChoose: false } });
    expect(await (await fetch(`${h.origin}api/export/status?t=${token}`)).json()).toEqual({ ok: true, value: { state: 'idle' } });
    expect(await (await post('start', [{ layout: 'notes', paper: 'a4', notes: false, range: '5' }])).json()).toEqual({ ok: false, error: '--range 5: `5` is past the end: the deck has 2 slides' });
    expect(await (await post('chooseTarget', [])).json()).toMatchObject({ ok: false, error: expect.stringContaining('only the desktop app') });
    expect(await (await post('cancel', [])).json()).toEqual({ ok: false, error: 'No export is running.' });
    expect((await fetch(`${h.origin}api/export/download?job=1&t=${token}`)).status).toBe(404);
  });

  it('refuses requests without the key, from another origin, or not JSON', async () => {
    const { h, post, token } = await host();
    const body = JSON.stringify({ args: [] });
    expect((await fetch(`${h.origin}api/export/target`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).status).toBe(403);
    expect((await fetch(`${h.origin}api/export/status`)).status).toBe(403);
    expect((await post('target', [], { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await fetch(`${h.origin}api/export/target?t=${token}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body })).status).toBe(415);
    expect((await fetch(`${h.origin}api/export/target?t=${token}`, { method: 'PUT', body })).status).toBe(405);
  });

  it('names the download after the deck, Cyrillic included, with an ASCII fallback', () => {
    expect(attachmentHeader('Итоги "года".pdf')).toBe(`attachment; filename="_____ ______.pdf"; filename*=UTF-8''${encodeURIComponent('Итоги "года".pdf')}`);
  });
});
