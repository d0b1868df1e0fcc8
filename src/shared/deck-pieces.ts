/**
 * How the desktop app sends a deck event: the JSON of the update in pieces of a bounded size,
 * in order, on the deck event's channel (src/main/ipc-events.ts). Cloning a 100,000-slide deck
 * for one IPC message held the main process (and every key of the talk) for a long moment.
 */
export interface DeckPiece {
  /** Which deck event this piece is of (counts up per deck). */
  event: number;
  /** Its place in that event, from 0. */
  index: number;
  text: string;
  /** The event's last piece. */
  last: boolean;
}

/**
 * Joins the pieces of each deck event, as they arrive, into its value. An event whose start
 * this listener did not see (it began listening meanwhile) is dropped: the view then finds the
 * next update's base revision unknown and loads the whole deck.
 */
export function joinDeckPieces<T>(deliver: (value: T) => void): (piece: DeckPiece) => void {
  let event = -1;
  let parts: string[] = [];
  return (piece) => {
    if (piece.index === 0) [event, parts] = [piece.event, []];
    else if (piece.event !== event || piece.index !== parts.length) {
      [event, parts] = [-1, []];
      return;
    }
    parts.push(piece.text);
    if (!piece.last) return;
    const text = parts.join('');
    [event, parts] = [-1, []];
    deliver(JSON.parse(text) as T);
  };
}
