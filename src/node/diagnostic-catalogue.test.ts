import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../core/build-deck';
import { DIAGNOSTIC_CATALOGUE, type DiagnosticTexts, type ParamReader } from '../core/diagnostic-catalogue';
import { diagnosticLine, diagnosticText } from '../core/diagnostic-text';
import { overflowDiagnostics } from '../core/fit-check';
import type { Diagnostic } from '../core/types';
import { decodeText } from './decode';
import { nestedDecksDiagnostic } from './nested-decks';

const SRC = join(__dirname, '..');

/** Every diagnostic code written in the product's source (not its tests; the export files' codes are ExportProblem codes (src/core/export-problem.ts), worded by the Export dialog's strings). */
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        /\.ts$/.test(entry.name) &&
        !/\.test\.ts$/.test(entry.name) &&
        !/^(diagnostic-catalogue|print-range|export-problem|export-failure|export-controller|export-targets|export-choices|dialog-state)\.ts$/.test(entry.name)
      ) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/\bcode: '([a-z0-9-]+)'|\bwarn\('([a-z0-9-]+)'|OVERFLOW_CODE = '([a-z0-9-]+)'/g)) codes.add((m[1] ?? m[2] ?? m[3])!);
      }
    }
  };
  walk(SRC);
  return codes;
}

const variants = (texts: DiagnosticTexts): string[] => (typeof texts === 'function' ? [''] : Object.keys(texts).sort());

/** Renders a code's text with every param a Latin placeholder, as a translation must not depend on their language. */
function renderWithPlaceholders(texts: DiagnosticTexts, reason: string): string {
  const p: ParamReader = { v: () => 'PARAM', c: () => '`PARAM`', n: () => 3 };
  return (typeof texts === 'function' ? texts : texts[reason]!)(p);
}

describe('diagnostic catalogue', () => {
  it('has every code produced anywhere in src, and nothing else', () => {
    const produced = codesInSource();
    expect(produced.size).toBeGreaterThan(40);
    expect([...produced].filter((code) => !(code in DIAGNOSTIC_CATALOGUE)).sort()).toEqual([]);
    expect(Object.keys(DIAGNOSTIC_CATALOGUE).filter((code) => !produced.has(code))).toEqual([]);
  });

  it('gives every code (and every variant of it) in English and in Russian', () => {
    for (const [code, entry] of Object.entries(DIAGNOSTIC_CATALOGUE)) {
      expect(variants(entry.ru), code).toEqual(variants(entry.en));
      for (const reason of variants(entry.en)) {
        expect(renderWithPlaceholders(entry.en, reason), code).not.toBe('');
        expect(renderWithPlaceholders(entry.ru, reason), code).not.toBe('');
      }
    }
  });

  it('writes Russian with no English words: only params, code in backticks and names stay Latin', () => {
    const names = /\b(Lectern|YAML|UTF-8|UTF-16|Markdown|PDF|Vue|Debian|Ubuntu)\b/g;
    for (const [code, entry] of Object.entries(DIAGNOSTIC_CATALOGUE)) {
      for (const reason of variants(entry.ru)) {
        const text = renderWithPlaceholders(entry.ru, reason)
          .replace(/`[^`]*`/g, '')
          .replace(/PARAM/g, '')
          .replace(names, '');
        expect(text.match(/[A-Za-z]{2,}/g) ?? [], `${code} ${reason}: ${text}`).toEqual([]);
      }
    }
  });

  it('says in English exactly what the check wrote, so the app and `lectern check` agree', () => {
    const deck = buildDeck({
      config: 'title: [1]\ntheme: sepia\nduration: soon\nprogress: 3\nfoo: 1\norder: [gone.md]\ncompare: [Flask, Flask, Django: pink]\n',
      folderName: 'talk',
      files: [
        {
          name: 'a.md',
          text: '---\nduration: later\nhidden: maybe\nbogus: 1\nsize: 16:9\nsummary: {Rails: x}\n---\n# A\n\n[x](../secret.md) ![r](https://e.com/p.png) <img src="file:///etc/x.png">\n\n$\\nosuchmacro{x}$\n\n---\n\n---\n# B\n',
        },
        { name: 'b.md', text: '---\nseparator: "(a+)+$"\nheadingDivider: 9\n---\n# C\n::: summary\n:::\n' },
        { name: 'c.md', text: '---js\nx = 1\n---\n# D\n' },
        { name: 'd.md', text: '---\ntitle: [\n---\n# E\n' },
        { name: 'e.md', text: '' },
        { name: 'f.md', text: '---\nlayout: cover\n---\n# F\n\n---\nsrc: pages/gone.md\n---\n\n---\n\n# G <MyWidget/>\n' },
      ],
    });
    const made: Diagnostic[] = [...deck.diagnostics, ...overflowDiagnostics(deck, [0]), nestedDecksDiagnostic(['l1', 'l2'], false)!, nestedDecksDiagnostic(['l1'], true)!];
    const bad = decodeText(new Uint8Array([0x23, 0, 0, 0x41]));
    if (!bad.ok) made.push({ severity: 'error', code: 'file-encoding', file: 'x.md', params: bad.params, message: bad.message });
    const codes = new Set(made.map((d) => d.code));
    expect(codes.size).toBeGreaterThan(25);
    for (const d of made) expect(diagnosticText('en', d), d.code).toBe(d.message);
  });

  it('explains a YAML mistake in Russian, not with the parser’s English', () => {
    const deck = buildDeck({ config: null, folderName: 'talk', files: [{ name: 'a.md', text: '---\ntitle: [unclosed\n---\n# A\n' }] });
    const yaml = deck.diagnostics.find((d) => d.code === 'yaml-syntax')!;
    expect(yaml.message).toMatch(/^invalid YAML: [A-Z]/);
    expect(diagnosticText('ru', yaml)).toMatch(/^ошибка в YAML: [а-я][а-яё ,;()]+$/);
  });

  it('puts the whole problems line in one language', () => {
    const d: Diagnostic = { severity: 'warning', code: 'slide-empty', file: '02.md', line: 4, message: 'empty slide skipped' };
    expect(diagnosticLine('ru', d)).toBe('02.md:4 предупреждение: пустой слайд пропущен');
    expect(diagnosticLine('en', d)).toBe('02.md:4 warning: empty slide skipped');
  });
});
