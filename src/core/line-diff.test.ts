import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff';

describe('diffLines', () => {
  it('marks lines only in mine and only in theirs, keeping order', () => {
    const d = diffLines('# A\nmine\nsame\nend', '# A\nsame\ntheirs\nend');
    expect(d).toEqual([
      { kind: 'same', text: '# A' }, { kind: 'mine', text: 'mine' }, { kind: 'same', text: 'same' },
      { kind: 'theirs', text: 'theirs' }, { kind: 'same', text: 'end' },
    ]);
  });
  it('equal texts are all same; every line of both sides appears exactly once', () => {
    expect(diffLines('a\nb', 'a\nb').every((l) => l.kind === 'same')).toBe(true);
    const d = diffLines('x\ny\nz', 'y\nq');
    expect(d.filter((l) => l.kind !== 'theirs').map((l) => l.text)).toEqual(['x', 'y', 'z']);
    expect(d.filter((l) => l.kind !== 'mine').map((l) => l.text)).toEqual(['y', 'q']);
  });
});
