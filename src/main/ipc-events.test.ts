import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Slide } from '../core/types';
import { HOST_GLOBAL, type DeckUpdate, type LecternHost } from '../shared/contract';
import { FakeWebContents } from '../../test/support/electron-mock';
import { PIECE_CHARS } from '../node/sliced-json';
import { ipcEventSender } from './ipc-events';

// The preload runs against a fake renderer side: what main sends to a FakeWebContents is cloned
// (as Electron does) and emitted to the preload's ipcRenderer listeners.
const renderer = vi.hoisted(() => ({ exposed: {} as Record<string, unknown>, ipc: null as unknown as import('node:events').EventEmitter }));
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  renderer.ipc = new Emitter();
  return {
    ...(await import('../../test/support/electron-mock')),
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (renderer.exposed[key] = value) },
    ipcRenderer: Object.assign(renderer.ipc, { invoke: vi.fn() }),
  };
});

/** A window whose page listens through the real preload. */
async function windowWithPreload(): Promise<{ contents: FakeWebContents; host: LecternHost; received: { channel: string; at: number }[] }> {
  await import('../preload/index');
  const contents = new FakeWebContents();
  const received: { channel: string; at: number }[] = [];
  contents.send.mockImplementation((channel: string, ...args: unknown[]) => {
    received.push({ channel, at: ticks });
    (renderer.ipc as EventEmitter).emit(channel, {}, ...args.map((a) => structuredClone(a)));
  });
  return { contents, host: renderer.exposed[HOST_GLOBAL] as LecternHost, received };
}

/** Timer callbacks run so far: other work the main process did while a deck was being sent. */
let ticks = 0;

const slide = (i: number): Slide => ({
  id: `s${i}.md#0`,
  file: `s${i}.md`,
  indexInFile: 0,
  line: 1,
  title: `Slide ${i}`,
  source: `# Slide ${i}\n\nSome *text* «${i}» "quoted" \\ é`,
  html: `<h1>Slide ${i}</h1><p>Some <em>text</em> «${i}» "quoted" \\ é</p>`,
  notes: '',
  notesHtml: '',
  assets: [],
});

describe('deck events to Electron windows', () => {
  it('sends a 100,000-slide deck in bounded pieces between other work, joined in the preload to the same update, before the position in it', async () => {
    const { contents, host, received } = await windowWithPreload();
    const updates: DeckUpdate[] = [];
    const positions: unknown[] = [];
    host.onDeckChanged((u) => updates.push(u));
    host.onPresentation((p) => positions.push({ p, decks: updates.length }));
    const slides = Array.from({ length: 100_000 }, (_, i) => slide(i));
    const update: DeckUpdate = {
      folderName: 'Большая',
      revision: 2,
      baseRevision: 1,
      deck: { config: { title: 'T' } as never, sections: slides.map((s, i) => ({ file: s.file, title: s.title, firstSlide: i, slideCount: 1, duration: 0 })), slides: [0, ...slides.slice(1)], diagnostics: [], assetVersions: {} },
    };
    const timer = setInterval(() => ticks++, 0);
    try {
      const send = ipcEventSender(() => [contents]);
      send({ name: 'deck', value: update });
      send({ name: 'presentation', value: { state: { position: { slide: 5 } } } as never });
      await vi.waitFor(() => expect(positions).toHaveLength(1), { timeout: 60_000, interval: 20 });
    } finally {
      clearInterval(timer);
    }
    const pieces = contents.send.mock.calls.filter((c) => c[0] === 'event:deck').map((c) => c[1] as { text: string });
    // Bounded pieces, not one message of the whole deck.
    expect(pieces.length).toBeGreaterThan(50);
    expect(Math.max(...pieces.map((p) => p.text.length))).toBeLessThan(PIECE_CHARS + 4096);
    // The main process did other work between the first piece and the last.
    const deckAt = received.filter((r) => r.channel === 'event:deck').map((r) => r.at);
    expect(deckAt.at(-1)! - deckAt[0]!).toBeGreaterThan(5);
    // Joined in the preload to exactly the update main had, and the position came after it.
    expect(updates).toHaveLength(1);
    expect(updates[0]).toEqual(JSON.parse(JSON.stringify(update)));
    expect(positions).toEqual([{ p: { state: { position: { slide: 5 } } }, decks: 1 }]);
  }, 120_000);

  it('keeps events in order across deck updates, and a page that starts listening in the middle of one skips it', async () => {
    const { contents, host } = await windowWithPreload();
    const early: string[] = [];
    host.onDeckChanged((u) => early.push(`deck ${u.revision}`));
    host.onPresentation(() => early.push('position'));
    const send = ipcEventSender(() => [contents]);
    const deck = (revision: number): DeckUpdate => ({
      folderName: 'd',
      revision,
      baseRevision: revision - 1,
      deck: { config: {} as never, sections: [], slides: Array.from({ length: 6000 }, (_, i) => slide(i)), diagnostics: [], assetVersions: {} },
    });
    // A page that subscribes right after the first update's first piece went out.
    const late: number[] = [];
    const forward = contents.send.getMockImplementation()!;
    contents.send.mockImplementation((channel: string, ...args: unknown[]) => {
      forward(channel, ...args);
      if (!late.length && channel === 'event:deck') host.onDeckChanged((u) => late.push(u.revision));
      late.push(0);
    });
    send({ name: 'deck', value: deck(2) });
    send({ name: 'presentation', value: {} as never });
    send({ name: 'deck', value: deck(3) });
    send({ name: 'presentation', value: {} as never });
    await vi.waitFor(() => expect(early).toHaveLength(4), { timeout: 20_000 });
    expect(early).toEqual(['deck 2', 'position', 'deck 3', 'position']);
    expect(late.filter((r) => r > 0)).toEqual([3]);
    expect(contents.send.mock.calls.filter((c) => c[0] === 'event:deck').length).toBeGreaterThan(4);
  }, 30_000);
});
