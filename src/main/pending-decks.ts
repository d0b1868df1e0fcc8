import type { DeckOpener } from './deck-opener';

/**
 * Decks asked for before the app can open them: a second `lectern present <deck>` (or an
 * "Open with Lectern" on macOS) can arrive while the first instance is still starting; it is
 * kept and opened once the opener exists, never dropped.
 */
export class PendingDecks {
  private opener: DeckOpener | null = null;
  private readonly queue: (string | null)[] = [];

  /** Opens `dir` now, or once ready. `null` means "just bring Lectern forward". */
  request(dir: string | null, focusAny: () => void): void {
    if (!this.opener) {
      this.queue.push(dir);
      return;
    }
    if (dir) void this.opener.open(dir);
    else focusAny();
  }

  /** Whether something was asked for before start-up finished (it replaces the start-up deck). */
  hasPending(): boolean {
    return this.queue.some((dir) => dir !== null);
  }

  /** The app is ready: opens everything asked for meanwhile, in order. */
  async ready(opener: DeckOpener): Promise<void> {
    this.opener = opener;
    for (const dir of this.queue.splice(0)) if (dir) await opener.open(dir);
  }
}
