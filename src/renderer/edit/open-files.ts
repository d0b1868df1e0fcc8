import { hasUnsavedText, openedState, reduceEdit, restoredState, type EditEvent, type EditState } from '../../core/edit-state';
import type { LineEnding } from '../../core/line-endings';
import type { TextEncodingName, TextFormat } from '../../core/text-encoding';
import type { Result } from '../../shared/contract';
import type { Draft, EditHost, FileChange, OpenedFile } from '../../shared/edit-contract';

/** Typing must pause this long before the unsaved text is written as a draft. @internal */
export const DRAFT_DELAY_MS = 1000;

/** One open file: how to write it back, and its edit state. */
export interface FileModel {
  id: string;
  format: TextFormat;
  eol: LineEnding;
  mixedEol: boolean;
  state: EditState;
  /** The encoding was chosen by the user (reopen with encoding), not detected. */
  chosen: boolean;
  /** Damaged UTF-8 sequences in the text as read (shown as U+FFFD); 0 once saved or reopened. */
  damaged: number;
  /** A question waiting for the user before anything is written or thrown away. */
  asking: Question | null;
}

/** What the editor is waiting to hear from the user about a file. */
type Question =
  /** Save was pressed on a file with damaged bytes: saving writes U+FFFD over them for good. */
  | { kind: 'save-damaged' }
  /** Another encoding was picked while the file has unsaved edits: reopening discards them. */
  | { kind: 'reopen-dirty'; encoding: TextEncodingName | null };

const UTF8: TextFormat = { encoding: 'utf-8', bom: false, guessed: false };

/** How a file as read from disk is written back (null: the file is gone; a new UTF-8 file). */
function diskFields(file: OpenedFile | null): Pick<FileModel, 'format' | 'eol' | 'mixedEol' | 'chosen' | 'damaged'> {
  return { format: file?.format ?? UTF8, eol: file?.eol ?? '\n', mixedEol: file?.mixedEol ?? false, chosen: Boolean(file?.chosen), damaged: file?.damaged ?? 0 };
}

/**
 * The files open in the editor and everything that happens to them: typing, saves, external
 * changes, drafts. Holds no DOM; tells the page through `onChange(id)` whenever a file's state
 * changed, and the page re-renders (and replaces the editor text when `state.mine` moved).
 */
export class OpenFiles {
  private readonly files = new Map<string, FileModel>();
  private readonly draftTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Files with a draft on the host, to remove when they become clean. */
  private readonly drafted = new Set<string>();

  constructor(
    private readonly host: EditHost,
    private readonly onChange: (id: string) => void,
  ) {}

  /** The open file `id`, if any. */
  get(id: string): FileModel | undefined {
    return this.files.get(id);
  }

  /** Every open file. */
  all(): FileModel[] {
    return [...this.files.values()];
  }

  /** Opens a file (reads it from the host the first time). */
  async open(id: string): Promise<Result<FileModel>> {
    const known = this.files.get(id);
    if (known) return { ok: true, value: known };
    const read = await this.host.readFile(id);
    if (!read.ok) return read;
    return { ok: true, value: this.adopt(read.value) };
  }

  /** Takes a file just read or created into the open set, clean. */
  adopt(file: OpenedFile): FileModel {
    const model: FileModel = { id: file.id, ...diskFields(file), state: openedState({ hash: file.hash, text: file.text }), asking: null };
    this.files.set(file.id, model);
    return model;
  }

  /**
   * Restores a draft over the file's current disk version (null: the file is gone). When the
   * disk has changed since the draft was typed, it comes back as a conflict: both texts kept.
   */
  restore(draft: Draft, disk: OpenedFile | null): FileModel {
    let state = restoredState(disk ? { hash: disk.hash, text: disk.text } : null, draft.text);
    if (disk && draft.baseHash !== disk.hash && draft.text !== disk.text) {
      state = { ...state, status: 'conflict', theirs: state.base };
    }
    const model: FileModel = { id: draft.id, ...diskFields(disk), state, asking: null };
    this.files.set(draft.id, model);
    this.drafted.add(draft.id);
    this.afterChange(model);
    return model;
  }

  private apply(id: string, event: EditEvent): FileModel | undefined {
    const model = this.files.get(id);
    if (!model) return undefined;
    model.state = reduceEdit(model.state, event);
    this.afterChange(model);
    return model;
  }

  /** Keeps the draft in step with the state, then tells the page. */
  private afterChange(model: FileModel): void {
    const { id } = model;
    clearTimeout(this.draftTimers.get(id));
    this.draftTimers.delete(id);
    if (hasUnsavedText(model.state)) {
      this.draftTimers.set(
        id,
        setTimeout(() => void this.writeDraft(id), DRAFT_DELAY_MS),
      );
    } else if (this.drafted.delete(id)) void this.host.deleteDraft(id);
    this.onChange(id);
  }

