import { describe, expect, it, vi } from 'vitest';
import type { DeckOpener } from './deck-opener';
import { PendingDecks } from './pending-decks';

const opener = (): DeckOpener & { open: ReturnType<typeof vi.fn> } => ({ open: vi.fn(async () => null), chooseAndOpen: vi.fn(async () => null) }) as never;

describe('decks asked for during start-up', () => {
  it('a second present before the app is ready is opened once it is, not dropped', async () => {
    const pending = new PendingDecks();
    pending.request('/decks/a', vi.fn());
    pending.request('/decks/b', vi.fn());
    expect(pending.hasPending()).toBe(true);
    const o = opener();
    await pending.ready(o);
    expect(o.open.mock.calls).toEqual([['/decks/a'], ['/decks/b']]);
  });

  it('after start-up opens at once; no deck just brings Lectern forward', async () => {
    const pending = new PendingDecks();
    const o = opener();
    await pending.ready(o);
    const focus = vi.fn();
    pending.request('/decks/c', focus);
    pending.request(null, focus);
    expect(o.open).toHaveBeenCalledWith('/decks/c');
    expect(focus).toHaveBeenCalledTimes(1);
  });
});
