import type { Deck, Slide } from './types';

/** A full deck as a host sends it: the deck, its folder's name and a revision number. */
export interface DeckPayload {
  deck: Deck;
  /** Folder name shown in the window title; never a path the renderer may use. */
  folderName: string;
  /** Increases with every reload so views can ignore stale payloads. */
  revision: number;
}

/**
 * A reload as hosts push it: the new deck, where every slide the receiver already has (at
 * `baseRevision`) is replaced by its index in that revision. At 500 slides an edit sends a few
 * KB instead of the whole deck, and slides that only moved (a slide inserted in an earlier
 * file) are referenced, not re-sent.
 */
export interface DeckUpdate extends Omit<DeckPayload, 'deck'> {
  baseRevision: number;
  deck: Omit<Deck, 'slides'> & { slides: (Slide | number)[] };
}

/**
 * Applies an update to the payload the receiver holds. Returns null when the update was made
 * against another revision (a missed event): the receiver must then load the full deck.
 */
export function applyDeckUpdate(current: DeckPayload | null, update: DeckUpdate): DeckPayload | null {
  const refs = update.deck.slides.some((s) => typeof s === 'number');
  if (refs && (!current || current.revision !== update.baseRevision)) return null;
  const slides: Slide[] = [];
  for (const s of update.deck.slides) {
    const slide = typeof s === 'number' ? current!.deck.slides[s] : s;
    if (!slide) return null;
    slides.push(slide);
  }
  return { folderName: update.folderName, revision: update.revision, deck: { ...update.deck, slides } };
}
