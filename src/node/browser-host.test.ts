import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../shared/operations';
import { attachmentHeader, startBrowserHost, type BrowserHost } from './browser-host';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const hosts: BrowserHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

async function host(watch = false) {
  const deckDir = path.join(await tempDir(), 'deck');
  await mkdir(deckDir);
  await writeFile(path.join(deckDir, 'deck.yaml'), 'title: Итоги года\n');
  await writeFile(path.join(deckDir, '01-a.md'), '# A\r\n\r\n---\r\n\r\n# B\r\n');
  const rendererDir = await tempDir();
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  const h = await startBrowserHost({ deckDir, rendererDir, watch, dataDir: await tempDir() });
  hosts.push(h);
  const own = h.origin.replace(/\/$/, '');
  const post = (op: string, args: unknown[], headers: Record<string, string> = {}, body = JSON.stringify({ args })) =>
    fetch(`${h.origin}api/op/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: own, 'X-Lectern-Key': h.key, ...headers }, body });
  const call = async (op: string, ...args: unknown[]) => (await post(op, args)).json();
  return { h, deckDir, post, call };
}

describe('browser host: the shared gate on every operation', () => {
  it('refuses a request without the key, with a foreign origin, not JSON, or oversized the same way on every route', async () => {
    const { post } = await host();
    for (const op of Object.keys(OPERATIONS)) {
      const noKey = await post(op, [], { 'X-Lectern-Key': 'wrong' });
      expect([op, noKey.status, (await noKey.json()).error]).toEqual([op, 403, expect.stringContaining('no valid access key')]);
      const foreign = await post(op, [], { Origin: 'http://127.0.0.1:1' });
      expect([op, foreign.status, (await foreign.json()).error]).toEqual([op, 403, 'request refused: not from a Lectern page']);
      const noOrigin = await post(op, [], { Origin: '' });
      expect([op, noOrigin.status]).toEqual([op, 403]);
      const form = await post(op, [], { 'Content-Type': 'application/x-www-form-urlencoded' });
      expect([op, form.status]).toEqual([op, 415]);
    }
    // One operation of each size class (a large one sends 30 MB through loopback).
    for (const op of ['dispatch', 'export.start', 'edit.saveFile']) {
      const big = await post(op, [], {}, JSON.stringify({ args: ['x'.repeat(OPERATIONS[op]!.maxBodyBytes)] }));
      expect([op, big.status, (await big.json()).error]).toEqual([op, 413, expect.stringContaining('larger than')]);
    }
  });

  it('a key in a cookie opens pages but moves nothing: operations need the key header', async () => {
    const { h, post } = await host();
    // The printed address sets the cookie; a decoy cookie of the same name changes nothing.
    const page = await fetch(h.url);
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    expect(page.status).toBe(200);
    expect((await fetch(`${h.origin}index.html`, { headers: { cookie: `lectern_${h.port}=decoy; ${cookie}` } })).status).toBe(200);
    expect((await fetch(`${h.origin}index.html`, { headers: { cookie: `lectern_${h.port}=decoy` } })).status).toBe(403);
    const moved = await post('dispatch', [{ type: 'next' }], { 'X-Lectern-Key': '', cookie });
    expect(moved.status).toBe(403);
    expect((await h.runtime.presentation()).snapshot().state.position.slide).toBe(0);
    expect((await fetch(`${h.origin}api/events`, { headers: { cookie } })).status).toBe(403);
    expect((await fetch(`${h.origin}api/op/dispatch?t=${h.key}`, { method: 'GET' })).status).toBe(405);
    expect(await (await post('rmrf', [])).json()).toEqual({ ok: false, error: 'request refused: unknown operation "rmrf"' });
  });
});

describe('browser host: operations', () => {
  it('loads the deck and takes presentation actions from our own pages', async () => {
    const { h, call } = await host();
    expect(await call('loadDeck')).toMatchObject({ ok: true, value: { deck: { config: { title: 'Итоги года' } }, revision: 1 } });
    expect(await call('dispatch', { type: 'next' })).toMatchObject({ ok: true, value: { state: { position: { slide: 1, step: 0 } } } });
    expect(await call('loadPresentation')).toMatchObject({ value: { state: { position: { slide: 1 } } } });
    expect(await call('dispatch', { type: 'goto', slide: -4 })).toEqual({ ok: false, error: 'unknown presentation action' });
    expect(await call('windowCommand', 'swapDisplays')).toEqual({ ok: false, error: 'only the desktop app places windows on displays' });
    expect((await h.runtime.presentation()).snapshot().state.position.slide).toBe(1);
  });

  it('starts every event stream with the current state, so a view that connects late misses nothing', async () => {
    const { h, call } = await host();
    await call('dispatch', { type: 'next' });
    const res = await fetch(`${h.origin}api/events?t=${h.key}`);
    const reader = res.body!.getReader();
    let text = '';
    while (!/event: export\ndata: .*\n\n/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(JSON.parse(/event: presentation\ndata: (.*)\n/.exec(text)![1]!).state.position.slide).toBe(1);
    expect(JSON.parse(/event: export\ndata: (.*)\n/.exec(text)![1]!)).toEqual({ state: 'idle' });
  });

  it('edits byte-exact, and reopens a file in a chosen encoding for every view', async () => {
    const { deckDir, call } = await host(true);
    const read = await call('edit.readFile', '01-a.md');
    expect(read).toMatchObject({ ok: true, value: { eol: '\r\n' } });
    const { text, format, eol, hash } = read.value;
    expect(await call('edit.saveFile', { id: '01-a.md', text: `${text}b\n`, format, eol, expectedHash: hash })).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe('# A\r\n\r\n---\r\n\r\n# B\r\nb\r\n');
    expect(await call('edit.reopenFile', '01-a.md', 'x-mac-cyrillic')).toEqual({ ok: false, error: expect.stringContaining('malformed reopenFile request') });
    expect(await call('edit.reopenFile', '01-a.md', 'latin1')).toMatchObject({ ok: true, value: { chosen: true, format: { encoding: 'latin1' } } });
    const deck = await call('loadDeck');
    expect(deck.value.deck.diagnostics).toEqual([expect.objectContaining({ code: 'file-encoding-chosen', message: expect.stringContaining('Latin-1') })]);
  });

  it('answers the Export dialog: target, the CLI’s range message, app-only operations refused, no download yet', async () => {
    const { h, call } = await host();
    expect(await call('export.target')).toEqual({ ok: true, value: { label: 'Итоги года.pdf', canChoose: false } });
    expect(await call('export.target', 'html')).toEqual({ ok: true, value: { label: 'Итоги года.html', canChoose: false } });
    expect(await call('export.start', { format: 'pdf', layout: 'notes', paper: 'a4', notes: false, range: '5', keepImages: false })).toEqual({
      ok: false,
      error: '--range 5: `5` is past the end: the deck has 2 slides',
      problem: { code: 'range-past-end', part: '5', slides: 2 },
    });
    expect(await call('export.chooseTarget')).toMatchObject({ ok: false, error: expect.stringContaining('only the desktop app') });
    expect(await call('export.cancel')).toEqual({ ok: false, error: 'No export is running.' });
    expect((await fetch(`${h.origin}api/download?job=1&t=${h.key}`)).status).toBe(404);
    expect((await fetch(`${h.origin}api/download?job=1`)).status).toBe(403);
  });

  it('names the download after the deck, Cyrillic included, with an ASCII fallback', () => {
    expect(attachmentHeader('Итоги "года".pdf')).toBe(`attachment; filename="_____ ______.pdf"; filename*=UTF-8''${encodeURIComponent('Итоги "года".pdf')}`);
  });
});

describe('browser host: what a one-shot export starts', () => {
  it('serves the deck to the print page without starting a presentation, an editor or a watcher', async () => {
    const { h, call } = await host(false);
    expect((await call('loadDeck')).ok).toBe(true);
    expect(h.runtime.started()).toEqual({ presentation: false, edit: false });
  });
});
