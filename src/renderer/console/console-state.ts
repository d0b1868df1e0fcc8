import { countFragmentSteps } from '../../core/fragments';
import type { KeyMap } from '../../core/keymap';
import { sectionOfSlide } from '../../core/pacing';
import { audiencePosition, nextUp, type PresentationState } from '../../core/presentation';
import { NOTES_FONT_RANGE } from '../../core/settings';
import type { Deck, Slide } from '../../core/types';
import type { PresentationSnapshot } from '../../shared/contract';
import { t } from '../i18n';
import { ct } from './strings';

/** Everything the console knows, in one place; changed only by the transitions below. */
export interface ConsoleState {
  readonly deck: Deck | null;
  readonly snapshot: PresentationSnapshot | null;
  /** The host's clock minus this page's, for running timers. */
  readonly clockOffset: number;
  readonly keymap: KeyMap;
  /** Font size of the notes, px. */
  readonly notesSize: number;
}

export const initialConsole: ConsoleState = { deck: null, snapshot: null, clockOffset: 0, keymap: {}, notesSize: 30 };

/** The notes at `size` px, kept inside the range the settings allow. */
export function withNotesSize(s: ConsoleState, size: number): ConsoleState {
  return { ...s, notesSize: Math.max(NOTES_FONT_RANGE.min, Math.min(NOTES_FONT_RANGE.max, size)) };
}

/** A slide preview: the slide at a step, or a text where there is none. */
export interface PreviewView {
  slide: Slide | undefined;
  step: number;
  empty: string;
}

/** What the console shows for a deck and a presentation state (pure; console-draw.ts draws it). */
export interface ConsoleView {
  /** "Now on screen": what the room sees (the frozen slide while frozen). */
  current: PreviewView;
  next: PreviewView;
  /** Deck index of the presenter's slide (fit warnings follow it), or -1 in an empty deck. */
  slide: number;
  topic: string;
  /** "Slide 3 of 20, step 1 of 2 (hidden)". */
  line: string;
  notesHtml: string;
  /** Marks over the toolbar: [kind, text]. */
  badges: [string, string][];
}

function badgesOf(s: PresentationState): [string, string][] {
  const badges: [string, string][] = [];
  if (s.screen !== 'normal') badges.push([s.screen, s.screen === 'black' ? ct.badges.black : ct.badges.white]);
  if (s.frozen) badges.push(['frozen', `${ct.badges.frozen} (${s.frozen.slide + 1})`]);
  if (s.overview) badges.push(['overview', ct.badges.overview]);
  if (s.clock.status === 'paused') badges.push(['paused', ct.badges.paused]);
  if (s.rehearsal) badges.push(['rehearsal', ct.badges.rehearsal]);
  return badges;
}

export function consoleView(deck: Deck, state: PresentationState): ConsoleView {
  const { slides } = deck;
  const badges = badgesOf(state);
  if (!slides.length) {
    const none = { slide: undefined, step: 0, empty: '' };
    return { current: { ...none, empty: t.noSlides }, next: none, slide: -1, topic: '', line: '', notesHtml: '', badges };
  }
  const index = Math.min(state.position.slide, slides.length - 1);
  const slide = slides[index]!;
  const steps = countFragmentSteps(slide.html);
  const room = audiencePosition(state);
  // Next/previous skip hidden slides (core/presentation.ts), so the preview does too.
  const coming = nextUp({ slide: index, step: state.position.step }, steps, slides);
  const sectionIndex = sectionOfSlide(deck.sections, state.position.slide);
  const section = deck.sections[sectionIndex];
  return {
    current: { slide: slides[Math.min(room.slide, slides.length - 1)], step: room.step, empty: '' },
    next: { slide: coming ? slides[coming.slide] : undefined, step: coming?.step ?? 0, empty: ct.endOfDeck },
    slide: state.position.slide,
    topic: section ? ct.topic(sectionIndex + 1, deck.sections.length, section.title) : '',
    line:
      ct.slide(state.position.slide + 1, slides.length) +
      (steps ? `, ${ct.step(state.position.step, steps)}` : '') +
      (slide.hidden ? ` (${ct.hidden})` : '') +
      (deck.loading ? ` (${ct.loading(deck.loading.files, deck.loading.total)})` : ''),
    notesHtml: slide.notesHtml,
    badges,
  };
}
