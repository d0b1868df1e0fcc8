import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract';
import type { Draft, EditHost, OpenedFile, SaveOutcome, SaveRequest } from '../../shared/edit-contract';
import { DRAFT_DELAY_MS, OpenFiles } from './open-files';

/** An in-memory host: files by id with a fake hash; records drafts and saves. */
function fakeHost(files: Record<string, string>) {
  const disk = new Map(Object.entries(files));
  const drafts = new Map<string, Draft>();
  const saves: SaveRequest[] = [];
  const reopens: [string, string | null][] = [];
  const hash = (t: string) => `h${t.length}:${t}`;
  const ok = <T>(value: T): Result<T> => ({ ok: true, value });
  const opened = (id: string): OpenedFile => ({ id, text: disk.get(id)!, format: { encoding: 'windows-1251', bom: false, guessed: true }, eol: '\r\n', mixedEol: false, hash: hash(disk.get(id)!) });
  const host: EditHost = {
    listFiles: async () => ok([...disk.keys()].map((id) => ({ id, kind: 'slide' as const }))),
    readFile: async (id) => (disk.has(id) ? ok(opened(id)) : { ok: false, error: 'gone' }),
    saveFile: async (r): Promise<Result<SaveOutcome>> => {
      saves.push(r);
      const now = disk.get(r.id);
      if (now !== undefined && hash(now) !== r.expectedHash) return ok({ status: 'conflict', theirs: { hash: hash(now), text: now } });
      disk.set(r.id, r.text);
      drafts.delete(r.id);
      return ok({ status: 'saved', hash: hash(r.text) });
    },
    createFile: async (id) => (disk.set(id, ''), ok(opened(id))),
    renameFile: async () => ok(null),
    trashFile: async () => ok('trash'),
    reorderFiles: async () => ok([]),
    reopenFile: async (id, encoding) => {
      reopens.push([id, encoding]);
      return disk.has(id)
        ? ok({ ...opened(id), text: `${encoding}:${disk.get(id)!}`, format: { encoding: encoding ?? 'utf-8', bom: false, guessed: false }, chosen: encoding !== null })
        : { ok: false, error: 'gone' };
    },
    listDrafts: async () => ok([...drafts.values()]),
    putDraft: async (d) => (drafts.set(d.id, d), ok(null)),
    deleteDraft: async (id) => (drafts.delete(id), ok(null)),
    onFileChanged: () => () => undefined,
  };
  return { host, disk, drafts, saves, hash, reopens };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('OpenFiles', () => {
  it('writes a draft about a second after typing stops, not while typing', async () => {
    const { host, drafts, hash } = fakeHost({ 'a.md': '# A' });
    const files = new OpenFiles(host, () => undefined);
    await files.open('a.md');
    files.edit('a.md', '# A1');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 200);
    files.edit('a.md', '# A12');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 200);
    expect(drafts.size).toBe(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(drafts.get('a.md')).toMatchObject({ id: 'a.md', text: '# A12', baseHash: hash('# A') });
  });
  it('saves in the file’s own format and line ending, expecting the hash it read; the draft goes away', async () => {
    const { host, drafts, saves, disk } = fakeHost({ 'a.md': '# A' });
    const files = new OpenFiles(host, () => undefined);
    await files.open('a.md');
    files.edit('a.md', '# B');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
    expect(drafts.size).toBe(1);
    await files.save('a.md');
    expect(saves[0]).toMatchObject({ id: 'a.md', text: '# B', format: { encoding: 'windows-1251' }, eol: '\r\n', expectedHash: 'h3:# A' });
    expect(disk.get('a.md')).toBe('# B');
    expect(files.get('a.md')!.state.status).toBe('clean');
    expect(drafts.size).toBe(0);
  });
  it('a conflicting save keeps both texts; keep mine then saves over theirs', async () => {
    const { host, disk } = fakeHost({ 'a.md': '# A' });
    const files = new OpenFiles(host, () => undefined);
    await files.open('a.md');
    files.edit('a.md', '# Mine');
    disk.set('a.md', '# Theirs');
    await files.save('a.md');
    expect(files.get('a.md')!.state).toMatchObject({ status: 'conflict', mine: '# Mine', theirs: { text: '# Theirs' } });
    files.resolve('a.md', 'keep-mine');
    await files.save('a.md');
    expect(disk.get('a.md')).toBe('# Mine');
  });
  it('a restored draft whose file changed on disk since comes back as a conflict', async () => {
    const { host } = fakeHost({ 'a.md': '# Disk now' });
    const files = new OpenFiles(host, () => undefined);
    const disk = await host.readFile('a.md');
    const model = files.restore({ id: 'a.md', text: '# Draft', baseHash: 'h7:# Older', savedAt: 1 }, disk.ok ? disk.value : null);
    expect(model.state).toMatchObject({ status: 'conflict', mine: '# Draft', theirs: { text: '# Disk now' } });
    const same = files.restore({ id: 'a.md', text: '# Draft', baseHash: disk.ok ? disk.value.hash : null, savedAt: 1 }, disk.ok ? disk.value : null);
    expect(same.state).toMatchObject({ status: 'dirty', mine: '# Draft' });
  });
  it('typing back to the saved text removes the draft', async () => {
    const { host, drafts } = fakeHost({ 'a.md': '# A' });
    const files = new OpenFiles(host, () => undefined);
    await files.open('a.md');
    files.edit('a.md', '# AB');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
    expect(drafts.size).toBe(1);
    files.edit('a.md', '# A');
    await vi.advanceTimersByTimeAsync(10);
    expect(drafts.size).toBe(0);
  });
});

