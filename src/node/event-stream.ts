import type { DeckUpdate } from '../core/deck-update';
import type { HostEvent } from './deck-runtime';
import { TimeSlicer } from './sliced-build';

/**
 * A deck update as JSON, made a few hundred slides at a time: the first complete load of a
 * 100,000-slide deck is tens of MB of JSON, and one JSON.stringify of it holds every other
 * callback (a presenter's key) for seconds. Parses to the same value as JSON.stringify. @internal
 */
export async function stringifyDeckUpdate(update: DeckUpdate, slicer = new TimeSlicer()): Promise<string> {
  const { slides, ...rest } = update.deck;
  const parts: string[] = [];
  for (let i = 0; i < slides.length; i++) {
    parts.push(JSON.stringify(slides[i]));
    if (i % 256 === 255) await slicer.pause();
  }
  const deck = JSON.stringify(rest);
  const head = JSON.stringify({ folderName: update.folderName, revision: update.revision, baseRevision: update.baseRevision });
  return `${head.slice(0, -1)},"deck":${deck.slice(0, -1)}${deck === '{}' ? '' : ','}"slides":[${parts.join(',')}]}}`;
}

/**
 * Sends runtime events to server-sent-event clients in the order they happened: a deck update is
 * serialized in slices, and the presentation event that follows it waits for it (a view must
 * get the deck before the position in it).
 */
export function eventSender(clients: ReadonlySet<{ write(chunk: string): unknown }>): (event: HostEvent) => void {
  let queue: Promise<void> = Promise.resolve();
  return (event) => {
    // Other values are taken now, as they are at this moment; a deck update never changes.
    const data = event.name === 'deck' ? stringifyDeckUpdate(event.value) : Promise.resolve(JSON.stringify(event.value));
    queue = queue
      .then(async () => {
        const text = `event: ${event.name}\ndata: ${await data}\n\n`;
        for (const c of clients) c.write(text);
      })
      .catch((err: unknown) => console.error(`lectern: could not send the ${event.name} event: ${(err as Error).message}`));
  };
}
