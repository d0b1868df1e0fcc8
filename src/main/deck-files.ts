import { stat } from 'node:fs/promises';
import path from 'node:path';
import { dialog, shell } from 'electron';
import { isInertFile } from '../core/inert-file';
import { deckPathOf } from '../core/url-policy';
import { resolveInsideDeck } from '../node/paths';
import { parseUrl, SCHEME } from './app-paths';
import type { DeckRegistry } from './deck-registry';
import { t } from './i18n';

/**
 * Opens a linked deck file (a PDF handout, a spreadsheet, a video) in the system's default app.
 * Only `lectern://<key>/deck/<path>` of an open deck, resolved inside that deck folder (symlinks
 * included), to a regular file of an inert type (core/inert-file.ts) is ever opened, and only
 * after the presenter says yes: a deck from someone else must not be able to run a program.
 * Resolves to the opened path or null.
 */
export async function openDeckFile(registry: DeckRegistry, url: string): Promise<string | null> {
  const parsed = parseUrl(url);
  const dir = parsed?.protocol === `${SCHEME}:` ? registry.get(parsed.hostname)?.dir : undefined;
  const rel = parsed && dir ? deckPathOf(parsed.pathname) : null;
  const real = rel === null ? null : await resolveInsideDeck(dir!, rel);
  if (!real || !(await stat(real).catch(() => null))?.isFile()) return null;
  const s = t();
  const name = path.basename(real);
  if (!isInertFile(real)) {
    await dialog.showMessageBox({ type: 'warning', message: s.refusedFileTitle, detail: s.refusedFileDetail(name), buttons: ['OK'] });
    return null;
  }
  const { response } = await dialog.showMessageBox({ type: 'question', message: s.linkTitle, detail: s.linkDetail(name), buttons: [s.openButton, s.cancelButton], defaultId: 1, cancelId: 1 });
  if (response !== 0) return null;
  const failure = await shell.openPath(real);
  if (failure) console.error(`lectern: could not open ${real}: ${failure}`);
  return failure ? null : real;
}
