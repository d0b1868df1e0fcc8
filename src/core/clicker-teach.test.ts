import { describe, expect, it } from 'vitest';
import { conflictOf, displayKey, keysForCommand, teachKey } from './clicker-teach';

describe('clicker teaching', () => {
  it('lists the keys that do a command now, taught ones first', () => {
    expect(keysForCommand('black', {})).toEqual(['b', '.']);
    expect(keysForCommand('black', { F9: 'black', b: 'next' })).toEqual(['F9', '.']);
  });

  it('reports a key that already means something else, not one that means the same', () => {
    expect(conflictOf('b', 'next', {})).toBe('black');
    expect(conflictOf('PageDown', 'next', {})).toBeNull();
    expect(conflictOf('F9', 'next', {})).toBeNull();
  });

  it('teaches one key one thing and spells keys for people', () => {
    expect(teachKey({ F9: 'prev' }, 'F9', 'next')).toEqual({ F9: 'next' });
    expect(['ArrowRight', ' ', 'b', 'PageDown'].map(displayKey)).toEqual(['→', 'Space', 'B', 'PageDown']);
  });
});
