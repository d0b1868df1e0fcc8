import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { DECK_CONFIG_FILE, parseDeckConfig } from '../core/deck-config';
import { detectLineEnding, toEditorText, toFileText } from '../core/line-endings';
import { isSlideFileName } from '../core/natural-sort';
import { planReorder } from '../core/reorder';
import type { Result } from '../shared/contract';
import type { DeckFileEntry, OpenedFile, SaveOutcome, SaveRequest } from '../shared/edit-contract';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import type { TextEncodingName } from '../core/text-encoding';
import { decodeTextAs, decodeWithChoice } from './decode';
import { encodeText } from './encode';
import { withDeckLock } from './deck-lock';
import { exists, moveNoReplace, REAL_MOVE_FS, runJournaledRenames, tempNameOf, type MoveFs, type RenameHook, type RenameStep } from './deck-renames';
import { renameAction, type FileIdentity } from '../core/rename-check';
import { isInside } from './paths';
import { renameTargetIdentity } from './rename-identity';
import { MAX_SLIDE_FILE_BYTES } from './read-deck';
import { FileTooLargeError, NotRegularFileError, readRegularFile } from './safe-read';
import { deckRootOf, isSingleFileDeck } from './deck-path';
import { deckTrash, type TrashFile } from './deck-trash';

/** sha-256 of bytes, hex: how the editor and the host tell one version of a file from another. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Whether `id` names a file the editor may touch: `*.md` or deck.yaml directly in the deck, no dot-files. */
export function isEditableId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= 200 && (/\.md$/i.test(id) || id === DECK_CONFIG_FILE) && !/^\.|[/\\\0:*?"<>|]|[\u0000-\u001f]/.test(id) && id.trim() === id;
}

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });
/** A save that did not happen, with the sentence the editor shows. */
const failed = (message: string): Result<SaveOutcome> => ({ ok: true, value: { status: 'failed', message } });

/** A user-facing sentence for a file-system error code. */
function describeFsError(err: unknown, id: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'the file or its folder is read-only (no permission)',
    EPERM: 'the system did not allow it (permission or a file lock)',
    EROFS: 'the disk is read-only',
    EIO: 'the disk reported an input/output error',
    ENOENT: 'the deck folder no longer exists',
    EEXIST: 'a file with that name already exists',
    EBUSY: 'the file is in use',
    ELOOP: 'it is a symbolic link that leads back to itself (a loop)',
  };
  return `${id}: ${why[code ?? ''] ?? (err as Error).message}. Nothing on disk was changed.`;
}

/** Why a file is not opened or saved, for the errors of safe-read. */
function readRefusal(err: unknown, id: string): string | null {
  if (err instanceof FileTooLargeError) return `${id}: larger than ${MAX_SLIDE_FILE_BYTES / 1048576} MB; not opened`;
  if (err instanceof NotRegularFileError) return `${id}: ${err.message}`;
  return null;
}

/**
 * The deck's files for the editor: list, read with format and hash, save guarded by the hash,
 * create, rename, trash, reorder. Ids are checked names directly in the deck folder; files that
 * are symlinks are written through to their target only when it lies inside the deck.
 */
export class DeckFiles {
  constructor(
    readonly deckDir: string,
    private readonly trash: TrashFile = deckTrash(deckDir),
    /**
     * Called with each file and the hash we read or are about to write (null: we are about to
     * move it away), so the watcher knows the echo of our own changes and does not report them.
     */
    private readonly noteHash: (id: string, hash: string | null) => void = () => undefined,
    private readonly fs?: AtomicWriteFs,
    /** The encoding the user chose for a file (encoding-choices.ts); undefined: detect it. */
    private readonly chosenEncoding: (id: string) => Promise<TextEncodingName | undefined> = async () => undefined,
  ) {}

  /** Fault tests only: awaited before each move of a reorder (to kill the process there). */
  renameHook?: RenameHook;
  /** The calls renames make (tests: a file system that folds case, as macOS and Windows do). */
  moveFs: MoveFs = REAL_MOVE_FS;

  /** Path of `id` in the deck (resolved deck root), or null when the id is not editable. */
  private async pathOf(id: string): Promise<string | null> {
    if (!isEditableId(id)) return null;
    const root = await realpath(deckRootOf(this.deckDir)).catch(() => deckRootOf(this.deckDir));
    const file = path.join(root, id);
    // A link is followed only to a target inside the deck (docs/pitfalls.md: lexical checks miss links).
    const target = await realpath(file).catch(() => file);
    return isInside(root, target) ? file : null;
  }

