import type { DeckUpdate } from '../core/deck-update';
import type { HostEvent } from './deck-runtime';
import { TimeSlicer } from './sliced-build';
import { jsonParts } from './sliced-json';

/**
 * The size (in characters) of the pieces a deck event is written in: the first complete load
 * of a 100,000-slide deck is tens of MB of JSON, and writing it (encoding, copying) in one go
 * holds every other callback (a presenter's key) for a tenth of a second and more.
 */
export const PIECE_CHARS = 256 * 1024;

/** A deck update as one JSON string, made in slices (see sliced-json.ts). @internal */
export async function stringifyDeckUpdate(update: DeckUpdate, slicer = new TimeSlicer()): Promise<string> {
  return (await jsonParts(update, slicer)).join('');
}

/** Joins parts into pieces of about `size` characters, giving the event loop back between pieces. */
export async function* piecesOf(parts: readonly string[], size = PIECE_CHARS, slicer = new TimeSlicer()): AsyncGenerator<string, void, void> {
  let group: string[] = [];
  let chars = 0;
  for (const part of parts) {
    group.push(part);
    chars += part.length;
    if (chars < size) continue;
    yield group.join('');
    group = [];
    chars = 0;
    await slicer.pause();
  }
  if (group.length) yield group.join('');
}

/**
 * Sends runtime events to server-sent-event clients in the order they happened: a deck update is
 * serialized in slices and written in pieces, and the presentation event that follows it waits
 * for it (a view must get the deck before the position in it).
 */
export function eventSender(clients: ReadonlySet<{ write(chunk: string): unknown; readonly writableEnded?: boolean }>): (event: HostEvent) => void {
  let queue: Promise<void> = Promise.resolve();
  return (event) => {
    // Other values are taken now, as they are at this moment; a deck update never changes.
    const data = event.name === 'deck' ? jsonParts(event.value) : Promise.resolve([JSON.stringify(event.value)]);
    queue = queue
      .then(async () => {
        const parts = await data;
        // The clients there when the event starts; one that leaves (or the host closing) meanwhile gets no more pieces.
        const to = [...clients];
        const write = (text: string): void => to.forEach((c) => clients.has(c) && !c.writableEnded && c.write(text));
        write(`event: ${event.name}\ndata: `);
        for await (const piece of piecesOf(parts)) write(piece);
        write('\n\n');
      })
      .catch((err: unknown) => console.error(`lectern: could not send the ${event.name} event: ${(err as Error).message}`));
  };
}
