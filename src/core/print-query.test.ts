import { describe, expect, it } from 'vitest';
import { readPrintOptions } from './print-plan';
import { printQuery, readPrintQuery } from './print-query';

describe('the print page address', () => {
  it('carries the options and the batch both ways, Cyrillic and spaces included', () => {
    const options = readPrintOptions({ layout: 'handout-3', paper: 'letter', notes: true, range: '3-7,12', date: '4 декабря 2026' });
    const query = printQuery(options, 150, 300);
    expect(query).toContain('layout=handout-3');
    expect(readPrintQuery(`?${query}`)).toEqual({ options, from: 150, to: 300 });
  });

  it('falls back to defaults for missing or bad values', () => {
    expect(readPrintQuery('?from=x')).toEqual({ options: readPrintOptions({ notes: false }), from: 0, to: Infinity });
    expect(readPrintQuery('layout=slides&to=5&%E0%A4%A=1').to).toBe(5);
  });
});
