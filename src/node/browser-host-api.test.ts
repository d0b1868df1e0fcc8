import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { mkdir, writeFile } from 'node:fs/promises';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
let host: BrowserHost;

beforeEach(async () => {
  const deckDir = path.join(await tempDir(), 'deck');
  await mkdir(deckDir);
  await writeFile(path.join(deckDir, 'a.md'), '# One\n\n---\n\n# Two');
  host = await startBrowserHost({ deckDir, rendererDir: path.join(deckDir, 'none'), dataDir: await tempDir() });
});
afterEach(async () => {
  await host.close();
});

const token = () => new URL(host.url).searchParams.get('t')!;
function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${host.origin}api/presentation?t=${token()}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: host.origin.slice(0, -1), ...headers },
    body,
  });
}

describe('browser host presentation API', () => {
  it('takes actions from our own pages and answers with the new state', async () => {
    const res = await post(JSON.stringify({ type: 'next' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { state: { position: { slide: 1, step: 0 } } } });
    const state = await (await fetch(`${host.origin}api/presentation?t=${token()}`)).json();
    expect(state.value.state.position.slide).toBe(1);
  });

  it('refuses writes from other sites, without the key, as a form post, or too big', async () => {
    expect((await post('{"type":"next"}', { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('type=next', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(403);
    expect((await fetch(`${host.origin}api/presentation`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: host.origin.slice(0, -1) }, body: '{"type":"next"}' })).status).toBe(403);
    expect((await post(JSON.stringify({ type: 'next', pad: 'x'.repeat(100_000) }))).status).toBe(400);
    expect((await post('{not json')).status).toBe(400);
    expect(await (await post('{"type":"goto","slide":-4}')).json()).toEqual({ ok: false, error: 'unknown presentation action' });
    expect(host.presentation.snapshot().state.position.slide).toBe(0);
    // Only the API takes POST; pages and deck files do not.
    expect((await fetch(`${host.origin}index.html?t=${token()}`, { method: 'POST' })).status).toBe(405);
  });

  it('starts every event stream with the current state, so a view that connects late misses nothing', async () => {
    await post(JSON.stringify({ type: 'next' }));
    const res = await fetch(`${host.origin}api/events?t=${token()}`);
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('event: presentation')) text += new TextDecoder().decode((await reader.read()).value);
    while (!text.includes('\n\n', text.indexOf('event: presentation'))) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    const data = /event: presentation\ndata: (.*)\n/.exec(text)![1]!;
    expect(JSON.parse(data).state.position.slide).toBe(1);
  });
});
