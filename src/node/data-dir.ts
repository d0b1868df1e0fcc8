import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The app's data folder, for the desktop app (set as Electron's `userData`) and `lectern serve`
 * alike: presenter settings, editor drafts, encoding choices, recent decks. `LECTERN_DATA_DIR`
 * (`LECTERN_USER_DATA_DIR` is its older name), else where Electron puts an app named Lectern:
 * `%APPDATA%\Lectern`, `~/Library/Application Support/Lectern`, `$XDG_CONFIG_HOME/Lectern`.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  const chosen = env.LECTERN_DATA_DIR || env.LECTERN_USER_DATA_DIR;
  if (chosen) return path.resolve(chosen);
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Lectern');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Lectern');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Lectern');
}

/**
 * Name of a deck's entry in the data folder: a hash of the deck's real path (symlinked and
 * direct openings of one deck share it). Used by editor drafts and encoding choices.
 */
export async function deckDataKey(deckDir: string): Promise<string> {
  const real = await realpath(deckDir).catch(() => path.resolve(deckDir));
  return createHash('sha256').update(real).digest('hex').slice(0, 24);
}
