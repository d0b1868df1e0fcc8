import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { reloadTarget } from './follow-slide';

/** A deck from files given as lists of slide texts. */
const deck = (files: Record<string, string[]>) =>
  buildDeck({ files: Object.entries(files).map(([name, slides]) => ({ name, text: slides.map((t) => `# ${t}`).join('\n---\n') })), config: null, folderName: 'x' }).slides;
const titleAt = (slides: ReturnType<typeof deck>, i: number) => slides[i]!.title;

describe('reloadTarget', () => {
  const before = deck({ 'a.md': ['A1', 'A2', 'A3'], 'b.md': ['B1', 'B2'] });
  it('stays on the current slide when it is edited', () => {
    const after = deck({ 'a.md': ['A1', 'A2 edited', 'A3'], 'b.md': ['B1', 'B2'] });
    expect(reloadTarget(before, after, 1).sameSlide).toBe(true);
    expect(titleAt(after, reloadTarget(before, after, 1).index)).toBe('A2 edited');
  });
  it('follows the current slide when a slide is inserted or removed above it in the same file', () => {
    const inserted = deck({ 'a.md': ['A0', 'A1', 'A2', 'A3'], 'b.md': ['B1', 'B2'] });
    expect(titleAt(inserted, reloadTarget(before, inserted, 2).index)).toBe('A3');
    const removed = deck({ 'a.md': ['A2', 'A3'], 'b.md': ['B1', 'B2'] });
    expect(titleAt(removed, reloadTarget(before, removed, 2).index)).toBe('A3');
  });
  it('follows the current slide when other files grow or shrink before it', () => {
    const after = deck({ 'a.md': ['A1'], 'b.md': ['B1', 'B2'] });
    expect(titleAt(after, reloadTarget(before, after, 4).index)).toBe('B2');
  });
  it('does not move when another file is edited', () => {
    const after = deck({ 'a.md': ['A1', 'A2', 'A3'], 'b.md': ['B1', 'B2 edited'] });
    expect(reloadTarget(before, after, 0)).toEqual({ index: 0, sameSlide: true });
  });
  it('stays at the same place in the file when the current slide is deleted', () => {
    const after = deck({ 'a.md': ['A1', 'A3'], 'b.md': ['B1', 'B2'] });
    expect(titleAt(after, reloadTarget(before, after, 1).index)).toBe('A3');
    const lastGone = deck({ 'a.md': ['A1', 'A2'], 'b.md': ['B1', 'B2'] });
    expect(titleAt(lastGone, reloadTarget(before, lastGone, 2).index)).toBe('A2');
  });
  it('follows the slide when an earlier file is removed', () => {
    const after = deck({ 'b.md': ['B1', 'B2'] });
    expect(reloadTarget(before, after, 4)).toEqual({ index: 1, sameSlide: true });
  });
  it("keeps the same index, clamped, when the current slide's whole file is gone", () => {
    const after = deck({ 'b.md': ['B1', 'B2'] });
    expect(reloadTarget(before, after, 2)).toEqual({ index: 1, sameSlide: false });
    expect(reloadTarget(before, [], 3).index).toBe(0);
  });
});
