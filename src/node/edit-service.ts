import { isTextEncodingName, TEXT_ENCODING_LABELS, type TextEncodingName } from '../core/text-encoding';
import type { Result } from '../shared/contract';
import { EDIT_OPERATIONS, type Draft, type EditOperation, type OpenedFile, type SaveRequest } from '../shared/edit-contract';
import type { DeckSession } from './deck-session';
import { DraftStore, isDraft } from './drafts';
import type { TrashFile } from './deck-trash';
import { DeckFiles, isEditableId } from './edit-files';
import { EncodingChoices } from './encoding-choices';

/** Checks a save request from the renderer field by field (it crosses a trust boundary). @internal */
export function isSaveRequest(value: unknown): value is SaveRequest {
  const r = value as SaveRequest;
  return (
    typeof r === 'object' &&
    r !== null &&
    isEditableId(r.id) &&
    typeof r.text === 'string' &&
    typeof r.format === 'object' &&
    r.format !== null &&
    isTextEncodingName(r.format.encoding) &&
    typeof r.format.bom === 'boolean' &&
    typeof r.format.guessed === 'boolean' &&
    (r.eol === '\n' || r.eol === '\r\n' || r.eol === '\r') &&
    (r.expectedHash === null || (typeof r.expectedHash === 'string' && /^[0-9a-f]{64}$/.test(r.expectedHash))) &&
    (r.force === undefined || typeof r.force === 'boolean')
  );
}

const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 10_000 && v.every(isEditableId);

/**
 * The editor's host operations for one open deck, shared by the browser host (HTTP) and the
 * Electron main process (IPC): validates every argument, then acts through DeckFiles and the
 * draft store. A successful save also removes the file's draft.
 */
export class EditService {
  readonly files: DeckFiles;
  readonly drafts: DraftStore;
  /** The session's encoding choices: one store for the editor's and the deck's reads. */
  readonly encodings: EncodingChoices;

  constructor(
    private readonly session: DeckSession,
    dataDir: string,
    trash?: TrashFile,
  ) {
    this.encodings = session.encodings ??= new EncodingChoices(dataDir, session.deckDir);
    this.files = new DeckFiles(
      session.deckDir,
      trash,
      (id, hash) => session.files.noteOwnWrite(id, hash),
      undefined,
      (id) => this.encodings.get(id),
    );
    this.drafts = new DraftStore(dataDir, session.deckDir);
  }

  /**
   * Reopens a file in another encoding (null: automatic): decodes its bytes from disk afresh,
   * and only when that works remembers the choice and reloads the deck for every view.
   */
  private async reopen(id: string, encoding: TextEncodingName | null): Promise<Result<OpenedFile>> {
    const read = await this.files.read(id, encoding);
    if (!read.ok) return encoding ? { ok: false, error: `${read.error}; it cannot be reopened as ${TEXT_ENCODING_LABELS[encoding]}` } : read;
    await this.encodings.set(id, encoding);
    // The files did not change, so the watcher reports nothing: reload for every view now. A reload
    // already running read the old choice; the one queued after it reads the new one.
    await this.session.requestReload();
    return read;
  }

  /** Runs operation `op` with arguments as received; never throws. */
  async call(op: string, args: unknown): Promise<Result<unknown>> {
    if (!(EDIT_OPERATIONS as readonly string[]).includes(op) || !Array.isArray(args)) return { ok: false, error: 'unknown editor operation' };
    try {
      return await this.dispatch(op as EditOperation, args);
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
  }

  private async dispatch(op: EditOperation, a: unknown[]): Promise<Result<unknown>> {
    const bad: Result<unknown> = { ok: false, error: `malformed ${op} request` };
    switch (op) {
      case 'listFiles':
        return this.files.list();
      case 'readFile':
        return isEditableId(a[0]) ? this.files.read(a[0]) : bad;
      case 'saveFile': {
        if (!isSaveRequest(a[0])) return bad;
        const saved = await this.files.save(a[0]);
        if (saved.ok && saved.value.status === 'saved') await this.drafts.delete(a[0].id);
        return saved;
      }
      case 'createFile':
        return isEditableId(a[0]) ? this.files.create(a[0]) : { ok: false, error: 'a new file needs a name ending in .md, without / or a leading dot' };
      case 'renameFile': {
        if (!isEditableId(a[0]) || !isEditableId(a[1])) return { ok: false, error: 'a file name must end in .md, without / or a leading dot' };
        const renamed = await this.files.rename(a[0], a[1]);
        // The chosen encoding belongs to the file, not the name.
        if (renamed.ok) await this.encodings.renameAll([[a[0], a[1]]]);
        return renamed;
      }
      case 'trashFile': {
        if (!isEditableId(a[0])) return bad;
        const trashed = await this.files.moveToTrash(a[0]);
        if (trashed.ok) await this.encodings.set(a[0], null);
        return trashed;
      }
      case 'reorderFiles': {
        if (!isIdList(a[0])) return bad;
        const moved = await this.files.reorder(a[0]);
        if (moved.ok) await this.encodings.renameAll(moved.value);
        return moved;
      }
      case 'reopenFile':
        return isEditableId(a[0]) && (a[1] === null || isTextEncodingName(a[1]))
          ? this.reopen(a[0], a[1])
          : { ok: false, error: 'malformed reopenFile request: a file of this deck and one of the encodings Lectern reads' };
      case 'listDrafts':
        return this.drafts.list();
      case 'putDraft':
        return isDraft(a[0]) ? this.drafts.put(a[0] as Draft) : bad;
      case 'deleteDraft':
        return isEditableId(a[0]) ? this.drafts.delete(a[0]) : bad;
    }
  }
}