  /** Slide files, skipped files and deck.yaml, by name. */
  async list(): Promise<Result<DeckFileEntry[]>> {
    try {
      // A single-file deck (`talk.md`) edits only its own file.
      const names = (isSingleFileDeck(this.deckDir) ? [path.basename(this.deckDir)] : await readdir(this.deckDir))
        .filter(isEditableId)
        .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
      return { ok: true, value: names.map((id) => ({ id, kind: id === DECK_CONFIG_FILE ? 'config' : isSlideFileName(id) ? 'slide' : 'skipped' })) };
    } catch (err) {
      return fail(describeFsError(err, path.basename(this.deckDir)));
    }
  }

  /**
   * Reads a file for editing: text, encoding, BOM, line ending and the hash of its bytes. The
   * encoding is the one chosen for the file, else detected; `as` overrides both (an encoding:
   * exactly that one, refused when the bytes are not valid in it; null: detect).
   */
  async read(id: string, as?: TextEncodingName | null): Promise<Result<OpenedFile>> {
    const file = await this.pathOf(id);
    if (!file) return fail(`${String(id)}: not a file of this deck that Lectern can edit`);
    try {
      const bytes = await readRegularFile(file, MAX_SLIDE_FILE_BYTES);
      const decoded = as ? decodeTextAs(bytes, as) : decodeWithChoice(bytes, as === null ? undefined : await this.chosenEncoding(id));
      if (!decoded.ok) return fail(`${id}: ${decoded.message}`);
      const { eol, mixed } = detectLineEnding(decoded.text);
      this.noteHash(id, hashBytes(bytes));
      const format = { encoding: decoded.encoding, bom: decoded.bom, guessed: decoded.guessed };
      return {
        ok: true,
        value: { id, text: toEditorText(decoded.text), format, eol, mixedEol: mixed, hash: hashBytes(bytes), chosen: Boolean(as) || Boolean(decoded.chosen), damaged: decoded.damaged ?? 0 },
      };
    } catch (err) {
      return fail(readRefusal(err, id) ?? ((err as NodeJS.ErrnoException).code === 'ENOENT' ? `${id}: the file no longer exists` : describeFsError(err, id)));
    }
  }

  /**
   * Saves with our atomic writer, only if the bytes on disk are still the ones the text was
   * based on (compared by hash at save time, not mtime). A missing file is recreated. The check
   * and the write run under the deck's lock, so of two saves from one version only the first is
   * written and the second gets a conflict. A file larger than the reader opens is refused.
   */
  save(request: SaveRequest): Promise<Result<SaveOutcome>> {
    return withDeckLock(this.deckDir, () => this.saveLocked(request));
  }

