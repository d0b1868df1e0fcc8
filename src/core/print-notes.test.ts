import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { contentBox, freeAreas, slotGeometry } from './print-layout';
import { estimateNotesHeight, notesSizes, notesTextBox } from './print-notes';
import { pageSections, planPrint, PrintOptionError, readPrintOptions } from './print-plan';
import { readPrintQuery, printQuery } from './print-query';
import { continuedLabel, footerSections, headerDate, slideLabel } from './print-words';

const deck = (files: Record<string, string>, config: string | null = null) => buildDeck({ files: Object.entries(files).map(([name, text]) => ({ name, text })), config, folderName: 'talk' });
const long = Array.from({ length: 40 }, (_v, i) => `Paragraph ${i + 1}: a long explanation for the trainer, one of many.`).join('\n\n');

describe('notes sizes', () => {
  it('are never larger than the slide body text at the frame scale, and stop at a readable minimum', () => {
    const six = notesSizes('handout-6', slotGeometry('handout-6', 'a4')[0]!.frame.width);
    // A 6-up thumbnail is about 0.27 of a slide: 34 px body text prints at about 9 px.
    expect(six).toEqual([9, 8]);
    const page = notesSizes('notes', slotGeometry('notes', 'a4')[0]!.frame.width);
    expect(page[0]).toBe(15);
    expect(page[page.length - 1]).toBe(10);
    expect(notesSizes('handout-6', 10)).toEqual([8]);
  });
  it('estimates wrapped paragraphs and code lines', () => {
    const one = estimateNotesHeight('<p>short</p>', 300, 10);
    expect(one).toBeCloseTo(10 * 1.35 + 5);
    expect(estimateNotesHeight(`<p>${'word '.repeat(200)}</p>`, 300, 10)).toBeGreaterThan(10 * one);
    expect(estimateNotesHeight('<pre><code>a\nb\nc</code></pre>', 300, 10)).toBeCloseTo(3 * 13.5 + 5);
    expect(estimateNotesHeight('', 300, 10)).toBe(0);
  });
});

describe('notes that do not fit go on over an extra page', () => {
  const d = deck({ 'a.md': `# One\n\nNote: short.\n\n---\n\n# Two\n\nNote:\n${long}\n\n---\n\n# Three` });
  it('by default: the page after the handout page holds the rest, under the slide it belongs to', () => {
    const plan = planPrint(d, readPrintOptions({ layout: 'handout-6', notes: true }));
    expect(plan.pages.map((p) => p.items.map((it) => [it.slide, !!it.continued]))).toEqual([
      [
        [0, false],
        [1, true],
        [2, false],
      ],
      [],
    ]);
    expect(plan.pages[1]!.continuation).toEqual({ box: contentBox('a4'), notes: [{ slide: 1, aside: slotGeometry('handout-6', 'a4')[1]!.aside }] });
    expect(plan.pages.map((p) => p.number)).toEqual([1, 2]);
  });
  it('with notesOverflow cut, or when notes fit, no extra page', () => {
    expect(planPrint(d, readPrintOptions({ layout: 'handout-6', notes: true, notesOverflow: 'cut' })).pages).toHaveLength(1);
    // 40 paragraphs fill more than a notes page at 10 px: the guide goes on over one more page.
    expect(planPrint(d, readPrintOptions({ layout: 'notes' })).pages.map((p) => p.continuation?.notes[0]!.slide ?? p.items[0]!.slide)).toEqual([0, 1, 1, 2]);
    const shorter = deck({ 'a.md': `# One\n\nNote:\n${long.split('\n\n').slice(0, 12).join('\n\n')}` });
    expect(planPrint(shorter, readPrintOptions({ layout: 'notes' })).pages).toHaveLength(1);
    expect(planPrint(shorter, readPrintOptions({ layout: 'handout-2', notes: true })).pages).toHaveLength(2);
    expect(planPrint(d, readPrintOptions({ layout: 'handout-6' })).pages).toHaveLength(1);
    expect(() => readPrintOptions({ layout: 'notes', notesOverflow: 'shrink' })).toThrow(new PrintOptionError('unknown --notes-overflow `shrink`; use continue or cut'));
  });
  it('the option travels through the print address', () => {
    const options = readPrintOptions({ layout: 'handout-2', notes: true, notesOverflow: 'cut' });
    expect(readPrintQuery(printQuery(options, 0, 5)).options.notesOverflow).toBe('cut');
  });
  it('the notes box of a notes page keeps room for its label', () => {
    const aside = slotGeometry('notes', 'a4')[0]!.aside!;
    expect(notesTextBox('notes', aside)).toMatchObject({ y: 34, x: 14, width: aside.width - 28 });
  });
});

describe('handout pages', () => {
  it('handouts without notes rule the box beside or below every slide', () => {
    const d = deck({ 'a.md': '# A\n---\n# B' });
    for (const layout of ['handout-2', 'handout-3', 'handout-4', 'handout-6'] as const)
      expect(planPrint(d, readPrintOptions({ layout })).pages[0]!.items.map((it) => it.asideKind)).toEqual(['rules', 'rules']);
  });
  it('the empty slots of a last page become one ruled area per partial row and one below', () => {
    const six = slotGeometry('handout-6', 'a4');
    const areas = freeAreas('handout-6', 'a4', 3);
    expect(areas).toHaveLength(2);
    expect(areas[0]).toMatchObject({ x: six[3]!.frame.x, y: six[3]!.frame.y });
    expect(areas[1]).toMatchObject({ x: contentBox('a4').x, y: six[4]!.frame.y, width: contentBox('a4').width });
    expect(freeAreas('handout-6', 'a4', 6)).toEqual([]);
    expect(freeAreas('notes', 'a4', 1)).toEqual([]);
    expect(freeAreas('handout-2', 'a4', 1)).toHaveLength(1);
  });
  it('the footer names every section on the page, each once, in order', () => {
    const d = deck({ '1.md': '---\ntitle: Философия и подход\n---\n# A\n---\n# B', '2.md': '---\ntitle: ORM и базы данных\n---\n# C', '3.md': '# Расширяемость' });
    const plan = planPrint(d, readPrintOptions({ layout: 'handout-6' }));
    expect(footerSections(pageSections(d, plan.pages[0]!))).toBe('Философия и подход · ORM и базы данных · Расширяемость');
  });
  it('headers show the date in the deck language; other text as written', () => {
    expect(headerDate('2026-12-04', 'ru')).toBe('4 декабря 2026 г.');
    expect(headerDate('2026-12-04', 'en-GB')).toBe('December 4, 2026');
    expect(headerDate('весна 2026', 'ru')).toBe('весна 2026');
    expect(headerDate('2026-02-31', 'ru')).toBe('2026-02-31');
    const d = deck({ 'a.md': '# A' }, 'title: T\ndate: 2026-12-01\nlang: ru\n');
    expect(planPrint(d, readPrintOptions({ layout: 'handout-2' })).header).toEqual({ title: 'T', date: '1 декабря 2026 г.' });
    expect(slideLabel(2, 'ru')).toBe('Слайд 2');
    expect(continuedLabel(2, 'en')).toBe('Slide 2 (continued)');
  });
});
