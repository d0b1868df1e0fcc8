import { mkdir, readdir, readFile, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Result } from '../shared/contract';
import type { Draft } from '../shared/edit-contract';
import { writeFileAtomic } from './atomic-write';
import { containedDir, containedFile } from './contained-dir';
import { deckDataKey } from './data-dir';
import { isEditableId } from './edit-files';

/** Checks that a value from the renderer is a well-formed draft for an editable file. */
export function isDraft(value: unknown): value is Draft {
  const d = value as Draft;
  return (
    typeof d === 'object' &&
    d !== null &&
    isEditableId(d.id) &&
    typeof d.text === 'string' &&
    (d.baseHash === null || (typeof d.baseHash === 'string' && /^[0-9a-f]{64}$/.test(d.baseHash))) &&
    typeof d.savedAt === 'number'
  );
}

/**
 * Unsaved text of one deck's files, kept in `<data>/drafts/<deck key>/` until saved or
 * discarded, so that a crash or a kill loses nothing. The deck key is a hash of the deck's real
 * path; `deck.txt` beside the drafts names the folder for people looking at the data folder.
 */
export class DraftStore {
  private dirPromise: Promise<string> | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly deckDir: string,
  ) {}

  /**
   * This deck's draft folder; created (with its `deck.txt`) only when a draft is written. When
   * writing, `drafts/<key>` must be real folders inside the data folder (no planted links).
   */
  private async dir(create = false): Promise<string> {
    this.dirPromise ??= deckDataKey(this.deckDir).then((key) => path.join(this.dataDir, 'drafts', key));
    const dir = await this.dirPromise;
    if (create) {
      await mkdir(this.dataDir, { recursive: true });
      const real = await containedDir(this.dataDir, ['drafts', path.basename(dir)]);
      const label = await containedFile(real, 'deck.txt');
      if (!(await readFile(label, 'utf8').catch(() => null))) await writeFileAtomic(label, `${await realpath(this.deckDir).catch(() => path.resolve(this.deckDir))}\n`);
      return real;
    }
    return dir;
  }

  private async fileOf(id: string, create = false): Promise<string> {
    const name = `${encodeURIComponent(id)}.json`;
    return create ? containedFile(await this.dir(true), name) : path.join(await this.dir(), name);
  }

  /** Every draft of this deck, oldest first. Unreadable or malformed entries are skipped. */
  async list(): Promise<Result<Draft[]>> {
    try {
      const dir = await this.dir();
      // No folder yet: this deck never had a draft (presenting must not create folders).
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
      const drafts = await Promise.all(
        names.map(async (n) => {
          const value: unknown = await readFile(path.join(dir, n), 'utf8').then(JSON.parse, () => null);
          return isDraft(value) ? value : null;
        }),
      );
      return { ok: true, value: drafts.filter((d): d is Draft => d !== null).sort((a, b) => a.savedAt - b.savedAt) };
    } catch (err) {
      return { ok: false, error: `drafts cannot be read: ${(err as Error).message}` };
    }
  }

  /** Writes (replaces) the draft of one file, atomically. */
  async put(draft: Draft): Promise<Result<null>> {
    if (!isDraft(draft)) return { ok: false, error: 'malformed draft' };
    try {
      const { id, text, baseHash, savedAt } = draft;
      await writeFileAtomic(await this.fileOf(id, true), JSON.stringify({ id, text, baseHash, savedAt }));
      return { ok: true, value: null };
    } catch (err) {
      return { ok: false, error: `the draft of ${draft.id} could not be written: ${(err as Error).message}` };
    }
  }

  /** Removes the draft of one file (after a save, or when the user discards it). */
  async delete(id: string): Promise<Result<null>> {
    if (!isEditableId(id)) return { ok: false, error: 'not a file of this deck' };
    try {
      await rm(await this.fileOf(id), { force: true });
      return { ok: true, value: null };
    } catch (err) {
      return { ok: false, error: `the draft of ${id} could not be removed: ${(err as Error).message}` };
    }
  }
}