describe('OpenFiles: damaged text and reopening with another encoding', () => {
  it('a file read from damaged UTF-8 is not saved until the user confirms; declining writes nothing', async () => {
    const { host, saves, disk } = fakeHost({ 'cut.md': '# Вве\ufffd' });
    const original = host.readFile;
    host.readFile = async (id) => {
      const read = await original(id);
      return read.ok ? { ok: true, value: { ...read.value, format: { encoding: 'utf-8', bom: false, guessed: true }, damaged: 1 } } : read;
    };
    const files = new OpenFiles(host, () => undefined);
    await files.open('cut.md');
    files.edit('cut.md', '# Вве\ufffd!');
    await files.save('cut.md');
    expect(saves).toEqual([]);
    expect(files.get('cut.md')!.asking).toEqual({ kind: 'save-damaged' });
    files.dismiss('cut.md');
    expect(files.get('cut.md')!.asking).toBeNull();
    expect(disk.get('cut.md')).toBe('# Вве\ufffd');
    expect(files.get('cut.md')!.state.status).toBe('dirty');
    await files.save('cut.md', { replaceDamaged: true });
    expect(saves).toHaveLength(1);
    expect(disk.get('cut.md')).toBe('# Вве\ufffd!');
    // Saved: the file on disk is now what the editor shows, so the next save needs no question.
    expect(files.get('cut.md')!.damaged).toBe(0);
    files.edit('cut.md', '# again');
    await files.save('cut.md');
    expect(saves).toHaveLength(2);
  });
  it('reopening a clean file re-reads it from the host in that encoding, clean, remembered as chosen', async () => {
    const { host, reopens } = fakeHost({ 'a.md': 'bytes' });
    const files = new OpenFiles(host, () => undefined);
    await files.open('a.md');
    expect(await files.reopen('a.md', 'koi8-r')).toBeNull();
    expect(reopens).toEqual([['a.md', 'koi8-r']]);
    expect(files.get('a.md')).toMatchObject({ format: { encoding: 'koi8-r' }, chosen: true, state: { status: 'clean', mine: 'koi8-r:bytes' } });
    await files.reopen('a.md', null);
    expect(files.get('a.md')).toMatchObject({ chosen: false, state: { mine: 'null:bytes' } });
  });
  it('with unsaved edits it asks first: cancel keeps the edits, confirming discards them and reopens', async () => {
    const { host, reopens } = fakeHost({ 'a.md': 'bytes' });
    const files = new OpenFiles(host, () => undefined);
    await files.open('a.md');
    files.edit('a.md', 'typed');
    await files.reopen('a.md', 'koi8-r');
    expect(reopens).toEqual([]);
    expect(files.get('a.md')!.asking).toEqual({ kind: 'reopen-dirty', encoding: 'koi8-r' });
    files.dismiss('a.md');
    expect(files.get('a.md')!.state).toMatchObject({ status: 'dirty', mine: 'typed' });
    await files.reopen('a.md', 'koi8-r', { discardEdits: true });
    expect(reopens).toEqual([['a.md', 'koi8-r']]);
    expect(files.get('a.md')!.state).toMatchObject({ status: 'clean', mine: 'koi8-r:bytes' });
  });
  it('a refused reopen (bytes not valid in that encoding) keeps the text and reports why', async () => {
    const { host } = fakeHost({ 'a.md': 'bytes' });
    host.reopenFile = async () => ({ ok: false, error: 'a.md: is not valid UTF-8; it cannot be reopened as UTF-8' });
    const files = new OpenFiles(host, () => undefined);
    await files.open('a.md');
    files.edit('a.md', 'typed');
    expect(await files.reopen('a.md', 'utf-8', { discardEdits: true })).toContain('cannot be reopened as UTF-8');
    expect(files.get('a.md')!.state).toMatchObject({ status: 'dirty', mine: 'typed' });
  });
});
