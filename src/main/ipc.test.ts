import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Channels, type DeckPayload, type Result } from '../shared/contract';
import { DeckFolderError } from '../node/read-deck';
import type { DeckSession } from '../node/deck-session';
import { DeckRegistry } from './deck-registry';
import { setupIpc } from './ipc';
import { ipcMain, resetElectronMock } from '../../test/support/electron-mock';
import { FIXTURE_TITLE, makeFixtureDeck } from '../../test/support/fixture-deck';

vi.mock('electron', () => import('../../test/support/electron-mock'));

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
let key: string;
const SENDER_ID = 41;

function invoke(frameUrl: string | null, options: { senderId?: number; subframe?: boolean } = {}): Promise<Result<DeckPayload>> {
  const handler = ipcMain.handlers.get(Channels.loadDeck)!;
  const senderFrame = frameUrl === null ? null : { url: frameUrl, parent: options.subframe ? { url: frameUrl } : null };
  return handler({ sender: { id: options.senderId ?? SENDER_ID }, senderFrame }) as Promise<Result<DeckPayload>>;
}

beforeEach(async () => {
  resetElectronMock();
  fixture = await makeFixtureDeck();
  registry = new DeckRegistry();
  key = await registry.open(fixture.dir);
  registry.attach(key, { id: SENDER_ID, send: vi.fn(), isDestroyed: () => false });
  setupIpc(registry);
});
afterEach(async () => {
  await registry.closeAll();
  await fixture.cleanup();
});

describe('loadDeck IPC', () => {
  it('answers a page of an open deck with that deck', async () => {
    const result = await invoke(`lectern://${key}/index.html#/1`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.deck.config.title).toBe(FIXTURE_TITLE);
    expect(result.value.folderName).toBe('deck');
    expect(result.value.deck.slides[0]!.html).toContain('Привет');
  });

  it.each([
    ['another protocol', 'https://evil.example/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['an unknown host', 'lectern://d99/index.html'],
    ['a same-named host on another scheme', `evil://d1/index.html`],
    ['garbage', 'not a url'],
  ])('refuses %s', async (_what, url) => {
    const result = await invoke(url);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/refused/);
  });

  it('refuses a destroyed frame, a subframe and a window that shows another deck', async () => {
    expect((await invoke(null)).ok).toBe(false);
    expect((await invoke(`lectern://${key}/index.html`, { subframe: true })).ok).toBe(false);
    expect((await invoke(`lectern://${key}/index.html`, { senderId: 99 })).ok).toBe(false);
    // A deck file shown on the deck's own origin is content, not an app page: no bridge for it.
    expect((await invoke(`lectern://${key}/deck/page.html`)).ok).toBe(false);
  });

  it('reports a deck that was closed as an error, not a throw', async () => {
    await registry.close(key);
    const result = await invoke(`lectern://${key}/index.html`);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/no open deck/) });
  });

  it('answers a deck folder error with its message', async () => {
    let calls = 0;
    const failing = {
      open: async () => {
        if (calls++ === 0) return { deck: { slides: [], sections: [] } } as unknown as DeckPayload;
        throw new DeckFolderError('/decks/gone', 'does not exist');
      },
      loadedDeck: () => null,
      onChange: () => () => undefined,
      watch: async () => undefined,
      close: async () => undefined,
    } as unknown as DeckSession;
    const broken = new DeckRegistry(() => failing);
    const brokenKey = await broken.open('/decks/gone');
    broken.attach(brokenKey, { id: SENDER_ID, send: vi.fn(), isDestroyed: () => false });
    ipcMain.handlers.clear();
    setupIpc(broken);
    expect(await invoke(`lectern://${brokenKey}/index.html`)).toEqual({ ok: false, error: '/decks/gone: does not exist' });
  });
});
