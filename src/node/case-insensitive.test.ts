import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renameAction, sameNameIgnoringCase } from '../core/rename-check';
import { DeckFiles } from './edit-files';
import { caseFoldingFs } from '../../test/support/case-folding-fs';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();
const NFD_CAFE = 'cafe\u0301.md';

describe('rename rules for case-insensitive disks (path logic)', () => {
  it('names are one name on such a disk when they differ only in case or Unicode normalization', () => {
    expect(sameNameIgnoringCase('case.md', 'Case.md')).toBe(true);
    expect(sameNameIgnoringCase('слайд.md', 'СЛАЙД.md')).toBe(true);
    expect(sameNameIgnoringCase(NFD_CAFE, 'CAFÉ.md')).toBe(true);
    expect(sameNameIgnoringCase('case.md', 'case2.md')).toBe(false);
  });

  it('a case-only change of one file goes through a temp name; another file under that name is never replaced', () => {
    const a = { dev: 1, ino: 10 };
    const b = { dev: 1, ino: 11 };
    expect(renameAction('case.md', 'Case.md', a, a)).toBe('via-temp');
    expect(renameAction(NFD_CAFE, 'CAFÉ.md', a, a)).toBe('via-temp');
    // A case-sensitive disk: `Case.md` is another file.
    expect(renameAction('case.md', 'Case.md', a, b)).toBe('taken');
    // A hard link under another name is the same file, but not the same name: never renamed onto.
    expect(renameAction('a.md', 'b.md', a, a)).toBe('taken');
    expect(renameAction('a.md', 'b.md', a, null)).toBe('move');
    expect(renameAction('a.md', 'b.md', null, null)).toBe('missing');
    expect(renameAction('a.md', 'a.md', a, a)).toBe('nothing');
  });
});

describe('renames on a disk that folds case (macOS, Windows), emulated', () => {
  async function deck(files: Record<string, string>, inodePerSpelling = false): Promise<{ dir: string; files: DeckFiles }> {
    const dir = await tempDir();
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
    const deckFiles = new DeckFiles(dir);
    deckFiles.moveFs = caseFoldingFs({ inodePerSpelling });
    return { dir, files: deckFiles };
  }

  it('case.md -> Case.md also where each spelling has its own inode number (exFAT, NTFS through FUSE); another file is still never replaced', async () => {
    const { dir, files } = await deck({ 'case.md': 'text', 'a.md': 'A' }, true);
    expect(await files.rename('case.md', 'Case.md')).toEqual({ ok: true, value: null });
    expect(await files.rename('a.md', 'cASE.md')).toEqual({ ok: false, error: 'cASE.md: a file with that name already exists' });
    expect((await readdir(dir)).sort()).toEqual(['Case.md', 'a.md']);
    expect(await readFile(path.join(dir, 'Case.md'), 'utf8')).toBe('text');
  });

  it('case.md -> Case.md renames the file; nothing else is left in the folder', async () => {
    const { dir, files } = await deck({ 'case.md': 'text' });
    expect(await files.rename('case.md', 'Case.md')).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual(['Case.md']);
    expect(await readFile(path.join(dir, 'Case.md'), 'utf8')).toBe('text');
  });

  it('a name typed composed (NFC) renames a file whose name is stored decomposed (NFD), as macOS stores it', async () => {
    const { dir, files } = await deck({ [NFD_CAFE]: 'crème' });
    expect(await files.rename(NFD_CAFE, 'CAFÉ.md')).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual(['CAFÉ.md']);
    expect(await readFile(path.join(dir, 'CAFÉ.md'), 'utf8')).toBe('crème');
  });

  it('a.md -> Case.md while case.md exists is refused: both texts stay', async () => {
    const { dir, files } = await deck({ 'a.md': 'A', 'case.md': 'lower' });
    expect(await files.rename('a.md', 'Case.md')).toEqual({ ok: false, error: 'Case.md: a file with that name already exists' });
    expect((await readdir(dir)).sort()).toEqual(['a.md', 'case.md']);
    expect(await readFile(path.join(dir, 'case.md'), 'utf8')).toBe('lower');
  });

  it('two renames at once to names that differ only in case: one is refused, no text is lost', async () => {
    const { dir, files } = await deck({ 'a.md': 'A', 'b.md': 'B' });
    const results = await Promise.all([files.rename('a.md', 'New.md'), files.rename('b.md', 'new.md')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const texts = await Promise.all((await readdir(dir)).map((n) => readFile(path.join(dir, n), 'utf8')));
    expect(texts.sort()).toEqual(['A', 'B']);
  });
});
