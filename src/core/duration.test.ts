import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration';
import { orderFiles } from './natural-sort';

describe('parseDuration', () => {
  it.each([
    ['20m', 1200],
    ['1h30m', 5400],
    ['90s', 90],
    ['1:30', 90],
    ['1:00:00', 3600],
    [20, 1200],
    ['8 min', 480],
    ['1.5h', 5400],
  ] as const)('%s', (v, s) => expect(parseDuration(v)).toBe(s));
  it.each(['soon', '', '-5m', {}])('rejects %s', (v) => expect(parseDuration(v)).toBeNull());
});

describe('orderFiles', () => {
  it('sorts numbers naturally', () => expect(orderFiles(['10-b.md', '2-a.md', '1-z.md'], [])).toEqual(['1-z.md', '2-a.md', '10-b.md']));
});
