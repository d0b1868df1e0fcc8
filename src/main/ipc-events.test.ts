import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Slide } from '../core/types';
import type { DeckUpdate, LecternHost, PresentationSnapshot } from '../shared/contract';
import { joinDeckPieces } from '../shared/deck-pieces';
import { ipcEventChannelOf } from '../shared/operations';
import { FakeWebContents } from '../../test/support/electron-mock';
import { PIECE_CHARS } from '../node/sliced-json';
import { ipcEventSender } from './ipc-events';

/**
 * A window whose page listens as the preload does (src/preload/index.ts joins deck pieces with
 * joinDeckPieces; its own test checks that): what main sends to a FakeWebContents is cloned, as
 * Electron clones it, and handed to the page's listeners in order.
 */
function windowWithPage(): { contents: FakeWebContents; host: Pick<LecternHost, 'onDeckChanged' | 'onPresentation'>; received: { channel: string; at: number }[] } {
  const page = new EventEmitter();
  const contents = new FakeWebContents();
  const received: { channel: string; at: number }[] = [];
  contents.send.mockImplementation((channel: string, ...args: unknown[]) => {
    received.push({ channel, at: ticks });
    page.emit(channel, ...args.map((a) => structuredClone(a)));
  });
  const host = {
    onDeckChanged: (listener: (u: DeckUpdate) => void) => {
      page.on(ipcEventChannelOf('deck'), joinDeckPieces(listener));
      return () => undefined;
    },
    onPresentation: (listener: (p: PresentationSnapshot) => void) => {
      page.on(ipcEventChannelOf('presentation'), listener);
      return () => undefined;
    },
  };
  return { contents, host, received };
}

/** Timer callbacks run so far: other work the main process did while a deck was being sent. */
let ticks = 0;
let ticksAtSend = 0;

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
  it('sends a 100,000-slide deck in bounded pieces, made between other work, joined as the preload joins them to the same update, before the position in it', async () => {
    const { contents, host, received } = windowWithPage();
    const updates: DeckUpdate[] = [];
    const positions: unknown[] = [];
    host.onDeckChanged((u) => updates.push(u));
    host.onPresentation((p) => positions.push({ p, decks: updates.length }));
    const slides = Array.from({ length: 100_000 }, (_, i) => slide(i));
    const update: DeckUpdate = {
      folderName: 'Большая',
      revision: 2,
      baseRevision: 1,
      deck: {
        config: { title: 'T' } as never,
        sections: slides.map((s, i) => ({ file: s.file, title: s.title, firstSlide: i, slideCount: 1, duration: 0 })),
        slides: [0, ...slides.slice(1)],
        diagnostics: [],
        assetVersions: {},
      },
    };
    const timer = setInterval(() => ticks++, 0);
    try {
      const send = ipcEventSender(() => [contents]);
      ticksAtSend = ticks;
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
    // The main process did other work while the pieces were made (before the first went out).
    expect(received.find((r) => r.channel === 'event:deck')!.at - ticksAtSend).toBeGreaterThan(5);
    // Joined to exactly the update main had, and the position came after it.
    expect(updates).toHaveLength(1);
    expect(updates[0]).toEqual(JSON.parse(JSON.stringify(update)));
    expect(positions).toEqual([{ p: { state: { position: { slide: 5 } } }, decks: 1 }]);
  }, 120_000);

  it('keeps events in order across deck updates, and a page that starts listening in the middle of one skips it', async () => {
    const { contents, host } = windowWithPage();
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
