import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const hosts: BrowserHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

async function host() {
  const deckDir = await tempDir();
  await writeFile(path.join(deckDir, '01-a.md'), '# A\r\n');
  const h = await startBrowserHost({ deckDir, rendererDir: await tempDir(), watch: true, dataDir: await tempDir() });
  hosts.push(h);
  const token = new URL(h.url).searchParams.get('t')!;
  const post = (op: string, args: unknown[], headers: Record<string, string> = {}) =>
    fetch(`${h.origin}api/edit/${op}?t=${token}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ args }) });
  return { h, deckDir, post, token };
}

describe('browser host editor API', () => {
  it('reads and saves byte-exact through POST /api/edit/<op>', async () => {
    const { deckDir, post } = await host();
    const read = await (await post('readFile', ['01-a.md'])).json();
    expect(read).toMatchObject({ ok: true, value: { text: '# A\n', eol: '\r\n' } });
    const { text, format, eol, hash } = read.value;
    const saved = await (await post('saveFile', [{ id: '01-a.md', text: `${text}b\n`, format, eol, expectedHash: hash }])).json();
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe('# A\r\nb\r\n');
  });
  it('reopenFile over HTTP: refuses unknown encodings and ids outside the deck; a good one reloads the deck for the views', async () => {
    const { h, post, token } = await host();
    expect(await (await post('reopenFile', ['01-a.md', 'x-mac-cyrillic'])).json()).toEqual({ ok: false, error: expect.stringContaining('malformed reopenFile request') });
    expect(await (await post('reopenFile', ['../01-a.md', 'koi8-r'])).json()).toEqual({ ok: false, error: expect.stringContaining('malformed reopenFile request') });
    expect(await (await post('reopenFile', ['01-a.md', 'latin1'])).json()).toMatchObject({ ok: true, value: { chosen: true, format: { encoding: 'latin1' } } });
    const deck = await (await fetch(`${h.origin}api/deck?t=${token}`)).json();
    expect(deck.deck.diagnostics).toEqual([expect.objectContaining({ code: 'file-encoding-chosen', message: expect.stringContaining('Latin-1') })]);
  });
  it('refuses requests without the key, from another origin, not JSON, or with unknown operations', async () => {
    const { h, post, token } = await host();
    expect((await fetch(`${h.origin}api/edit/listFiles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"args":[]}' })).status).toBe(403);
    expect((await post('listFiles', [], { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await fetch(`${h.origin}api/edit/listFiles?t=${token}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"args":[]}' })).status).toBe(415);
    expect(await (await post('rmrf', [])).json()).toEqual({ ok: false, error: 'unknown editor operation' });
    expect((await fetch(`${h.origin}api/deck?t=${token}`, { method: 'POST' })).status).toBe(405);
  });
});
