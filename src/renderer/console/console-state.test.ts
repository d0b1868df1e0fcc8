import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../core/build-deck';
import { initialPresentation, type PresentationState } from '../../core/presentation';
import { NOTES_FONT_RANGE } from '../../core/settings';
import type { Deck } from '../../core/types';
import { t } from '../i18n';
import { consoleView, initialConsole, withNotesSize } from './console-state';
import { ct } from './strings';

const TWO_STEPS = '# A\n\n<p class="fragment">one</p>\n\n<p class="fragment">two</p>\n\nNote: say hello';
const deckOf = (text: string): Deck => buildDeck({ files: [{ name: 'a.md', text }], config: null, folderName: 'talk' });
const at = (slide: number, step = 0, more: Partial<PresentationState> = {}): PresentationState => ({ ...initialPresentation(), position: { slide, step }, ...more });

describe('console view', () => {
  const deck = deckOf(`${TWO_STEPS}\n---\n<!-- .slide: data-visibility="hidden" -->\n# Hidden\n---\n# C`);

  it('previews the next fragment step while the slide has steps left', () => {
    expect(deck.slides[0]!.html).toContain('fragment');
    const view = consoleView(deck, at(0, 1));
    expect(view.current).toMatchObject({ slide: deck.slides[0], step: 1 });
    expect(view.next).toMatchObject({ slide: deck.slides[0], step: 2 });
    expect(view.line).toBe(`${ct.slide(1, 3)}, ${ct.step(1, 2)}`);
    expect(view.notesHtml).toContain('say hello');
  });

  it('skips hidden slides in the next preview, as "next" does, and says when the deck ends', () => {
    expect(consoleView(deck, at(0, 2)).next).toMatchObject({ slide: deck.slides[2], step: 0 });
    const hidden = consoleView(deck, at(1));
    expect(hidden.line).toBe(`${ct.slide(2, 3)} (${ct.hidden})`);
    const last = consoleView(deck, at(2));
    expect(last.next).toEqual({ slide: undefined, step: 0, empty: ct.endOfDeck });
  });

  it('shows what the room sees as "now on screen" and marks black screen and freeze', () => {
    const view = consoleView(deck, at(2, 0, { frozen: { slide: 0, step: 1 }, screen: 'black' }));
    expect(view.current).toMatchObject({ slide: deck.slides[0], step: 1 });
    expect(view.slide).toBe(2);
    expect(view.badges.map(([kind]) => kind)).toEqual(['black', 'frozen']);
    expect(view.badges[1]![1]).toBe(`${ct.badges.frozen} (1)`);
  });

  it('says the deck has no slides and the deck is still loading', () => {
    const empty = consoleView(deckOf(''), at(0));
    expect(empty.slide).toBe(-1);
    expect(empty.current.empty).toBe(t.noSlides);
    const loading = consoleView({ ...deckOf('# A'), loading: { files: 1, total: 40 } }, at(0));
    expect(loading.line).toBe(`${ct.slide(1, 1)} (${ct.loading(1, 40)})`);
  });

  it('keeps the notes size inside the allowed range', () => {
    expect(withNotesSize(initialConsole, 1000).notesSize).toBe(NOTES_FONT_RANGE.max);
    expect(withNotesSize(initialConsole, 2).notesSize).toBe(NOTES_FONT_RANGE.min);
    expect(withNotesSize(initialConsole, 32).notesSize).toBe(32);
  });
});
