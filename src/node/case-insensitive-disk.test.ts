import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mountExfat } from '../../test/support/exfat-disk';
import { DeckFiles } from './edit-files';

// A real case-insensitive file system (exFAT through FUSE), where this machine allows mounting one.
const disk = await mountExfat();
afterAll(() => (disk.ok ? disk.unmount() : undefined));
if (!disk.ok) console.warn(`case-insensitive-disk.test.ts: skipped: ${disk.reason}`);

async function deck(files: Record<string, string>): Promise<{ dir: string; files: DeckFiles }> {
  const dir = await mkdtemp(path.join(disk.ok ? disk.dir : '', 'deck-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return { dir, files: new DeckFiles(dir) };
}

describe.skipIf(!disk.ok)(`renames on a real case-insensitive disk (exFAT)${disk.ok ? '' : `: skipped, ${disk.reason}`}`, () => {
  it('the disk folds case: case.md and Case.md are one file', async () => {
    const { dir } = await deck({ 'case.md': 'text' });
    expect(await readFile(path.join(dir, 'Case.md'), 'utf8')).toBe('text');
  });

  it('case.md -> Case.md renames the file; nothing else is left in the folder', async () => {
    const { dir, files } = await deck({ 'case.md': 'text' });
    expect(await files.rename('case.md', 'Case.md')).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual(['Case.md']);
    expect(await readFile(path.join(dir, 'Case.md'), 'utf8')).toBe('text');
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
    const texts = await Promise.all((await readdir(dir)).filter((n) => n.endsWith('.md')).map((n) => readFile(path.join(dir, n), 'utf8')));
    expect(texts.sort()).toEqual(['A', 'B']);
  });
});
