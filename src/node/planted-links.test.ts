import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckSession } from './deck-session';
import { deckDataKey } from './data-dir';
import { DraftStore } from './drafts';
import { EditService } from './edit-service';
import { EncodingChoices } from './encoding-choices';
import { loadLastRehearsal, saveRehearsal } from './rehearsal-store';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const record = { version: 1, deck: 'x', startedAt: '2026-01-01T10:00:00.000Z', endedAt: '2026-01-01T10:30:00.000Z', sections: [], slides: [] };

/** A deck whose `.lectern` is a link to a folder outside it, and that outside folder. */
async function deckWithPlantedLink(): Promise<{ deck: string; outside: string }> {
  const [deck, outside] = [await tempDir(), await tempDir()];
  await writeFile(path.join(deck, '01-a.md'), '# A\n');
  await symlink(outside, path.join(deck, '.lectern'));
  return { deck, outside };
}

describe('a planted link never makes Lectern write outside the folder it means', () => {
  it('delete-to-trash through a `.lectern` link is refused; the file stays, nothing lands outside', async () => {
    const { deck, outside } = await deckWithPlantedLink();
    const service = new EditService(new DeckSession(deck), await tempDir());
    expect(await service.call('trashFile', ['01-a.md'])).toEqual({ ok: false, error: expect.stringMatching(/^01-a\.md: \.lectern is a link; Lectern writes only inside the folder it belongs to/) });
    expect(await readFile(path.join(deck, '01-a.md'), 'utf8')).toBe('# A\n');
    expect(await readdir(outside)).toEqual([]);
  });

  it('a `trash` link inside a real `.lectern` is refused too', async () => {
    const [deck, outside] = [await tempDir(), await tempDir()];
    await writeFile(path.join(deck, '01-a.md'), '# A\n');
    await mkdir(path.join(deck, '.lectern'));
    await symlink(outside, path.join(deck, '.lectern', 'trash'));
    const service = new EditService(new DeckSession(deck), await tempDir());
    expect(await service.call('trashFile', ['01-a.md'])).toMatchObject({ ok: false });
    expect(await readdir(outside)).toEqual([]);
  });

  it('rehearsal records through a `.lectern` link are refused, and not read from there', async () => {
    const { deck, outside } = await deckWithPlantedLink();
    await expect(saveRehearsal(deck, record as never)).rejects.toThrow(/\.lectern is a link/);
    expect(await readdir(outside)).toEqual([]);
    await mkdir(path.join(outside, 'rehearsals'));
    await writeFile(path.join(outside, 'rehearsals', 'r.json'), JSON.stringify(record));
    expect(await loadLastRehearsal(deck)).toBeNull();
  });

  it('a rehearsal record file planted as a link is not written through', async () => {
    const [deck, outside] = [await tempDir(), await tempDir()];
    await mkdir(path.join(deck, '.lectern', 'rehearsals'), { recursive: true });
    await writeFile(path.join(outside, 'victim.txt'), 'keep me');
    await symlink(path.join(outside, 'victim.txt'), path.join(deck, '.lectern', 'rehearsals', '2026-01-01T10-30-00-000Z.json'));
    await expect(saveRehearsal(deck, record as never)).rejects.toThrow(/is a link/);
    expect(await readFile(path.join(outside, 'victim.txt'), 'utf8')).toBe('keep me');
  });

  it('a reorder journal through a `.lectern` link is refused and nothing is renamed', async () => {
    const { deck, outside } = await deckWithPlantedLink();
    await writeFile(path.join(deck, '02-b.md'), '# B\n');
    const service = new EditService(new DeckSession(deck), await tempDir());
    expect(await service.call('reorderFiles', [['02-b.md', '01-a.md']])).toMatchObject({ ok: false });
    expect((await readdir(deck)).sort()).toEqual(['.lectern', '01-a.md', '02-b.md']);
    expect(await readdir(outside)).toEqual([]);
  });

  it('drafts and encoding choices through links planted in the data folder are refused', async () => {
    const [deck, data, outside] = [await tempDir(), await tempDir(), await tempDir()];
    await symlink(outside, path.join(data, 'drafts'));
    await symlink(outside, path.join(data, 'encodings'));
    const drafts = new DraftStore(data, deck);
    expect(await drafts.put({ id: 'a.md', text: 'draft', baseHash: null, savedAt: 1 })).toEqual({ ok: false, error: expect.stringMatching(/drafts is a link/) });
    await expect(new EncodingChoices(data, deck).set('a.md', 'windows-1251')).rejects.toThrow(/encodings is a link/);
    expect(await readdir(outside)).toEqual([]);
    // A draft file name planted as a link to a file outside is not written through either.
    const [data2, victim] = [await tempDir(), path.join(outside, 'victim.txt')];
    await writeFile(victim, 'keep me');
    await mkdir(path.join(data2, 'drafts', await deckDataKey(deck)), { recursive: true });
    await symlink(victim, path.join(data2, 'drafts', await deckDataKey(deck), 'a.md.json'));
    expect(await new DraftStore(data2, deck).put({ id: 'a.md', text: 'draft', baseHash: null, savedAt: 1 })).toMatchObject({ ok: false });
    expect(await readFile(victim, 'utf8')).toBe('keep me');
  });
});
