import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import type { Diagnostic } from './types';

const deck = (files: Record<string, string>, config: string | null = null) => buildDeck({ files: Object.entries(files).map(([name, text]) => ({ name, text })), config, folderName: 'talk' });
const yamlError = (diagnostics: Diagnostic[]) => diagnostics.find((d) => d.code === 'yaml-syntax');

describe('a YAML error is reported where its problem begins', () => {
  it('a stray quote in front matter: the quote’s line, not the end of the block', () => {
    const d = deck({ 'a.md': '---\ntitle: "Введение в Python\nduration: 20m\nlang: ru\n---\n# Слайд\n' });
    expect(yamlError(d.diagnostics)).toMatchObject({ file: 'a.md', line: 2, column: 8 });
  });
  it('a single-quoted value in a list', () => {
    const d = deck({ 'a.md': "---\ntitle: A\ntags:\n  - 'python\n  - web\n---\n# A\n" });
    expect(yamlError(d.diagnostics)).toMatchObject({ line: 4 });
  });
  it('an unclosed [ or { : the bracket’s line', () => {
    expect(yamlError(deck({ 'a.md': '---\ntitle: A\nbad: [1, 2\nx: 1\n---\n# A' }).diagnostics)).toMatchObject({ line: 3 });
    expect(yamlError(deck({ 'a.md': '# A' }, 'title: T\norder: {a: 1\ntheme: dark\n').diagnostics)).toMatchObject({ file: 'deck.yaml', line: 2 });
  });
  it('in deck.yaml', () => {
    const d = deck({ 'a.md': '# A' }, "title: 'Курс\nauthor: Анна\ntheme: dark\n");
    expect(yamlError(d.diagnostics)).toMatchObject({ file: 'deck.yaml', line: 1 });
  });
  it('errors that are where the parser stops stay there (a duplicate key)', () => {
    const d = deck({ 'a.md': '---\ntitle: A\nduration: 5m\ntitle: B\n---\n# A' });
    expect(yamlError(d.diagnostics)).toMatchObject({ line: 4 });
  });
});
