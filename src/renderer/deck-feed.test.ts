import { describe, expect, it, vi } from 'vitest';
import { buildDeck, DeckBuildCache } from '../core/build-deck';
import type { DeckPayload, DeckUpdate } from '../core/deck-update';
import { makeDeckUpdateSteps, runSteps } from '../core/deck-update-steps';
import type { LecternHost, Result } from '../shared/contract';
import { followDeck, LOADING_RECHECK_MS } from './deck-feed';

const cache = new DeckBuildCache();
const payload = (text: string, revision: number): DeckPayload => ({
  folderName: 'x',
  revision,
  deck: buildDeck(
    {
      files: [
        { name: 'a.md', text: '# A\n---\n# B' },
        { name: 'b.md', text },
      ],
      config: null,
      folderName: 'x',
    },
    cache,
  ),
});

/** A host whose loadDeck answers with whatever `serverState` is when the promise resolves. */
function fakeHost(initial: DeckPayload) {
  let listener: ((u: DeckUpdate) => void) | null = null;
  const state = { server: initial, pendingLoads: [] as (() => void)[] };
  const host: Pick<LecternHost, 'loadDeck' | 'onDeckChanged'> = {
    loadDeck: () => new Promise<Result<DeckPayload>>((resolve) => state.pendingLoads.push(() => resolve({ ok: true, value: state.server }))),
    onDeckChanged: (l) => ((listener = l), () => undefined),
  };
  const push = (next: DeckPayload, base: DeckPayload | null) => {
    state.server = next;
    listener!(runSteps(makeDeckUpdateSteps(base, next)));
  };
  const answerLoads = async () => {
    while (state.pendingLoads.length) state.pendingLoads.shift()!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { host, push, answerLoads, state };
}

describe('followDeck', () => {
  it('applies updates that leave out unchanged slides', async () => {
    const v1 = payload('# C', 1);
    const { host, push, answerLoads } = fakeHost(v1);
    const seen: DeckPayload[] = [];
    const started = followDeck(host, (p) => seen.push(p));
    await answerLoads();
    await started;
    const v2 = payload('# C2', 2);
    push(v2, v1);
    expect(seen.map((p) => p.revision)).toEqual([1, 2]);
    expect(seen[1]!.deck.slides.map((s) => s.title)).toEqual(['A', 'B', 'C2']);
  });
  it('after a missed update, reloads the whole deck, and again if a newer one came meanwhile', async () => {
    const v1 = payload('# C', 1);
    const { host, push, answerLoads, state } = fakeHost(v1);
    const seen: DeckPayload[] = [];
    const started = followDeck(host, (p) => seen.push(p));
    await answerLoads();
    await started;
    const v3 = payload('# C3', 3);
    push(v3, payload('# C2', 2)); // based on revision 2, which this view never saw
    // While that resync is loading, revision 4 is announced; the first load answers with 3.
    const answerWith3 = state.pendingLoads.shift()!;
    const v4 = payload('# C4', 4);
    push(v4, v3);
    state.server = v3;
    answerWith3();
    await new Promise((r) => setTimeout(r, 0));
    state.server = v4;
    await answerLoads();
    expect(seen.map((p) => p.revision)).toEqual([1, 3, 4]);
    expect(seen.at(-1)!.deck.slides.at(-1)!.title).toBe('C4');
  });
});

describe('followDeck with a deck that opens in part', () => {
  it('asks again when the completing update was missed', async () => {
    vi.useFakeTimers();
    try {
      const partial = payload('# C', 1);
      partial.deck = { ...partial.deck, loading: { files: 1, total: 2 } };
      const { host, state } = fakeHost(partial);
      const seen: DeckPayload[] = [];
      const started = followDeck(host, (p) => seen.push(p));
      state.pendingLoads.shift()!();
      await started;
      // The whole deck is ready on the host, but its update never reached this view.
      state.server = payload('# C whole', 2);
      expect(state.pendingLoads).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(LOADING_RECHECK_MS);
      expect(state.pendingLoads).toHaveLength(1);
      state.pendingLoads.shift()!();
      await vi.advanceTimersByTimeAsync(0);
      expect(seen.map((p) => [p.revision, !!p.deck.loading])).toEqual([
        [1, true],
        [2, false],
      ]);
      // Complete: no more asking.
      await vi.advanceTimersByTimeAsync(LOADING_RECHECK_MS * 3);
      expect(state.pendingLoads).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
