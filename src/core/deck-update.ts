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
 * A reload as hosts push it: the new deck with every slide the receiver already has (at
 * `baseRevision`) replaced by null. At 500 slides an edit sends a few KB instead of the whole deck.
 */
export interface DeckUpdate extends Omit<DeckPayload, 'deck'> {
  baseRevision: number;
  deck: Omit<Deck, 'slides'> & { slides: (Slide | null)[] };
}

/** The update that takes a receiver from `prev` to `next`; unchanged slides are left out. */
export function makeDeckUpdate(prev: DeckPayload | null, next: DeckPayload): DeckUpdate {
  const same = (s: Slide, i: number): boolean => {
    const old = prev?.deck.slides[i];
    return !!old && (old === s || (old.id === s.id && old.html === s.html && old.notesHtml === s.notesHtml && old.source === s.source && old.line === s.line && old.title === s.title));
  };
  return {
    folderName: next.folderName,
    revision: next.revision,
    baseRevision: prev?.revision ?? -1,
    deck: { ...next.deck, slides: next.deck.slides.map((s, i) => (same(s, i) ? null : s)) },
  };
}

/**
 * Applies an update to the payload the receiver holds. Returns null when the update was made
 * against another revision (a missed event): the receiver must then load the full deck.
 */
export function applyDeckUpdate(current: DeckPayload | null, update: DeckUpdate): DeckPayload | null {
  if (update.deck.slides.some((s) => s === null) && (!current || current.revision !== update.baseRevision)) return null;
  const slides = update.deck.slides.map((s, i) => s ?? current!.deck.slides[i]!);
  return { folderName: update.folderName, revision: update.revision, deck: { ...update.deck, slides } };
}
