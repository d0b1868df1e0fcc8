import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { DeckSession } from './deck-session';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const hosts: BrowserHost[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

async function backgroundHost(deckDir: string) {
  const rendererDir = await tempDir();
  await writeFile(path.join(rendererDir, 'print.html'), '<!doctype html><title>print</title>');
  const h = await startBrowserHost({ deckDir, rendererDir, dataDir: await tempDir(), readInBackground: true });
  hosts.push(h);
  const loadDeck = async () =>
    (
      await fetch(`${h.origin}api/op/loadDeck`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: h.origin.replace(/\/$/, ''), 'X-Lectern-Key': h.key }, body: '{"args":[]}' })
    ).json();
  return { h, loadDeck };
}

// An export loads its print page while the deck is read (docs/export-speed.md): the host must
// serve pages before the deck is read, and answer the page's deck request once, from that read.
describe('browser host reading the deck in the background (export)', () => {
  it('serves pages and the deck from one read of the folder', async () => {
    const deckDir = path.join(await tempDir(), 'deck');
    await mkdir(deckDir);
    await writeFile(path.join(deckDir, 'deck.yaml'), 'title: Итоги\n');
    await writeFile(path.join(deckDir, '01-a.md'), '# A\n\n---\n\n# B\n');
    const reads = vi.spyOn(DeckSession.prototype, 'reload');
    const { h, loadDeck } = await backgroundHost(deckDir);
    // The deck request and the page arrive while the deck is still being read.
    const answering = loadDeck();
    const page = await fetch(h.pageUrl('print.html'));
    expect(page.status).toBe(200);
    const answer = await answering;
    expect(answer.ok).toBe(true);
    expect(answer.value.deck.slides.map((s: { title: string }) => s.title)).toEqual(['A', 'B']);
    expect((await h.deckRead!).deck.slides).toHaveLength(2);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('a folder that is not a deck: the host still starts, and the read and the page say why', async () => {
    const missing = path.join(await tempDir(), 'no-such-deck');
    const { h, loadDeck } = await backgroundHost(missing);
    await expect(h.deckRead!).rejects.toThrow('no-such-deck');
    const answer = await loadDeck();
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('no-such-deck') });
  });
});
