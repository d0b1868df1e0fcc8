import path from 'node:path';
import { app } from 'electron';
import type { DeckOpener } from './deck-opener';
import type { RecentDecks } from './recent';

/**
 * The deck folder named on a command line, resolved against `cwd`, or null. Flags (`--x`,
 * `--x=y`, Chromium's own, Playwright's `--inspect=0`) are skipped wherever they appear. In a
 * dev run (`electron . <dir>`, `electron out/main/index.js <dir>`: `process.defaultApp`) the
 * first positional argument is the app itself; in a packaged app it is the deck.
 */
export function deckArgFromArgv(argv: readonly string[], cwd: string, isDefaultApp: boolean): string | null {
  const positional: string[] = [];
  let literal = false;
  for (const arg of argv.slice(1)) {
    if (!literal && arg === '--') literal = true;
    else if (literal || !arg.startsWith('-')) positional.push(arg);
  }
  const deck = positional[isDefaultApp ? 1 : 0];
  return deck ? path.resolve(cwd, deck) : null;
}

/** The deck a second `lectern present <dir>` asked for: its own resolved path, else its argv. @internal */
export function deckOfSecondInstance(argv: readonly string[], cwd: string, additionalData: unknown, isDefaultApp: boolean): string | null {
  const sent = (additionalData as { deck?: unknown } | null)?.deck;
  if (typeof sent === 'string' && path.isAbsolute(sent)) return sent;
  return deckArgFromArgv(argv, cwd, isDefaultApp);
}

/**
 * Makes this process the only Lectern: returns false (and quits) when another one runs; that
 * one then receives our deck through `onDeck`. The deck travels as additionalData, already
 * resolved against our cwd, because Electron may reorder and extend the forwarded argv.
 */
export function setupSingleInstance(argDeck: string | null, onDeck: (dir: string | null) => void): boolean {
  if (!app.requestSingleInstanceLock({ deck: argDeck })) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, cwd, data) => onDeck(deckOfSecondInstance(argv, cwd, data, process.defaultApp === true)));
  return true;
}

/**
 * Opens the start-up deck: the command line's, else the most recent one, else the one the
 * presenter picks. Quits when there is still nothing to show (no window would ever open).
 */
export async function openInitialDeck(opener: DeckOpener, argDeck: string | null, recent: RecentDecks): Promise<void> {
  const dir = argDeck ?? (await recent.list())[0];
  const win = (dir ? await opener.open(dir) : null) ?? (await opener.chooseAndOpen());
  if (!win) app.quit();
}
