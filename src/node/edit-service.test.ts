import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckSession } from './deck-session';
import { EditService, isSaveRequest } from './edit-service';
import type { OpenedFile } from '../shared/edit-contract';
import { encodeText } from './encode';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const good = { id: 'a.md', text: 'x', format: { encoding: 'utf-8', bom: false, guessed: false }, eol: '\n', expectedHash: null };

describe('EditService', () => {
  it('checks save requests field by field', () => {
    expect(isSaveRequest(good)).toBe(true);
    expect(isSaveRequest({ ...good, expectedHash: 'a'.repeat(64), force: true })).toBe(true);
    for (const bad of [
      null,
      'a.md',
      { ...good, id: '../a.md' },
      { ...good, text: 1 },
      { ...good, format: { ...good.format, encoding: 'utf-7' } },
      { ...good, format: null },
      { ...good, eol: '\n\n' },
      { ...good, expectedHash: 'xyz' },
      { ...good, force: 'yes' },
    ])
      expect(isSaveRequest(bad)).toBe(false);
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
  it('reopens a file in a chosen encoding from its bytes, remembers it, reloads the deck; saves in it; back to automatic', async () => {
    const [deck, data] = [await tempDir(), await tempDir()];
    const upper = '# ВВЕДЕНИЕ\n\nПЛАН ЛЕКЦИИ\n';
    const encoded = encodeText(upper, { encoding: 'koi8-r', bom: false });
    if (!encoded.ok) throw new Error(encoded.message);
    const file = path.join(deck, '01.md');
    await writeFile(file, encoded.bytes);
    const session = new DeckSession(deck);
    const service = new EditService(session, data);
    expect((await session.payload()).deck.slides[0]!.title).not.toBe('ВВЕДЕНИЕ');
    const updates: string[] = [];
    session.onChange((u) => updates.push(String(u.revision)));
    const reopened = await service.call('reopenFile', ['01.md', 'koi8-r']);
    expect(reopened).toMatchObject({ ok: true, value: { text: upper, format: { encoding: 'koi8-r', guessed: false }, chosen: true } });
    // The views were told, the deck reads the file as KOI8-R, the file itself is untouched.
    expect(updates).toHaveLength(1);
    expect(session.loadedDeck()!.slides[0]!.title).toBe('ВВЕДЕНИЕ');
    expect(session.loadedDeck()!.diagnostics).toEqual([expect.objectContaining({ code: 'file-encoding-chosen', message: expect.stringContaining('read as KOI8-R (chosen)') })]);
    expect(await readFile(file)).toEqual(Buffer.from(encoded.bytes));
    // A new service (the next start) reads it the same way.
    const later = await new EditService(new DeckSession(deck), data).call('readFile', ['01.md']);
    expect(later).toMatchObject({ ok: true, value: { text: upper, chosen: true } });
    // Saving writes KOI8-R bytes; a character KOI8-R lacks is refused by name, nothing written.
    const { format, eol, hash } = (reopened as { value: OpenedFile }).value;
    expect(await service.call('saveFile', [{ id: '01.md', text: `${upper}ДА\n`, format, eol, expectedHash: hash }])).toMatchObject({ ok: true, value: { status: 'saved' } });
    const saved = await readFile(file);
    expect([...saved.subarray(encoded.bytes.length)]).toEqual([0xe4, 0xe1, 0x0a]);
    expect(await service.call('saveFile', [{ id: '01.md', text: `${upper}😀 €`, format, eol, expectedHash: null, force: true }])).toMatchObject({
      ok: true,
      value: { status: 'failed', message: expect.stringMatching(/“😀” \(U\+1F600\).*“€” \(U\+20AC\) cannot be saved in KOI8-R/) },
    });
    expect(await readFile(file)).toEqual(saved);
    // Back to automatic: the guess again, and the choice forgotten.
    expect(await service.call('reopenFile', ['01.md', null])).toMatchObject({ ok: true, value: { chosen: false, format: { guessed: true } } });
    expect(session.loadedDeck()!.diagnostics).toEqual([expect.objectContaining({ code: 'file-encoding-guessed' })]);
    expect((await service.encodings.load()).size).toBe(0);
  });
  it('refuses reopen requests with unknown encodings or ids outside the deck, and bytes invalid in the encoding', async () => {
    const [deck, data] = [await tempDir(), await tempDir()];
    await writeFile(path.join(deck, '01.md'), Buffer.from([0x23, 0x20, 0xf7, 0xf7]));
    const service = new EditService(new DeckSession(deck), data);
    for (const args of [['01.md', 'ebcdic'], ['01.md', 'UTF-8'], ['../01.md', 'koi8-r'], ['/etc/passwd', null], ['01.md'], ['01.md', 5], [{ id: '01.md' }, 'koi8-r']]) {
      expect(await service.call('reopenFile', args)).toEqual({ ok: false, error: expect.stringContaining('malformed reopenFile request') });
    }
    expect(await service.call('reopenFile', ['01.md', 'utf-8'])).toEqual({ ok: false, error: expect.stringContaining('cannot be reopened as UTF-8') });
    expect((await service.encodings.load()).size).toBe(0);
  });
  it('a renamed file keeps its chosen encoding; a trashed one loses it', async () => {
    const [deck, data] = [await tempDir(), await tempDir()];
    await writeFile(path.join(deck, '01.md'), Buffer.from([0x23, 0x20, 0xf7, 0xf7]));
    const service = new EditService(new DeckSession(deck), data);
    await service.call('reopenFile', ['01.md', 'koi8-r']);
    expect(await service.call('renameFile', ['01.md', '02.md'])).toEqual({ ok: true, value: null });
    expect([...(await service.encodings.load())]).toEqual([['02.md', 'koi8-r']]);
    await service.call('trashFile', ['02.md']);
    expect((await service.encodings.load()).size).toBe(0);
  });
});
