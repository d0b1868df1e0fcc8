import { describe, expect, it } from 'vitest';
import { separatorLine } from './separator-line';

describe('separatorLine', () => {
  it('is --- for a deck without settings', () => {
    expect(separatorLine(null, '# A\n')).toBe('---');
  });
  it("follows the deck's separator pattern in deck.yaml", () => {
    expect(separatorLine('separator: "^<!-- slide -->$"\n', '# A\n')).toBe('<!-- slide -->');
    expect(separatorLine('separator: "\\\\r?\\\\n\\\\*\\\\*\\\\*\\\\r?\\\\n"\n', '# A\n')).toBe('***');
  });
  it("follows the file's own front matter over deck.yaml", () => {
    expect(separatorLine('separator: "^<!-- slide -->$"\n', '---\nseparator: "^===$"\n---\n# A\n')).toBe('===');
  });
  it('falls back to a common line the pattern accepts when its text is not literal', () => {
    expect(separatorLine('separator: "^(\\\\*{3}|_{3})$"\n', '# A\n')).toBe('***');
  });
});
