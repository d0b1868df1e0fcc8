/**
 * The state of one open file in the editor, as a pure reducer: what is on disk (as far as we
 * know), what the user has, and whether they disagree. Every way a file can change — typing,
 * our own save, someone else's save, deletion — is an event; the reducer never loses either
 * side's text. Driven by recorded event sequences in edit-state.test.ts.
 */

/** The file on disk as last seen: content hash and text, or deleted (null). */
export interface DiskVersion {
  hash: string;
  text: string;
}

/** clean: buffer equals disk. dirty: unsaved edits. conflict: disk changed under unsaved edits. deleted: file gone from disk. */
type EditStatus = 'clean' | 'dirty' | 'conflict' | 'deleted';

/** Everything the editor knows about one file. */
export interface EditState {
  status: EditStatus;
  /** The user's text (the editor buffer). */
  mine: string;
  /**
   * The disk version our buffer is based on: what a save expects to find. Kept when the file is
   * deleted (to tell an untouched buffer from an edited one); null for a file never on disk.
   */
  base: DiskVersion | null;
  /** In conflict: the other side's version on disk. */
  theirs: DiskVersion | null;
  /** Hash of the bytes a save in flight is writing: its echo from the watcher is our own. */
  saving: string | null;
  /** Last save error, shown until the next save or edit. */
  error: string | null;
}

/** Something that happened to the file. */
export type EditEvent =
  | { type: 'edit'; text: string }
  /** The watcher saw the file change on disk (null: it is gone). */
  | { type: 'external'; disk: DiskVersion | null }
  | { type: 'save-start'; hash: string }
  | { type: 'save-done'; disk: DiskVersion }
  /** The save found someone else's version on disk and wrote nothing. */
  | { type: 'save-conflict'; theirs: DiskVersion }
  | { type: 'save-failed'; message: string }
  /** Conflict resolution: keep my text (the next save overwrites theirs) or take theirs. */
  | { type: 'keep-mine' }
  | { type: 'take-theirs' };

/** State of a file just opened from disk. */
export function openedState(disk: DiskVersion): EditState {
  return { status: 'clean', mine: disk.text, base: disk, theirs: null, saving: null, error: null };
}

/** State of a file restored from a draft over its disk version (null: the file is gone). */
export function restoredState(disk: DiskVersion | null, draft: string): EditState {
  if (!disk) return { status: 'deleted', mine: draft, base: null, theirs: null, saving: null, error: null };
  return { ...openedState(disk), mine: draft, status: draft === disk.text ? 'clean' : 'dirty' };
}

/** True when the buffer has text that is not on disk (drafts and the close prompt use this). */
export function hasUnsavedText(state: EditState): boolean {
  return state.status !== 'clean';
}

/** Applies one event. */
export function reduceEdit(state: EditState, event: EditEvent): EditState {
  switch (event.type) {
    case 'edit': {
      const next = { ...state, mine: event.text, error: null };
      if (state.status === 'conflict') return next.theirs!.text === next.mine ? settle(next, next.theirs!) : next;
      if (state.status === 'deleted') return next;
      return { ...next, status: next.mine === next.base?.text ? 'clean' : 'dirty' };
    }
    case 'external':
      return onExternal(state, event.disk);
    case 'save-start':
      return { ...state, saving: event.hash, error: null };
    case 'save-done':
      return { ...state, base: event.disk, saving: null, theirs: null, error: null, status: state.mine === event.disk.text ? 'clean' : 'dirty' };
    case 'save-conflict':
      return event.theirs.text === state.mine ? settle({ ...state, saving: null }, event.theirs) : { ...state, saving: null, status: 'conflict', theirs: event.theirs };
    case 'save-failed':
      return { ...state, saving: null, error: event.message };
    case 'keep-mine':
      // Their version becomes what the next save replaces: the save must expect their hash.
      return state.status === 'conflict' ? { ...state, status: 'dirty', base: state.theirs, theirs: null } : state;
    case 'take-theirs':
      return state.status === 'conflict' ? settle(state, state.theirs!) : state;
  }
}

/** Both sides agree on `disk`: clean, based on it. */
function settle(state: EditState, disk: DiskVersion): EditState {
  return { ...state, status: 'clean', mine: disk.text, base: disk, theirs: null };
}

function onExternal(state: EditState, disk: DiskVersion | null): EditState {
  if (!disk) {
    // Deleted under us: the text stays in the editor and Save recreates the file.
    return state.status === 'deleted' ? state : { ...state, status: 'deleted', theirs: null };
  }
  // The echo of our own save, arriving before its result: the result will update the state.
  if (disk.hash === state.saving) return state;
  if (state.status !== 'deleted') {
    // A `touch`, or our own save's echo after its result: nothing changed for us.
    if (disk.hash === state.base?.hash) return state;
    if (state.status === 'clean') return settle(state, disk);
  }
  if (disk.text === state.mine) return settle(state, disk);
  // Re-created after a deletion (vim's rename-save arrives as unlink + add): reload unless edited meanwhile.
  if (state.status === 'deleted' && state.base && state.mine === state.base.text) return settle(state, disk);
  if (state.status === 'conflict' && disk.hash === state.theirs?.hash) return state;
  return { ...state, status: 'conflict', theirs: disk };
}