  private async writeDraft(id: string): Promise<void> {
    this.draftTimers.delete(id);
    const model = this.files.get(id);
    if (!model || !hasUnsavedText(model.state)) return;
    const result = await this.host.putDraft({ id, text: model.state.mine, baseHash: model.state.base?.hash ?? null, savedAt: Date.now() });
    if (result.ok) this.drafted.add(id);
  }

  /** Writes every pending draft now (the page is being left). */
  flushDrafts(): void {
    for (const id of [...this.draftTimers.keys()]) {
      clearTimeout(this.draftTimers.get(id));
      void this.writeDraft(id);
    }
  }

  /** The user typed. */
  edit(id: string, text: string): void {
    const model = this.files.get(id);
    if (model && model.state.mine !== text) this.apply(id, { type: 'edit', text });
  }

  /** A change on disk reported by the host. */
  external(change: FileChange): void {
    if (!this.files.has(change.id)) return;
    // Unreadable bytes (not text) cannot be shown as theirs; the hash still guards the next save.
    if (change.hash !== null && change.text === null) return;
    this.apply(change.id, { type: 'external', disk: change.hash === null ? null : { hash: change.hash, text: change.text! } });
  }

  /**
   * Saves the file's current text in its own format; the outcome lands in its state. A file
   * read from damaged UTF-8 is not saved until the user confirms (`replaceDamaged`): the save
   * would write U+FFFD where the damaged bytes were, and they could not be read another way.
   */
  async save(id: string, options: { replaceDamaged?: boolean } = {}): Promise<void> {
    const model = this.files.get(id);
    if (!model || model.state.saving !== null) return;
    if (model.damaged > 0 && !options.replaceDamaged) {
      model.asking = { kind: 'save-damaged' };
      return this.onChange(id);
    }
    if (model.asking?.kind === 'save-damaged') model.asking = null;
    const text = model.state.mine;
    // The host suppresses its own write's echo; no hash is known here before the host encodes.
    this.apply(id, { type: 'save-start', hash: '' });
    const result = await this.host.saveFile({ id, text, format: model.format, eol: model.eol, expectedHash: model.state.base?.hash ?? null });
    if (!result.ok) this.apply(id, { type: 'save-failed', message: result.error });
    else if (result.value.status === 'saved') {
      // The host removed the draft with the save.
      this.drafted.delete(id);
      // What is on disk now is what the editor shows: no damaged bytes are left.
      model.damaged = 0;
      this.apply(id, { type: 'save-done', disk: { hash: result.value.hash, text } });
    } else if (result.value.status === 'conflict') this.apply(id, { type: 'save-conflict', theirs: result.value.theirs });
    else this.apply(id, { type: 'save-failed', message: result.value.message });
  }

  /**
   * Reopens the file with another encoding (null: automatic) from its bytes on disk. With
   * unsaved edits, the user is asked first (`discardEdits` is the answer); the file is then
   * replaced by the newly decoded text, clean. Returns an error message for the user, if any.
   */
  async reopen(id: string, encoding: TextEncodingName | null, options: { discardEdits?: boolean } = {}): Promise<string | null> {
    const model = this.files.get(id);
    if (!model || model.state.saving !== null) return null;
    if (hasUnsavedText(model.state) && !options.discardEdits) {
      model.asking = { kind: 'reopen-dirty', encoding };
      this.onChange(id);
      return null;
    }
    const read = await this.host.reopenFile(id, encoding);
    model.asking = null;
    if (!read.ok) {
      this.onChange(id);
      return read.error;
    }
    Object.assign(model, diskFields(read.value));
    model.state = openedState({ hash: read.value.hash, text: read.value.text });
    this.afterChange(model);
    return null;
  }

  /** The user answered "no" to the file's question: nothing is saved or reopened. */
  dismiss(id: string): void {
    const model = this.files.get(id);
    if (!model?.asking) return;
    model.asking = null;
    this.onChange(id);
  }

  /** Conflict resolution. */
  resolve(id: string, choice: 'keep-mine' | 'take-theirs'): void {
    this.apply(id, { type: choice });
  }

  /** A file was renamed: its model follows (drafts are by name, so the old one is dropped). */
  rename(from: string, to: string): void {
    const model = this.files.get(from);
    if (!model) return;
    this.files.delete(from);
    model.id = to;
    this.files.set(to, model);
    if (this.drafted.delete(from)) void this.host.deleteDraft(from);
    this.afterChange(model);
  }

  /** Forgets a file (moved to the trash by the user). */
  close(id: string): void {
    clearTimeout(this.draftTimers.get(id));
    this.draftTimers.delete(id);
    this.files.delete(id);
    if (this.drafted.delete(id)) void this.host.deleteDraft(id);
  }

  /** The open files with text that is not on disk. */
  unsaved(): Set<string> {
    return new Set(this.all().flatMap((m) => (hasUnsavedText(m.state) ? [m.id] : [])));
  }
}
