import { mkdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanSettings, type PresenterSettings } from '../core/settings';
import { writeFileAtomic } from './atomic-write';

/** Name of the presenter settings file in the app's data folder. */
export const SETTINGS_FILE_NAME = 'presenter-settings.json';

/**
 * The app's data folder outside Electron (`lectern serve`): LECTERN_DATA_DIR, else the platform's
 * usual place (XDG on Linux). Electron uses `app.getPath('userData')` instead.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.LECTERN_DATA_DIR) return path.resolve(env.LECTERN_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Lectern');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Lectern');
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'lectern');
}

/** Presenter settings kept in one JSON file; a missing or damaged file means defaults. */
export class SettingsStore {
  /** Saves run one after another: two quick saves (A+ A+) must not interleave and lose one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  async load(): Promise<PresenterSettings> {
    try {
      return cleanSettings(JSON.parse(await readFile(this.file, 'utf8')));
    } catch {
      return cleanSettings(undefined);
    }
  }

  /** Merges `changes` (untrusted) into the saved settings and writes them atomically. */
  save(changes: unknown): Promise<PresenterSettings> {
    const run = this.queue.then(() => this.write(changes));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(changes: unknown): Promise<PresenterSettings> {
    const current = await this.load();
    const merged = cleanSettings({ ...current, ...(changes && typeof changes === 'object' ? changes : {}) });
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(merged, null, 2)}\n`);
    return merged;
  }
}
