import { describe, expect, it } from 'vitest';
import { buildDeck } from '../core/build-deck';
import { checkReport, formatCheckReport } from './check-report';

describe('check report', () => {
  const deck = buildDeck({ files: [{ name: 'a.md', text: '---\ntitle: [\n---\n# Один\n---\n# Два' }], config: null, folderName: 'talk' });
  it('lists slides with 1-based numbers, lines and titles, and counts errors', () => {
    const r = checkReport(deck);
    expect(r.slides).toEqual([{ file: 'a.md', slide: 1, line: 4, title: 'Один' }, { file: 'a.md', slide: 2, line: 6, title: 'Два' }]);
    expect(r.errors).toBe(1);
  });
  it('prints file:line:column severity: message', () => {
    expect(formatCheckReport(checkReport(deck))).toMatch(/^a\.md:2:\d+ error: invalid YAML/m);
  });
});
