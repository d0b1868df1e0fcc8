import type { KeyMap } from '../../core/keymap';
import { audiencePosition } from '../../core/presentation';
import type { Slide } from '../../core/types';
import type { DeckPayload, PresentationState } from '../../shared/contract';

/**
 * Everything the audience page knows, in one place. Pure: the transitions below return a new
 * state and say what the page must draw; `audience-stage.ts` draws it.
 */
export interface AudienceState {
  /** Revision of the newest deck taken (shown or held); -1 before the first. */
  readonly revision: number;
  /** The slides on screen. */
  readonly slides: Slide[];
  readonly versions: Record<string, number>;
  /** deck.yaml `progress: true`: the thin progress line. */
  readonly progress: boolean;
  /** The latest presentation state from the host; the view only ever shows this. */
  readonly presentation: PresentationState | null;
  readonly keymap: KeyMap;
  /** A reloaded deck waiting for its position (see deckArrived). */
  readonly held: DeckPayload | null;
}

export const initialAudience: AudienceState = { revision: -1, slides: [], versions: {}, progress: false, presentation: null, keymap: {}, held: null };

/**
 * What a deck payload asks of the page: nothing (`stale`, an older revision), a first drawing
 * (`first`), waiting for the position (`hold`), or drawing it now (`show`).
 */
export type DeckStep = 'stale' | 'first' | 'hold' | 'show';

/**
 * A deck arrived. When slides were added, removed or moved, the slide at the current index is
 * another one: the new structure is shown only together with the host's position in it (sent
 * right after the deck), so the projector never flashes a neighbouring slide.
 */
export function deckArrived(s: AudienceState, payload: DeckPayload): [AudienceState, DeckStep] {
  if (payload.revision <= s.revision) return [s, 'stale'];
  const { deck } = payload;
  const taken = { ...s, revision: payload.revision, versions: deck.assetVersions, progress: deck.config.progress };
  if (s.revision < 0) return [{ ...taken, slides: deck.slides }, 'first'];
  const structural = deck.slides.length !== s.slides.length || deck.slides.some((slide, i) => slide.id !== s.slides[i]!.id);
  if (structural && s.presentation) return [{ ...taken, held: payload }, 'hold'];
  return [{ ...taken, slides: deck.slides, held: null }, 'show'];
}

/** The host's presentation state arrived; a held deck, if any, is to be shown with it. */
export function presentationArrived(s: AudienceState, presentation: PresentationState): [AudienceState, DeckPayload | null] {
  return releaseHeld({ ...s, presentation });
}

/** Takes the held deck out (its position came, or it waited long enough): it is shown now. */
export function releaseHeld(s: AudienceState): [AudienceState, DeckPayload | null] {
  if (!s.held) return [s, null];
  return [{ ...s, slides: s.held.deck.slides, held: null }, s.held];
}

/** Where the audience view should be: the host's position, or the first slide before it is known. */
export function targetSlide(s: AudienceState): number {
  return s.presentation ? audiencePosition(s.presentation).slide : 0;
}
