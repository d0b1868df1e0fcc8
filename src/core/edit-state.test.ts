import { describe, expect, it } from 'vitest';
import { openedState, reduceEdit, restoredState, type DiskVersion, type EditEvent, type EditState } from './edit-state';

/** A disk version whose hash is derived from its text, as the host's sha-256 would be. */
const v = (text: string): DiskVersion => ({ hash: `h(${text})`, text });
const run = (state: EditState, events: EditEvent[]): EditState => events.reduce(reduceEdit, state);
const external = (text: string | null): EditEvent => ({ type: 'external', disk: text === null ? null : v(text) });
const edit = (text: string): EditEvent => ({ type: 'edit', text });

describe('reduceEdit: recorded event sequences', () => {
  it('clean file, external save (in place): reloads silently', () => {
    const s = run(openedState(v('# A')), [external('# B')]);
    expect(s).toMatchObject({ status: 'clean', mine: '# B', base: v('# B') });
  });
  it('touch without change (same hash): nothing happens, even with unsaved edits', () => {
    const start = run(openedState(v('# A')), [edit('# A typed')]);
    expect(run(start, [external('# A'), external('# A')])).toEqual(start);
  });
  it('vim-style rename-save on a clean file (unlink, then add): deleted for a moment, then reloaded', () => {
    const s = run(openedState(v('# A')), [external(null), external('# A from vim')]);
    expect(s).toMatchObject({ status: 'clean', mine: '# A from vim' });
  });
  it('vim-style rename-save while dirty: conflict, both texts kept', () => {
    const s = run(openedState(v('# A')), [edit('# A mine'), external(null), external('# A theirs')]);
    expect(s).toMatchObject({ status: 'conflict', mine: '# A mine', theirs: v('# A theirs') });
  });
  it('chunked external write while dirty: conflict follows the last chunk, mine untouched', () => {
    const s = run(openedState(v('# A')), [edit('# A mine'), external(''), external('# A th'), external('# A theirs')]);
    expect(s).toMatchObject({ status: 'conflict', mine: '# A mine', theirs: v('# A theirs') });
  });
  it('chunked external write on a clean file: ends with the full text', () => {
    const s = run(openedState(v('# A')), [external(''), external('# B, half'), external('# B, half and rest')]);
    expect(s).toMatchObject({ status: 'clean', mine: '# B, half and rest' });
  });
  it('own save: the watcher echo before or after the result causes neither reload nor conflict', () => {
    const before = run(openedState(v('# A')), [edit('# AB'), { type: 'save-start', hash: 'h(# AB)' }, edit('# ABC'), external('# AB'), { type: 'save-done', disk: v('# AB') }]);
    expect(before).toMatchObject({ status: 'dirty', mine: '# ABC', base: v('# AB'), saving: null });
    const after = run(openedState(v('# A')), [edit('# AB'), { type: 'save-start', hash: 'h(# AB)' }, { type: 'save-done', disk: v('# AB') }, external('# AB')]);
    expect(after).toMatchObject({ status: 'clean', mine: '# AB' });
  });
  it('save finds their version on disk: conflict; keep mine makes the next save expect theirs', () => {
    let s = run(openedState(v('# A')), [edit('# mine'), { type: 'save-start', hash: 'h(# mine)' }, { type: 'save-conflict', theirs: v('# theirs') }]);
    expect(s).toMatchObject({ status: 'conflict', mine: '# mine', theirs: v('# theirs'), saving: null });
    s = reduceEdit(s, { type: 'keep-mine' });
    expect(s).toMatchObject({ status: 'dirty', mine: '# mine', base: v('# theirs'), theirs: null });
  });
  it('take theirs replaces the buffer and is clean', () => {
    const s = run(openedState(v('# A')), [edit('# mine'), external('# theirs'), { type: 'take-theirs' }]);
    expect(s).toMatchObject({ status: 'clean', mine: '# theirs', base: v('# theirs') });
  });
  it('conflict resolves itself when both sides become equal (typed the same, or they undid)', () => {
    expect(run(openedState(v('# A')), [edit('# mine'), external('# theirs'), edit('# theirs')])).toMatchObject({ status: 'clean' });
    expect(run(openedState(v('# A')), [edit('# mine'), external('# theirs'), external('# mine')])).toMatchObject({ status: 'clean', base: v('# mine') });
  });
  it('deleted while open: text kept; editing and saving recreates it', () => {
    let s = run(openedState(v('# A')), [edit('# A2'), external(null)]);
    expect(s).toMatchObject({ status: 'deleted', mine: '# A2' });
    s = run(s, [edit('# A3'), { type: 'save-start', hash: 'h(# A3)' }, external('# A3'), { type: 'save-done', disk: v('# A3') }]);
    expect(s).toMatchObject({ status: 'clean', mine: '# A3' });
  });
  it('a save error keeps the text and the state, with the message', () => {
    const s = run(openedState(v('# A')), [edit('# B'), { type: 'save-start', hash: 'h(# B)' }, { type: 'save-failed', message: 'disk full' }]);
    expect(s).toMatchObject({ status: 'dirty', mine: '# B', error: 'disk full', saving: null });
  });
  it('typing back to the disk text is clean again', () => {
    expect(run(openedState(v('# A')), [edit('# AB'), edit('# A')])).toMatchObject({ status: 'clean' });
  });
  it('restored draft: dirty over the file, deleted when the file is gone', () => {
    expect(restoredState(v('# A'), '# draft')).toMatchObject({ status: 'dirty', mine: '# draft' });
    expect(restoredState(null, '# draft')).toMatchObject({ status: 'deleted', mine: '# draft' });
  });
});
