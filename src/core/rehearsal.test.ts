import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { initialPresentation, reducePresentation } from './presentation';
import { makeRehearsalRecord, sectionTimesOfRecord } from './rehearsal';

describe('rehearsal records', () => {
  it('records time per slide and section, and reads it back', () => {
    const deck = buildDeck({
      files: [
        { name: '1-a.md', text: '---\nduration: 2m\n---\n# A\n\n---\n\n# B' },
        { name: '2-c.md', text: '# C' },
      ],
      config: null,
      folderName: 'd',
    });
    const ids = deck.slides.map((s) => s.id);
    const pd = { ids, steps: ids.map(() => 0) };
    let s = reducePresentation(initialPresentation(), { type: 'rehearsal', on: true }, pd, 0);
    s = reducePresentation(s, { type: 'next' }, pd, 30_000);
    s = reducePresentation(s, { type: 'next' }, pd, 100_000);
    const record = makeRehearsalRecord(deck, s, 110_000);
    expect(record.total).toBe(110_000);
    expect(record.sections).toEqual([
      { file: '1-a.md', title: 'A', planned: 120_000, actual: 100_000 },
      { file: '2-c.md', title: 'C', planned: 0, actual: 10_000 },
    ]);
    expect(record.slides.map((x) => x.actual)).toEqual([30_000, 70_000, 10_000]);
    expect(sectionTimesOfRecord(JSON.parse(JSON.stringify(record)))).toEqual({ '1-a.md': 100_000, '2-c.md': 10_000 });
    expect(sectionTimesOfRecord({ sections: [{ file: 'x', actual: -1 }] })).toEqual({});
    expect(sectionTimesOfRecord('garbage')).toBeNull();
  });
});
