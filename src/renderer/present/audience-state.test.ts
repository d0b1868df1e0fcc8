import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../core/build-deck';
import { initialPresentation } from '../../core/presentation';
import type { DeckPayload } from '../../shared/contract';
import { deckArrived, initialAudience, presentationArrived, releaseHeld, targetSlide, type AudienceState } from './audience-state';

const payload = (revision: number, text: string): DeckPayload => ({
  revision,
  folderName: 'talk',
  deck: buildDeck({ files: [{ name: 'a.md', text }], config: null, folderName: 'talk' }),
});
const ids = (s: AudienceState): string[] => s.slides.map((x) => x.title);
const onSlide = (slide: number) => ({ ...initialPresentation(), position: { slide, step: 0 } });

describe('audience page state', () => {
  it('draws the first deck, then ignores a revision it already has', () => {
    const [first, step] = deckArrived(initialAudience, payload(3, '# A\n---\n# B'));
    expect(step).toBe('first');
    expect(ids(first)).toEqual(['A', 'B']);
    const [again, stale] = deckArrived(first, payload(3, '# X'));
    expect(stale).toBe('stale');
    expect(again).toBe(first);
  });

  it('shows an edit that keeps the slides in place at once', () => {
    const [first] = deckArrived(initialAudience, payload(1, '# A\n---\n# B'));
    const [withPosition] = presentationArrived(first, onSlide(1));
    const [edited, step] = deckArrived(withPosition, payload(2, '# A\n---\n# B changed'));
    expect(step).toBe('show');
    expect(ids(edited)).toEqual(['A', 'B changed']);
    expect(edited.held).toBeNull();
  });

  it('keeps the old slides on the projector until the position in a restructured deck arrives', () => {
    const [first] = deckArrived(initialAudience, payload(1, '# A\n---\n# B'));
    const [withPosition] = presentationArrived(first, onSlide(1));
    const [holding, step] = deckArrived(withPosition, payload(2, '# New\n---\n# A\n---\n# B'));
    expect(step).toBe('hold');
    expect(ids(holding)).toEqual(['A', 'B']);
    expect(holding.revision).toBe(2);
    // The host sends where B went: the new deck and that position are shown together.
    const [shown, released] = presentationArrived(holding, onSlide(2));
    expect(released?.revision).toBe(2);
    expect(ids(shown)).toEqual(['New', 'A', 'B']);
    expect(targetSlide(shown)).toBe(2);
    expect(presentationArrived(shown, onSlide(2))[1]).toBeNull();
  });

  it('shows a held deck after the wait when no position comes, and a newer deck replaces a held one', () => {
    const [first] = deckArrived(initialAudience, payload(1, '# A'));
    const [withPosition] = presentationArrived(first, onSlide(0));
    const [holding] = deckArrived(withPosition, payload(2, '# A\n---\n# B'));
    const [timedOut, late] = releaseHeld(holding);
    expect(late?.revision).toBe(2);
    expect(ids(timedOut)).toEqual(['A', 'B']);
    // A further edit of the held structure is shown at once; the stale held deck is dropped.
    const [newer, step] = deckArrived(holding, payload(3, '# A'));
    expect(step).toBe('show');
    expect(newer.held).toBeNull();
    expect(releaseHeld(newer)[1]).toBeNull();
  });

  it('shows a restructured deck at once while no position is known yet', () => {
    const [first] = deckArrived(initialAudience, payload(1, '# A'));
    expect(deckArrived(first, payload(2, '# A\n---\n# B'))[1]).toBe('show');
    expect(targetSlide(first)).toBe(0);
  });

  it('targets the frozen slide while the audience is frozen', () => {
    const [first] = deckArrived(initialAudience, payload(1, '# A\n---\n# B\n---\n# C'));
    const [frozen] = presentationArrived(first, { ...onSlide(2), frozen: { slide: 1, step: 0 } });
    expect(targetSlide(frozen)).toBe(1);
  });
});
