import { describe, expect, it } from 'vitest';
import type { Slide } from '../../core/types';
import { reloadTarget } from './reload-target';

const slide = (id: string, source = id): Slide => ({ id, file: id.split('#')[0]!, indexInFile: 0, line: 1, title: '', source, html: '', notes: '', notesHtml: '', assets: [] });
const deck = (...ids: string[]) => ids.map((id) => slide(id));

describe('reloadTarget', () => {
  const before = deck('a#0', 'a#1', 'b#0', 'b#1');
  it('stays on the current slide when it was edited', () => {
    expect(reloadTarget(before, [slide('a#0'), slide('a#1', 'edited'), slide('b#0'), slide('b#1')], 1)).toBe(1);
  });
  it('moves to the edited slide when another one changed', () => {
    expect(reloadTarget(before, [slide('a#0'), slide('a#1'), slide('b#0'), slide('b#1', 'edited')], 0)).toBe(3);
  });
  it('follows the current slide by id when slides are removed before it', () => {
    expect(reloadTarget(before, deck('a#0', 'b#0', 'b#1'), 3)).toBe(2);
  });
  it('keeps the same index, clamped, when the current slide is gone', () => {
    expect(reloadTarget(before, deck('a#0', 'a#1'), 3)).toBe(1);
    expect(reloadTarget(before, [], 3)).toBe(0);
  });
});
