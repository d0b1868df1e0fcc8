import { describe, expect, it } from 'vitest';
import { firstContentLine, previewFile, slideAtLine } from './file-preview';

describe('previewFile', () => {
  const text = '---\ntitle: T\nspeaker: me\n---\n# One\n\nNote: say hi\n\n---\n\n# Two\n\n---\n\n---\n# Three\n';
  it('gives the file’s slides with lines and notes, and the same problems as a deck load', () => {
    const { slides, diagnostics } = previewFile('01-a.md', text, null);
    expect(slides.map((s) => [s.title, s.line])).toEqual([
      ['One', 5],
      ['Two', 10],
      ['Three', 16],
    ]);
    expect(slides[0]!.notes).toBe('say hi');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['front-matter-unknown-key', 3],
      ['slide-empty', 14],
    ]);
  });
  it('finds the slide under a line', () => {
    const { slides } = previewFile('01-a.md', text, null);
    expect(slideAtLine(slides, 1)?.title).toBe('One');
    expect(slideAtLine(slides, 11)?.title).toBe('Two');
    expect(slideAtLine(slides, 99)?.title).toBe('Three');
    expect(slides.map(firstContentLine)).toEqual([5, 11, 16]);
  });
  it('previews a skipped file (_draft.md) under its own name', () => {
    const { slides, diagnostics } = previewFile('_draft.md', '# Draft\n\n---\n\n---\n# B\n', null);
    expect(slides.map((s) => [s.file, s.title])).toEqual([
      ['_draft.md', 'Draft'],
      ['_draft.md', 'B'],
    ]);
    expect(diagnostics).toMatchObject([{ file: '_draft.md', code: 'slide-empty' }]);
  });
  it('previews deck.yaml as settings: its problems, no slides', () => {
    expect(previewFile('deck.yaml', 'theme: pink\n', null).diagnostics.length).toBeGreaterThan(0);
    expect(previewFile('deck.yaml', 'theme: dark\n', null).slides).toEqual([]);
  });
});