  private async saveLocked(request: SaveRequest): Promise<Result<SaveOutcome>> {
    const { id } = request;
    const file = await this.pathOf(id);
    if (!file) return fail(`${String(id)}: not a file of this deck that Lectern can edit`);
    const encoded = encodeText(toFileText(request.text, request.eol), request.format);
    if (!encoded.ok) return failed(`${id}, ${encoded.message}`);
    if (encoded.bytes.length > MAX_SLIDE_FILE_BYTES) {
      const mb = (encoded.bytes.length / 1048576).toFixed(1);
      return failed(
        `${id}: ${mb} MB is more than the ${MAX_SLIDE_FILE_BYTES / 1048576} MB a slide file may have (Lectern would refuse to open it). Nothing on disk was changed; split the text into several files.`,
      );
    }
    const hash = hashBytes(encoded.bytes);
    // The file on disk is compared whatever its size; a pipe or device is never read (nor replaced).
    const onDisk = await readRegularFile(file).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? null : err));
    if (onDisk instanceof Error) return failed(readRefusal(onDisk, id) ?? describeFsError(onDisk, id));
    if (onDisk && !request.force) {
      const diskHash = hashBytes(onDisk);
      if (diskHash === hash) return { ok: true, value: { status: 'saved', hash } };
      if (diskHash !== request.expectedHash) {
        const decoded = decodeWithChoice(onDisk, await this.chosenEncoding(id));
        const text = decoded.ok ? toEditorText(decoded.text) : '';
        return { ok: true, value: { status: 'conflict', theirs: { hash: diskHash, text } } };
      }
    }
    try {
      this.noteHash(id, hash);
      // The whole deck folder was deleted while open: Save brings it back with this file.
      if (!onDisk) await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, encoded.bytes, this.fs);
      return { ok: true, value: { status: 'saved', hash } };
    } catch (err) {
      return failed(describeFsError(err, id));
    }
  }

  /** Creates an empty UTF-8 file (LF line endings); refuses an existing name. */
  async create(id: string): Promise<Result<OpenedFile>> {
    const file = await this.pathOf(id);
    if (!file) return fail(`${String(id)}: a new file needs a name ending in .md, without / or a leading dot`);
    const saved = await withDeckLock(this.deckDir, async () => {
      if (await exists(file)) return null;
      return this.saveLocked({ id, text: '', format: { encoding: 'utf-8', bom: false, guessed: false }, eol: '\n', expectedHash: null });
    });
    if (!saved) return fail(`${id}: a file with that name already exists`);
    if (!saved.ok) return saved;
    if (saved.value.status !== 'saved') return fail(saved.value.status === 'failed' ? saved.value.message : `${id}: a file with that name already exists`);
    return this.read(id);
  }

  /**
   * Renames a file inside the deck; never replaces another file, whatever the disk's case rules:
   * `case.md` -> `Case.md` when `Case.md` is another file is refused; when both spellings are one
   * file (macOS, Windows) it goes through a journaled temp name. Two renames to one new name: the
   * second is refused.
   */
  rename(from: string, to: string): Promise<Result<null>> {
    return withDeckLock(this.deckDir, () => this.renameLocked(from, to));
  }

  private async renameLocked(from: string, to: string): Promise<Result<null>> {
    const [src, dst] = [await this.pathOf(from), await this.pathOf(to)];
    if (!src) return fail(`${String(from)}: not a file of this deck that Lectern can edit`);
    if (!dst) return fail(`${String(to)}: a file name must end in .md, without / or a leading dot`);
    if (from === to) return { ok: true, value: null };
    const identity = (id: string): Promise<FileIdentity> => this.moveFs.lstat(path.join(this.deckDir, id)).catch(() => null);
    const source = await identity(from);
    const action = renameAction(from, to, source, await renameTargetIdentity(this.deckDir, from, to, source, await identity(to)));
    if (action === 'missing') return fail(`${from}: the file no longer exists`);
    if (action === 'taken') return fail(`${to}: a file with that name already exists`);
    try {
      if (action === 'via-temp') await runJournaledRenames(this.deckDir, [{ from, temp: tempNameOf('rename', 0, from), to }], (a, b) => this.renameNoted(a, b), this.renameHook);
      else await this.renameNoted(from, to);
      return { ok: true, value: null };
    } catch (err) {
      return fail((err as NodeJS.ErrnoException).code === 'EEXIST' ? `${to}: a file with that name already exists` : describeFsError(err, from));
    }
  }

  /** Renames inside the deck folder (never over an existing name), telling the watcher first that both events are ours. */
  private async renameNoted(from: string, to: string): Promise<void> {
    const bytes = await this.moveFs.readFile(path.join(this.deckDir, from)).catch(() => null);
    // Temp names (dot-files) are never watched; only real ids are noted.
    if (bytes && isEditableId(to)) this.noteHash(to, hashBytes(bytes));
    if (isEditableId(from)) this.noteHash(from, null);
    await moveNoReplace(path.join(this.deckDir, from), path.join(this.deckDir, to), this.moveFs);
  }

  /** Moves a file to the trash (never deletes it outright). */
  moveToTrash(id: string): Promise<Result<string>> {
    return withDeckLock(this.deckDir, () => this.trashLocked(id));
  }

  private async trashLocked(id: string): Promise<Result<string>> {
    const file = await this.pathOf(id);
    if (!file) return fail(`${String(id)}: not a file of this deck that Lectern can edit`);
    try {
      this.noteHash(id, null);
      return { ok: true, value: await this.trash(file, id) };
    } catch (err) {
      return fail(describeFsError(err, id));
    }
  }

  /**
   * Puts slide files in the given order by renaming their numeric prefixes (`01-`, `02-`, …).
   * Files go through temporary dot-names first, so swapping two prefixes never collides; the
   * plan is journaled, so a kill midway is finished or undone on the next open (deck-renames.ts).
   */
  reorder(ids: string[]): Promise<Result<[string, string][]>> {
    return withDeckLock(this.deckDir, () => this.reorderLocked(ids));
  }

  private async reorderLocked(ids: string[]): Promise<Result<[string, string][]>> {
    const listed = await this.list();
    if (!listed.ok) return listed;
    const slides = listed.value.filter((f) => f.kind === 'slide').map((f) => f.id);
    if (ids.length !== slides.length || new Set(ids).size !== ids.length || !ids.every((id) => slides.includes(id))) return fail('the file list changed meanwhile; try again');
    const config = await readFile(path.join(this.deckDir, DECK_CONFIG_FILE), 'utf8').catch(() => null);
    if (config !== null && parseDeckConfig(config, []).config.order.length) return fail(`${DECK_CONFIG_FILE} sets \`order\`: change the order there (file names do not decide it)`);
    const plan = planReorder(ids);
    const steps: RenameStep[] = plan.map(([from, to], i) => ({ from, temp: tempNameOf('reorder', i, from), to }));
    try {
      await runJournaledRenames(this.deckDir, steps, (a, b) => this.renameNoted(a, b), this.renameHook);
      return { ok: true, value: plan };
    } catch (err) {
      return fail(describeFsError(err, 'reorder'));
    }
  }
}
