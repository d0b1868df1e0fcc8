import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { checkExportChoices, DEFAULT_EXPORT_CHOICES, notesOptionApplies, paperApplies, printOptionsOf, readExportChoices, type ExportChoices } from './export-choices';
import { parseSlideRange } from './print-range';

const deck = buildDeck({
  files: [{ name: '1.md', text: Array.from({ length: 9 }, (_v, i) => `# Слайд ${i + 1}\n\nNote: Заметка ${i + 1}`).join('\n---\n') }],
  config: 'title: Доклад',
  folderName: 'x',
});
const choose = (c: Partial<ExportChoices>): ExportChoices => ({ ...DEFAULT_EXPORT_CHOICES, ...c });

describe('Export dialog choices', () => {
  it('greys out paper for slides and the notes option outside handouts', () => {
    expect(['slides', 'notes', 'handout-2', 'handout-3', 'handout-4', 'handout-6'].map((l) => [paperApplies(l as never), notesOptionApplies(l as never)])).toEqual([
      [false, false],
      [true, false],
      [true, true],
      [true, true],
      [true, true],
      [true, true],
    ]);
  });

  it('turns choices into the options the CLI would read, dropping what does not apply', () => {
    expect(printOptionsOf(choose({ layout: 'slides', paper: 'letter', notes: true }))).toEqual({ layout: 'slides', paper: 'a4', notes: false });
    expect(printOptionsOf(choose({ layout: 'notes', paper: 'letter', notes: true }))).toEqual({ layout: 'notes', paper: 'letter', notes: false });
    expect(printOptionsOf(choose({ layout: 'handout-3', notes: true, range: ' 3-7,12 ' }), '2026-12-01')).toEqual({
      layout: 'handout-3',
      paper: 'a4',
      notes: true,
      range: '3-7,12',
      date: '2026-12-01',
    });
  });

  it('plans the pages to preview, or gives the CLI’s own message for a bad range', () => {
    const four = checkExportChoices(deck, choose({ layout: 'handout-4' }));
    expect(four.ok && four.plan.pages.map((p) => p.items.length)).toEqual([4, 4, 1]);
    const ranged = checkExportChoices(deck, choose({ layout: 'handout-2', range: '5-' }));
    expect(ranged.ok && ranged.plan.pages.flatMap((p) => p.items.map((i) => i.slide))).toEqual([4, 5, 6, 7, 8]);
    const wrong = parseSlideRange('3-x', 9);
    expect(checkExportChoices(deck, choose({ range: '3-x' }))).toEqual({ ok: false, error: `--range 3-x: ${!wrong.ok && wrong.error}`, problem: { code: 'range-syntax', part: '3-x' } });
    expect(checkExportChoices(deck, choose({ range: '8-12' }))).toEqual({
      ok: false,
      error: '--range 8-12: `8-12` is past the end: the deck has 9 slides',
      problem: { code: 'range-past-end', part: '8-12', slides: 9 },
    });
    // An HTML file holds every slide: the range does not apply.
    expect(checkExportChoices(deck, choose({ format: 'html', range: '8-12', layout: 'notes' }))).toMatchObject({ ok: true, plan: { layout: 'slides', pages: { length: 9 } } });
    expect(checkExportChoices(deck, choose({ range: '   ' })).ok).toBe(true);
  });

  it('carries the choice for notes too long for their box (continue by default, or cut) to the print options', () => {
    const notes = { format: 'pdf', layout: 'notes', paper: 'a4', notes: false, range: '', keepImages: false } as const;
    expect(readExportChoices({ ...notes, notesOverflow: 'cut' })).toEqual({ ok: true, value: { ...notes, notesOverflow: 'cut' } });
    expect(printOptionsOf({ ...notes, layout: 'handout-6', notes: true, notesOverflow: 'cut' }).notesOverflow).toBe('cut');
    expect(printOptionsOf({ ...notes, layout: 'handout-6', notes: true }).notesOverflow).toBeUndefined();
  });

  it('refuses anything but exactly the expected shape from a page', () => {
    const good = { format: 'html', layout: 'handout-6', paper: 'letter', notes: true, range: '1-3', keepImages: true };
    expect(readExportChoices({ ...good, extra: 1 })).toEqual({ ok: true, value: good });
    expect(readExportChoices({ ...good, format: 'docx' })).toEqual({ ok: false, error: 'malformed export request' });
    expect(readExportChoices({ ...good, keepImages: 'yes' })).toEqual({ ok: false, error: 'malformed export request' });
    for (const bad of [
      null,
      'slides',
      [],
      { ...good, layout: 'handout-5' },
      { ...good, paper: 'a3' },
      { ...good, notes: 'yes' },
      { ...good, range: undefined },
      { ...good, range: 'x'.repeat(2000) },
      { layout: 'slides', paper: 'a4', notes: false, range: '' },
      { ...good, layout: 'notes', notesOverflow: 'shrink' },
    ]) {
      expect(readExportChoices(bad)).toEqual({ ok: false, error: 'malformed export request' });
    }
    // Extra fields (a path smuggled in) are dropped, never passed on.
    expect(readExportChoices({ format: 'pdf', layout: 'slides', paper: 'a4', notes: false, range: '', keepImages: false, output: '/etc/passwd' })).toEqual({
      ok: true,
      value: { format: 'pdf', layout: 'slides', paper: 'a4', notes: false, range: '', keepImages: false },
    });
  });
});
