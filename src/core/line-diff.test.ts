import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff';

describe('diffLines', () => {
  it('marks lines only in mine and only in theirs, keeping order', () => {
    const d = diffLines('# A\nmine\nsame\nend', '# A\nsame\ntheirs\nend');
    expect(d).toEqual([
      { kind: 'same', text: '# A' },
      { kind: 'mine', text: 'mine' },
      { kind: 'same', text: 'same' },
      { kind: 'theirs', text: 'theirs' },
      { kind: 'same', text: 'end' },
    ]);
  });
  it('equal texts are all same; every line of both sides appears exactly once', () => {
    expect(diffLines('a\nb', 'a\nb').every((l) => l.kind === 'same')).toBe(true);
    const d = diffLines('x\ny\nz', 'y\nq');
    expect(d.filter((l) => l.kind !== 'theirs').map((l) => l.text)).toEqual(['x', 'y', 'z']);
    expect(d.filter((l) => l.kind !== 'mine').map((l) => l.text)).toEqual(['y', 'q']);
  });
});

describe('diffLines on a large file', () => {
  // A 4,000-line file both sides changed near the top and near the bottom: the compare view must
  // show the two changed places, not the whole file once as mine and once as theirs.
  const base = Array.from({ length: 4000 }, (_, i) => `- point ${i + 1} of the talk`);
  const edit = (changes: Record<number, string>): string => base.map((line, i) => changes[i] ?? line).join('\n');
  const mine = edit({ 5: '- my fix near the top', 3990: '- my fix near the end' });
  const theirs = edit({ 5: '- their fix near the top', 3990: '- their fix near the end' });

  it('shows only the changed lines as mine and theirs, each next to where it changed', () => {
    const d = diffLines(mine, theirs);
    expect(d.filter((l) => l.kind === 'mine').map((l) => l.text)).toEqual(['- my fix near the top', '- my fix near the end']);
    expect(d.filter((l) => l.kind === 'theirs').map((l) => l.text)).toEqual(['- their fix near the top', '- their fix near the end']);
    expect(d.filter((l) => l.kind === 'same')).toHaveLength(3998);
    const at = (text: string): number => d.findIndex((l) => l.text === text);
    expect(at('- my fix near the top')).toBeLessThan(at('- point 7 of the talk'));
    expect(at('- their fix near the end')).toBeGreaterThan(at('- point 3990 of the talk'));
  });

  it('pairs each edited line with its original when every third line changed', () => {
    const lines = base.slice(0, 1500);
    const other = lines.map((line, i) => (i % 3 ? line : `${line} (edited)`));
    const d = diffLines(lines.join('\n'), other.join('\n'));
    expect(d.filter((l) => l.kind !== 'theirs').map((l) => l.text)).toEqual(lines);
    expect(d.filter((l) => l.kind !== 'mine').map((l) => l.text)).toEqual(other);
    expect(d.filter((l) => l.kind === 'mine')).toHaveLength(500);
    // Each edited line right after its original, never a block of all mine then all theirs.
    expect(d.findIndex((l) => l.text === '- point 4 of the talk (edited)')).toBe(d.findIndex((l) => l.text === '- point 4 of the talk') + 1);
  });
});

describe('diffLines on texts with nothing in common', () => {
  it('shows the common first and last lines, then all of mine, then all of theirs', () => {
    const mine = ['# Title', ...Array.from({ length: 3000 }, (_, i) => `mine ${i}`), 'end'].join('\n');
    const theirs = ['# Title', ...Array.from({ length: 3000 }, (_, i) => `theirs ${i}`), 'end'].join('\n');
    const d = diffLines(mine, theirs);
    expect(d.map((l) => l.kind)).toEqual(['same', ...Array(3000).fill('mine'), ...Array(3000).fill('theirs'), 'same']);
  });
});
