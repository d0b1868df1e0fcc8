import type { HostEvent } from './deck-runtime';
import { jsonPieces } from './sliced-json';

/**
 * Sends runtime events to server-sent-event clients in the order they happened: a deck update
 * is written in pieces made before it was published (sliced-json.ts), and the presentation event
 * that follows it waits for it (a view must get the deck before the position in it).
 */
export function eventSender(clients: ReadonlySet<{ write(chunk: Uint8Array): unknown; readonly writableEnded?: boolean }>): (event: HostEvent) => void {
  let queue: Promise<void> = Promise.resolve();
  return (event) => {
    // Other values are taken now, as they are at this moment; a deck update never changes.
    const data = event.name === 'deck' ? jsonPieces(event.value) : Promise.resolve([JSON.stringify(event.value)]);
    queue = queue
      .then(async () => {
        const pieces = await data;
        // The clients there when the event starts; one that leaves (or the host closing) meanwhile gets no more pieces.
        const to = [...clients];
        // Bytes, not text: a socket that is behind flushes what it buffered in one go, and
        // encoding megabytes of buffered text there held the event loop.
        const write = (text: string): void => {
          const bytes = Buffer.from(text);
          to.forEach((c) => clients.has(c) && !c.writableEnded && c.write(bytes));
        };
        // Written in one go: once made, tens of MB are copied in milliseconds, and a pause between
        // pieces let every other sliced job run first while the next key's event waited behind them.
        write(`event: ${event.name}\ndata: `);
        for (const piece of pieces) write(piece);
        write('\n\n');
      })
      .catch((err: unknown) => console.error(`lectern: could not send the ${event.name} event: ${(err as Error).message}`));
  };
}
