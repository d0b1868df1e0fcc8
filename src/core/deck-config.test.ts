import { describe, expect, it } from 'vitest';
import { parseDeckConfig } from './deck-config';
import type { Diagnostic } from './types';

describe('parseDeckConfig: progress', () => {
  it('reads progress: true and reports a value that is not true or false at its line', () => {
    const diagnostics: Diagnostic[] = [];
    expect(parseDeckConfig('title: T\nprogress: true\n', diagnostics).config.progress).toBe(true);
    expect(parseDeckConfig('title: T\n', diagnostics).config.progress).toBe(false);
    expect(diagnostics).toEqual([]);
    expect(parseDeckConfig('title: T\nprogress: yes please\n', diagnostics).config.progress).toBe(false);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'deck.yaml', line: 2, code: 'config-type' })]);
  });
});
