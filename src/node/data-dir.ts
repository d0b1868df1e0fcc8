import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The app's data folder outside Electron (`lectern serve`): presenter settings and editor drafts.
 * `LECTERN_DATA_DIR`, else the platform's usual place (XDG on Linux; `%APPDATA%` on Windows, as
 * Electron's `userData`). Electron uses `app.getPath('userData')` instead.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.LECTERN_DATA_DIR) return path.resolve(env.LECTERN_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Lectern');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Lectern');
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'lectern');
}

/**
 * Name of a deck's entry in the data folder: a hash of the deck's real path (symlinked and
 * direct openings of one deck share it). Used by editor drafts and encoding choices.
 */
export async function deckDataKey(deckDir: string): Promise<string> {
  const real = await realpath(deckDir).catch(() => path.resolve(deckDir));
  return createHash('sha256').update(real).digest('hex').slice(0, 24);
}
