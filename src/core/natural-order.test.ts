import { describe, expect, it } from 'vitest';
import { orderFiles } from './natural-sort';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const fullSort = (names: string[]): string[] => [...names].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));

describe('orderFiles after earlier orders', () => {
  it('gives the natural order whatever orders were asked for before (names added, removed, a subset)', () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const name = (): string => `${['', 'a-', 'B-', 'b-', 'Ё'][random(5)]}${random(300)}${['', '.1', '-x'][random(3)]}.md`;
    let names = [...new Set(Array.from({ length: 2000 }, name))];
    for (let round = 0; round < 12; round++) {
      expect(orderFiles(names, [])).toEqual(fullSort(names));
      expect(orderFiles(names.slice(0, 50), [])).toEqual(fullSort(names.slice(0, 50)));
      // Some names go, some come (an edit, a rename, a checkout of another branch).
      names = [...new Set([...names.filter(() => random(10) > 0), ...Array.from({ length: random(3) ? 5 : 900 }, name)])];
    }
    expect(orderFiles(['b.md', '10-a.md', '2-a.md'], ['b.md'])).toEqual(['b.md', '2-a.md', '10-a.md']);
  });
});
