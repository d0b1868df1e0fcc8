import { describe, expect, it } from 'vitest';
import { buildDeck } from '../core/build-deck';
import { overflowDiagnostics } from '../core/fit-check';
import { checkReport, formatCheckReport } from './check-report';

describe('check report', () => {
  const deck = buildDeck({ files: [{ name: 'a.md', text: '---\ntitle: [\n---\n# Один\n---\n# Два' }], config: null, folderName: 'talk' });
  it('lists slides with 1-based numbers, lines and titles, and counts errors', () => {
    const r = checkReport(deck);
    expect(r.slides).toEqual([
      { file: 'a.md', slide: 1, line: 4, title: 'Один' },
      { file: 'a.md', slide: 2, line: 6, title: 'Два' },
    ]);
    expect(r.errors).toBe(1);
  });
  it('prints file:line:column severity: message', () => {
    expect(formatCheckReport(checkReport(deck))).toMatch(/^a\.md:2:\d+ error: invalid YAML/m);
  });
  it('adds the fit check: overflow warnings with file and line, and a `fit` summary for --json', () => {
    const two = buildDeck({ files: [{ name: 'a.md', text: '# Один\n\n---\n\n# Два\n' + '- x\n'.repeat(200) }], config: null, folderName: 'talk' });
    const r = checkReport(two, { method: 'browser', browser: '/usr/bin/chromium', limit: 0.5, overflowing: [2], diagnostics: overflowDiagnostics(two, [1]) });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'slide-overflow', file: 'a.md', line: two.slides[1]!.line, severity: 'warning' })]);
    expect(r.warnings).toBe(1);
    expect(r.errors).toBe(0);
    expect(r.fit).toEqual({ method: 'browser', browser: '/usr/bin/chromium', reason: undefined, limit: 0.5, overflowing: [2] });
    expect(formatCheckReport(r)).toMatch(/^a\.md:4 warning: slide 2 does not fit even shrunk to 50%/m);
  });
  it('says when fit was not checked', () => {
    const r = checkReport(deck, { method: 'none', reason: 'skipped (--no-fit)', limit: 0.5, overflowing: [], diagnostics: [] });
    expect(formatCheckReport(r)).toContain('note: slide fit not checked: skipped (--no-fit)');
  });
});
