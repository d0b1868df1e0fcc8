import type { HostEvent } from '../node/deck-runtime';
import { jsonPieces } from '../node/sliced-json';
import type { DeckPiece } from '../shared/deck-pieces';
import { ipcEventChannelOf } from '../shared/operations';
import type { DeckView } from './deck-registry';

/**
 * Pushes a deck's runtime events to its windows in the order they happened. A deck update goes
 * as JSON in pieces of about 256 KB (made in time slices before it was published, see
 * src/node/sliced-json.ts), joined again in the preload (src/shared/deck-pieces.ts): one `send`
 * of a 100,000-slide deck held the main process while Electron cloned it. An event that follows
 * a deck update (the position in the new deck) waits until the update's last piece went out;
 * otherwise events go at once.
 */
export function ipcEventSender(views: () => Iterable<DeckView>): (event: HostEvent) => void {
  let queue: Promise<void> = Promise.resolve();
  /** Events queued and not sent yet. */
  let pending = 0;
  let decks = 0;
  const enqueue = (name: string, job: () => void | Promise<void>): void => {
    pending++;
    queue = queue
      .then(job)
      .catch((err: unknown) => console.error(`lectern: could not send the ${name} event: ${(err as Error).message}`))
      .finally(() => pending--);
  };
  const sendNow = (event: HostEvent): void => {
    for (const view of views()) if (!view.isDestroyed()) view.send(ipcEventChannelOf(event.name), event.value);
  };
  return (event) => {
    if (event.name !== 'deck') {
      if (pending) enqueue(event.name, () => sendNow(event));
      else sendNow(event);
      return;
    }
    const id = decks++;
    const pieces = jsonPieces(event.value);
    enqueue('deck', async () => {
      // The views there when the event starts; a view opened meanwhile loads the whole deck itself.
      const to = [...views()];
      // Sent in one go (strings of 256 KB clone at memory speed): a pause between pieces let every
      // other sliced job run first while the next key's event waited behind them.
      const all = await pieces;
      all.forEach((text, index) => {
        const piece: DeckPiece = { event: id, index, text, last: index === all.length - 1 };
        for (const view of to) if (!view.isDestroyed()) view.send(ipcEventChannelOf('deck'), piece);
      });
    });
  };
}
