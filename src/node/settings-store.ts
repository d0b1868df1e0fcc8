import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cleanSettings, type PresenterSettings } from '../core/settings';
import { writeFileAtomic } from './atomic-write';

/** Name of the presenter settings file in the app's data folder. */
export const SETTINGS_FILE_NAME = 'presenter-settings.json';

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
