import { describe, expect, it } from 'vitest';
import { buildDeck, DeckBuildCache } from './build-deck';
import { applyDeckUpdate, type DeckPayload, type DeckUpdate } from './deck-update';
import { isEmptyUpdateSteps, makeDeckUpdateSteps, runSteps } from './deck-update-steps';

const cache = new DeckBuildCache();
const payload = (b: string, revision: number): DeckPayload => ({
  folderName: 'x',
  revision,
  deck: buildDeck(
    {
      files: [
        { name: 'a.md', text: '# A\n---\n# A2' },
        { name: 'b.md', text: b },
      ],
      config: null,
      folderName: 'x',
    },
    cache,
  ),
});

const isEmptyUpdate = (prev: DeckPayload, update: DeckUpdate): boolean => runSteps(isEmptyUpdateSteps(prev, update));
const makeDeckUpdate = (prev: DeckPayload | null, next: DeckPayload): DeckUpdate => runSteps(makeDeckUpdateSteps(prev, next));

describe('deck updates', () => {
  it('send only changed slides and rebuild the full deck on the other side', () => {
    const v1 = payload('# B', 1);
    const v2 = payload('# B edited', 2);
    const update = makeDeckUpdate(v1, v2);
    expect(update.deck.slides.map((s) => (typeof s === 'number' ? s : s.title))).toEqual([0, 1, 'B edited']);
    expect(applyDeckUpdate(v1, update)).toEqual(v2);
  });
  it('ask for a full load when the receiver missed a revision', () => {
    const v1 = payload('# B', 1);
    const v3 = payload('# B3', 3);
    expect(applyDeckUpdate(v1, makeDeckUpdate({ ...v1, revision: 2 }, v3))).toBeNull();
    expect(applyDeckUpdate(null, makeDeckUpdate(v1, v3))).toBeNull();
  });
  it('references slides that only moved instead of re-sending them', () => {
    const two = (a: string): DeckPayload => ({
      folderName: 'x',
      revision: a.length,
      deck: buildDeck(
        {
          files: [
            { name: 'a.md', text: a },
            { name: 'b.md', text: '# B1\n---\n# B2' },
          ],
          config: null,
          folderName: 'x',
        },
        cache,
      ),
    });
    const v1 = two('# A');
    const v2 = two('# New\n---\n# A');
    const update = makeDeckUpdate(v1, v2);
    // a.md changed (both its slides are sent); b.md's slides moved by one and are referenced.
    expect(update.deck.slides.map((s) => (typeof s === 'number' ? s : s.title))).toEqual(['New', 'A', 1, 2]);
    expect(applyDeckUpdate(v1, update)).toEqual(v2);
  });
  it('knows when a reload changed nothing a view shows', () => {
    const v1 = payload('# C', 1);
    expect(isEmptyUpdate(v1, makeDeckUpdate(v1, payload('# C', 2)))).toBe(true);
    expect(isEmptyUpdate(v1, makeDeckUpdate(v1, payload('# C edited', 2)))).toBe(false);
    const retitled = payload('# C', 2);
    retitled.deck.config = { ...retitled.deck.config, title: 'Другое' };
    expect(isEmptyUpdate(v1, makeDeckUpdate(v1, retitled))).toBe(false);
  });
  it('a first update carries every slide', () => {
    const v1 = payload('# B', 1);
    expect(applyDeckUpdate(null, makeDeckUpdate(null, v1))).toEqual(v1);
  });
});
