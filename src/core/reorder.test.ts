import { describe, expect, it } from 'vitest';
import { planReorder, stripNumericPrefix } from './reorder';

describe('planReorder', () => {
  it('renumbers by the new order and lists only changed names', () => {
    expect(planReorder(['01-intro.md', '03-orm.md', '02-admin.md'])).toEqual([
      ['03-orm.md', '02-orm.md'],
      ['02-admin.md', '03-admin.md'],
    ]);
  });
  it('adds prefixes to unnumbered files and widens past 99', () => {
    expect(planReorder(['intro.md', '1_end.md'])).toEqual([
      ['intro.md', '01-intro.md'],
      ['1_end.md', '02-end.md'],
    ]);
    expect(planReorder(Array.from({ length: 100 }, (_, i) => `${i + 1}-s${i}.md`))[0]).toEqual(['1-s0.md', '001-s0.md']);
  });
  it('strips only a real prefix', () => {
    expect(stripNumericPrefix('10 end.md')).toBe('end.md');
    expect(stripNumericPrefix('2024.md')).toBe('2024.md');
  });
});
