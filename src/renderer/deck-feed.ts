import { applyDeckUpdate } from '../core/deck-update';
import type { DeckPayload, LecternHost, Result } from '../shared/contract';

/** How long a view waits for a loading deck's completion before asking the host again. @internal */
export const LOADING_RECHECK_MS = 2000;

/**
 * Loads the deck and then follows its reloads, turning the host's updates (which leave out
 * unchanged slides) back into full payloads. A missed update makes it load the whole deck again,
 * so a view never shows a mix of two revisions.
 */
export async function followDeck(host: Pick<LecternHost, 'loadDeck' | 'onDeckChanged'>, onDeck: (payload: DeckPayload) => void): Promise<Result<DeckPayload>> {
  let current: DeckPayload | null = null;
  let resyncing = false;
  /** Highest revision announced while a resync was loading: load again if the result is older. */
  let newestSeen = -1;
  let recheck: ReturnType<typeof setTimeout> | undefined;
  const show = (payload: DeckPayload): void => {
    if (current && payload.revision <= current.revision) return;
    current = payload;
    onDeck(payload);
  };
  /**
   * A deck still loading (its first files only) is completed by an update; should that update
   * be missed (it can come before the event stream is connected), ask again after a while.
   */
  const checkLoading = (): void => {
    clearTimeout(recheck);
    if (current?.deck.loading) recheck = setTimeout(() => (resyncing ? undefined : resync()), LOADING_RECHECK_MS);
  };
  const resync = (): void => {
    resyncing = true;
    void host.loadDeck().then((r) => {
      resyncing = false;
      if (r.ok) show(r.value);
      if (newestSeen > (current?.revision ?? -1)) resync();
      else checkLoading();
    });
  };
  host.onDeckChanged((update) => {
    newestSeen = Math.max(newestSeen, update.revision);
    const full = resyncing ? null : applyDeckUpdate(current, update);
    if (full) {
      show(full);
      return checkLoading();
    }
    if (!resyncing) resync();
  });
  const first = await host.loadDeck();
  if (first.ok) show(first.value);
  checkLoading();
  return first;
}
