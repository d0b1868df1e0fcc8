import { describe, expect, it } from 'vitest';
import { isTooComplexToHighlight, MAX_HIGHLIGHT_LINE, MAX_HIGHLIGHT_NESTING } from './highlight-guard';

describe('isTooComplexToHighlight', () => {
  it('lets real Markdown be highlighted', () => {
    expect(isTooComplexToHighlight('# Title\n\n> quote\n> > nested\n\n- a\n  - b\n    1. c\n\n**bold** _em_\n')).toBe(false);
    expect(isTooComplexToHighlight(`${'> '.repeat(MAX_HIGHLIGHT_NESTING)}ok`)).toBe(false);
    expect(isTooComplexToHighlight('x'.repeat(MAX_HIGHLIGHT_LINE))).toBe(false);
    expect(isTooComplexToHighlight('-'.repeat(10_000))).toBe(false);
  });
  it('refuses the texts that froze the editor: deep lists, deep quotes, huge lines, deep indentation', () => {
    expect(isTooComplexToHighlight(`# L\n\n${'- '.repeat(50_000)}deep\n`)).toBe(true);
    expect(isTooComplexToHighlight(`# Q\n\n${'>'.repeat(1_000_000)} deep\n`)).toBe(true);
    expect(isTooComplexToHighlight(`${'1. '.repeat(MAX_HIGHLIGHT_NESTING + 1)}x`)).toBe(true);
    expect(isTooComplexToHighlight('a_'.repeat(100_000))).toBe(true);
    expect(isTooComplexToHighlight(`${' '.repeat(2000)}- x`)).toBe(true);
  });
});
