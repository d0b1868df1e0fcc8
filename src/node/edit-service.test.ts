import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckSession } from './deck-session';
import { EditService, isSaveRequest } from './edit-service';
import { useTempDirs } from './test-support/temp-dir';

const tempDir = useTempDirs();
const good = { id: 'a.md', text: 'x', format: { encoding: 'utf-8', bom: false, guessed: false }, eol: '\n', expectedHash: null };

describe('EditService', () => {
  it('checks save requests field by field', () => {
    expect(isSaveRequest(good)).toBe(true);
    expect(isSaveRequest({ ...good, expectedHash: 'a'.repeat(64), force: true })).toBe(true);
    for (const bad of [
      null, 'a.md', { ...good, id: '../a.md' }, { ...good, text: 1 }, { ...good, format: { ...good.format, encoding: 'utf-7' } },
      { ...good, format: null }, { ...good, eol: '\n\n' }, { ...good, expectedHash: 'xyz' }, { ...good, force: 'yes' },
    ]) expect(isSaveRequest(bad)).toBe(false);
  });
  it('refuses unknown operations and malformed arguments; a save removes the file’s draft', async () => {
    const deck = await tempDir();
    await writeFile(path.join(deck, 'a.md'), 'old');
    const service = new EditService(new DeckSession(deck), await tempDir());
    expect(await service.call('unlink', [])).toEqual({ ok: false, error: 'unknown editor operation' });
    expect(await service.call('readFile', 'a.md')).toEqual({ ok: false, error: 'unknown editor operation' });
    expect(await service.call('reorderFiles', [['a.md', '../b.md']])).toEqual({ ok: false, error: 'malformed reorderFiles request' });
    expect(await service.call('putDraft', [{ id: 'a.md', text: 'draft', baseHash: null, savedAt: 'now' }])).toEqual({ ok: false, error: 'malformed putDraft request' });
    expect(await service.call('putDraft', [{ id: 'a.md', text: 'draft', baseHash: null, savedAt: 1 }])).toEqual({ ok: true, value: null });
    const read = await service.call('readFile', ['a.md']);
    const hash = read.ok ? (read.value as { hash: string }).hash : '';
    expect(await service.call('saveFile', [{ ...good, text: 'new', expectedHash: hash }])).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(await service.call('listDrafts', [])).toEqual({ ok: true, value: [] });
  });
});
