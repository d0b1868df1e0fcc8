import { describe, expect, it } from 'vitest';
import { detectLineEnding, toEditorText, toFileText } from './line-endings';

describe('line endings', () => {
  it('detects the most common kind and whether the file mixes them', () => {
    expect(detectLineEnding('a\r\nb\r\n')).toEqual({ eol: '\r\n', mixed: false });
    expect(detectLineEnding('a\nb\n')).toEqual({ eol: '\n', mixed: false });
    expect(detectLineEnding('a\rb\r')).toEqual({ eol: '\r', mixed: false });
    expect(detectLineEnding('a\r\nb\r\nc\n')).toEqual({ eol: '\r\n', mixed: true });
    expect(detectLineEnding('no breaks')).toEqual({ eol: '\n', mixed: false });
  });
  it('round-trips: editor text back to the file text is identical for unmixed files', () => {
    for (const text of ['a\r\nb\r\n', 'a\nb', 'x\ry\r', '']) expect(toFileText(toEditorText(text), detectLineEnding(text).eol)).toBe(text);
  });
});
