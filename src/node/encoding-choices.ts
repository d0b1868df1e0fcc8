import { mkdir, readFile, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { isTextEncodingName, type TextEncodingName } from '../core/text-encoding';
import { writeFileAtomic } from './atomic-write';
import { containedDir, containedFile } from './contained-dir';
import { deckDataKey } from './data-dir';
import { isEditableId } from './edit-files';

/** What the choices file holds: the deck it belongs to (for people reading the folder) and file -> encoding. */
interface ChoicesFile {
  deck: string;
  files: Record<string, string>;
}

/**
 * The encodings a user chose for files of one deck ("reopen with encoding"), kept in the app's
 * data folder as `encodings/<deck key>.json`: never inside the deck folder, and the files
 * themselves are never changed. Read afresh on every load, so a choice made in the app is seen
 * by `lectern serve` and the CLI too; writes are serialized.
 */
export class EncodingChoices {
  private queue: Promise<unknown> = Promise.resolve();
  /** The store's path, found once: every deck reload reads the store, and realpath is a round trip. */
  private path: Promise<string> | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly deckDir: string,
  ) {}

  private file(): Promise<string> {
    this.path ??= deckDataKey(this.deckDir).then((key) => path.join(this.dataDir, 'encodings', `${key}.json`));
    return this.path;
  }

  /** The chosen encoding of each file that has one. A missing or malformed store means none. */
  async load(): Promise<Map<string, TextEncodingName>> {
    const stored: unknown = await readFile(await this.file(), 'utf8')
      .then(JSON.parse)
      .catch(() => null);
    const files = (stored as Partial<ChoicesFile> | null)?.files;
    const choices = new Map<string, TextEncodingName>();
    if (typeof files !== 'object' || files === null) return choices;
    // Hand-edited or stale entries are checked like any other input: only known names and encodings.
    for (const [id, encoding] of Object.entries(files)) if (isEditableId(id) && isTextEncodingName(encoding)) choices.set(id, encoding);
    return choices;
  }

  async get(id: string): Promise<TextEncodingName | undefined> {
    return (await this.load()).get(id);
  }

  /** Remembers `encoding` for `id`; null goes back to automatic detection (forgets the choice). */
  set(id: string, encoding: TextEncodingName | null): Promise<void> {
    return this.update((choices) => {
      if (encoding) choices.set(id, encoding);
      else choices.delete(id);
    });
  }

  /** A renamed file keeps its choice under its new name; renames made together (a reorder swaps prefixes) move every choice at once. */
  renameAll(renames: readonly (readonly [string, string])[]): Promise<void> {
    return this.update((choices) => {
      const moving = renames.map(([from, to]) => [to, choices.get(from)] as const);
      for (const [from] of renames) choices.delete(from);
      for (const [to, chosen] of moving) {
        if (chosen) choices.set(to, chosen);
        else choices.delete(to);
      }
    });
  }

  private update(change: (choices: Map<string, TextEncodingName>) => void): Promise<void> {
    const run = this.queue.then(async () => {
      const choices = await this.load();
      const before = JSON.stringify([...choices]);
      change(choices);
      if (JSON.stringify([...choices]) === before) return;
      const file = await this.file();
      // Back to no choice at all: leave no file behind (presenting must not leave traces).
      if (!choices.size) return void (await rm(file, { force: true }));
      await mkdir(this.dataDir, { recursive: true });
      // `encodings` must be a real folder of the data folder, and the file no planted link.
      const target = await containedFile(await containedDir(this.dataDir, [path.basename(path.dirname(file))]), path.basename(file));
      const deck = await realpath(this.deckDir).catch(() => path.resolve(this.deckDir));
      const stored: ChoicesFile = { deck, files: Object.fromEntries([...choices].sort(([a], [b]) => a.localeCompare(b))) };
      await writeFileAtomic(target, `${JSON.stringify(stored, null, 2)}\n`);
    });
    // One failed write must not block later ones; the caller still sees its own failure.
    this.queue = run.catch(() => undefined);
    return run;
  }
}
