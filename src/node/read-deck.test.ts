import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DeckFolderError, loadDeck } from './read-deck';
import { useTempDirs } from '../../test/support/temp-dir';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../e2e/fixtures/decks');
const tempDir = useTempDirs();

describe('loadDeck', () => {
  it('loads the basic fixture in natural order with notes and assets', async () => {
    const deck = await loadDeck(path.join(FIXTURES, 'basic'));
    expect(deck.sections.map((s) => s.file)).toEqual(['1-intro.md', '2-code.md', '10-end.md']);
    expect(deck.config).toMatchObject({ title: 'Fixture deck', author: 'Test Author', lang: 'ru', duration: 600 });
    expect(deck.slides[0]!.notes).toBe('Заметка ведущего для первого слайда.');
    expect(deck.slides[1]!.notes).toBe('Комментарий Marp как заметка');
    expect(deck.diagnostics).toEqual([]);
  });
  it('reports every problem of the broken fixture with file and line and still loads the rest', async () => {
    const deck = await loadDeck(path.join(FIXTURES, 'broken'));
    const codes = deck.diagnostics.map((d) => `${d.file}:${d.line ?? ''}:${d.code}`);
    expect(codes).toEqual(expect.arrayContaining(['deck.yaml:2:config-unknown-key', '1-bad-yaml.md:2:yaml-syntax', '2-refs.md:5:url-refused', '2-refs.md:3:asset-missing', '2-refs.md:7:slide-empty']));
    expect(deck.slides.map((s) => s.title)).toEqual(['Slide after bad YAML', 'Broken references', 'After an empty slide']);
  });
  it('reads a Windows-1251 file and says the encoding was guessed; names a binary file and keeps the others', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '1-ok.md'), '# Хорошо');
    await writeFile(path.join(dir, '2-cp1251.md'), Buffer.from([0x23, 0x20, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]));
    await writeFile(path.join(dir, '3-binary.md'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 9, 0, 0]));
    const deck = await loadDeck(dir);
    expect(deck.slides.map((s) => s.title)).toEqual(['Хорошо', 'Привет']);
    expect(deck.diagnostics).toEqual([
      { file: '2-cp1251.md', code: 'file-encoding-guessed', severity: 'warning', params: { reason: 'guess', encoding: 'Windows-1251' }, message: expect.stringContaining('read as Windows-1251') },
      { file: '3-binary.md', code: 'file-encoding', severity: 'error', line: 1, params: { reason: 'nul' }, message: expect.stringContaining('binary file') },
    ]);
  });
  // Root reads every file whatever its mode, so this runs only where tests run as a user.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable file once and keeps going', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '1.md'), '# A');
    await writeFile(path.join(dir, '2.md'), '# B');
    await chmod(path.join(dir, '2.md'), 0o000);
    const deck = await loadDeck(dir);
    expect(deck.slides).toHaveLength(1);
    expect(deck.diagnostics).toContainEqual(expect.objectContaining({ file: '2.md', code: 'file-unreadable' }));
  });
  it('throws a DeckFolderError naming the folder when there is no folder', async () => {
    const dir = await tempDir();
    await expect(loadDeck(path.join(dir, 'nope'))).rejects.toThrow(DeckFolderError);
    await writeFile(path.join(dir, 'file.txt'), '# x');
    await expect(loadDeck(path.join(dir, 'file.txt'))).rejects.toThrow(/file\.txt: is not a Markdown \(\.md\) file or a folder/);
  });
  it('ignores sub-folders named like slides', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), '# A');
    await mkdir(path.join(dir, 'b.md'));
    expect((await loadDeck(dir)).slides).toHaveLength(1);
  });
});
