import { shell } from 'electron';
import { deckPathOf } from '../core/url-policy';
import { resolveInsideDeck } from '../node/paths';
import { parseUrl, SCHEME } from './app-paths';
import type { DeckRegistry } from './deck-registry';

/**
 * Opens a linked deck file (a PDF handout, a source file) in the system's default app. Only
 * `lectern://<key>/deck/<path>` of an open deck, resolved inside that deck folder (symlinks
 * included), is ever opened; anything else is ignored. Resolves to the opened path or null.
 */
export async function openDeckFile(registry: DeckRegistry, url: string): Promise<string | null> {
  const parsed = parseUrl(url);
  const dir = parsed?.protocol === `${SCHEME}:` ? registry.get(parsed.hostname)?.dir : undefined;
  const rel = parsed && dir ? deckPathOf(parsed.pathname) : null;
  const real = rel === null ? null : await resolveInsideDeck(dir!, rel);
  if (!real) return null;
  const failure = await shell.openPath(real);
  if (failure) console.error(`lectern: could not open ${real}: ${failure}`);
  return failure ? null : real;
}
