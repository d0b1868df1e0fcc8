import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { countFragmentSteps } from './fragments';
import { contentBox, PAPER_SIZE, PRINT_LAYOUTS, slotGeometry, type Rect } from './print-layout';
import { pageLabel, planOutline, planPrint, PrintOptionError, readPrintOptions, selectSlides } from './print-plan';
import { parseSlideRange } from './print-range';

const deck = (files: Record<string, string>, config: string | null = null) => buildDeck({ files: Object.entries(files).map(([name, text]) => ({ name, text })), config, folderName: 'talk' });
/** A deck of `n` slides in one file, titled S1..Sn. */
const slides = (n: number) => deck({ 'a.md': Array.from({ length: n }, (_v, i) => `# S${i + 1}`).join('\n---\n') });
const inside = (r: Rect, outer: Rect) => r.x >= outer.x - 1e-6 && r.y >= outer.y - 1e-6 && r.x + r.width <= outer.x + outer.width + 1e-6 && r.y + r.height <= outer.y + outer.height + 1e-6;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('parseSlideRange', () => {
  it('reads single numbers, ranges, open ends and merges overlaps in deck order', () => {
    expect(parseSlideRange('3-5,12', 20)).toEqual({ ok: true, slides: [2, 3, 4, 11] });
    expect(parseSlideRange(' 12 , 4-5, 5 ', 20)).toEqual({ ok: true, slides: [3, 4, 11] });
    expect(parseSlideRange('18-', 20)).toEqual({ ok: true, slides: [17, 18, 19] });
  });
  it('says what is wrong in words', () => {
    expect(parseSlideRange('', 5)).toMatchObject({ ok: false, error: 'the range is empty; write e.g. 3-7,12' });
    expect(parseSlideRange('3-x', 5)).toMatchObject({ ok: false, error: '`3-x` is not a slide number or range; write e.g. 3-7,12' });
    expect(parseSlideRange('7-3', 9)).toMatchObject({ ok: false, error: '`7-3` runs backwards; write 3-7' });
    expect(parseSlideRange('0', 9)).toMatchObject({ ok: false, error: 'slide numbers start at 1, not 0' });
    expect(parseSlideRange('4-12', 9)).toMatchObject({ ok: false, error: '`4-12` is past the end: the deck has 9 slides' });
    expect(parseSlideRange('1,,2', 9).ok).toBe(false);
  });
});

describe('countFragmentSteps', () => {
  it('counts loose fragments one step each and indexed ones by index', () => {
    expect(countFragmentSteps('<p>no</p>')).toBe(0);
    expect(countFragmentSteps('<li class="fragment">a</li><li class="fragment fade-up">b</li>')).toBe(2);
    expect(countFragmentSteps('<p class="fragment" data-fragment-index="1">a</p><p data-fragment-index="1" class="fragment">b</p><p class="fragment">c</p>')).toBe(2);
    expect(countFragmentSteps('<p class="fragmented">x</p>')).toBe(0);
  });
});

describe('hidden slides and print steps from the deck', () => {
  it('hides a whole file by front matter and one slide by the reveal.js directive', () => {
    const d = deck({
      '1.md': '# One\n---\n<!-- .slide: data-visibility="hidden" -->\n# Two\n---\n# Three',
      '2.md': '---\nhidden: true\n---\n# Backup',
      '3.md': '---\nhidden: maybe\n---\n# Four',
    });
    expect(d.slides.map((s) => !!s.hidden)).toEqual([false, true, false, true, false]);
    expect(selectSlides(d)).toEqual([0, 2, 4]);
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'front-matter-flag', file: '3.md', line: 2 }));
    expect(d.diagnostics.filter((x) => x.code === 'front-matter-unknown-key')).toEqual([]);
  });
  it('prints a print-steps slide once per step (start plus one per step), others in their final state', () => {
    const d = deck({ '1.md': '---\nprint-steps: true\n---\n# Build\n\n<p class="fragment">a</p>\n<p class="fragment">b</p>\n---\n# Plain', '2.md': '# Other\n\n<p class="fragment">x</p>' });
    const plan = planPrint(d, readPrintOptions({ layout: 'handout-4' }));
    expect(plan.pages.flatMap((p) => p.items.map((it) => [it.slide, it.step]))).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, null],
      [2, null],
    ]);
    expect(plan.pages.length).toBe(2);
  });
});

describe('planPrint', () => {
  const d = slides(13);
  it('puts 1, 1, 2, 3, 4, 6 slides on a page and numbers the pages', () => {
    const counts = PRINT_LAYOUTS.map((layout) => planPrint(d, readPrintOptions({ layout })).pages.length);
    expect(counts).toEqual([13, 13, 7, 5, 4, 3]);
    const six = planPrint(d, readPrintOptions({ layout: 'handout-6' }));
    expect(six.pages.map((p) => p.items.length)).toEqual([6, 6, 1]);
    expect(six.pages.map((p) => p.number)).toEqual([1, 2, 3]);
  });
  it('uses the slide size for slides and portrait A4 or Letter for the rest', () => {
    expect(planPrint(d, readPrintOptions({})).width).toBe(1280);
    const a4 = planPrint(d, readPrintOptions({ layout: 'notes' }));
    expect([Math.round(a4.width), Math.round(a4.height)]).toEqual([794, 1123]);
    const letter = planPrint(d, readPrintOptions({ layout: 'handout-2', paper: 'letter' }));
    expect([letter.width, letter.height]).toEqual([816, 1056]);
  });
  it('keeps every slot 16:9, inside the page body, and apart from the others', () => {
    for (const layout of PRINT_LAYOUTS.filter((l) => l !== 'slides')) {
      for (const paper of ['a4', 'letter'] as const) {
        const slots = slotGeometry(layout, paper);
        const body = contentBox(paper);
        expect(body.y + body.height).toBeLessThan(PAPER_SIZE[paper].height);
        const boxes = slots.flatMap((s) => [s.frame, ...(s.aside ? [s.aside] : [])]);
        for (const s of slots) {
          expect(s.frame.height / s.frame.width).toBeCloseTo(9 / 16, 6);
          expect(s.aside).not.toBeNull();
        }
        for (const b of boxes) expect(inside(b, body), `${layout} ${paper}`).toBe(true);
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${layout} ${paper}`).toBe(false)));
      }
    }
  });
  it('gives every handout ruled lines beside or below each slide, notes only when asked, and notes pages always notes', () => {
    const kinds = (layout: string, notes = false) => [...new Set(planPrint(d, readPrintOptions({ layout, notes })).pages.flatMap((p) => p.items.map((i) => i.asideKind)))];
    expect(kinds('handout-3')).toEqual(['rules']);
    expect(kinds('handout-3', true)).toEqual(['notes']);
    expect(kinds('handout-6')).toEqual(['rules']);
    expect(kinds('handout-6', true)).toEqual(['notes']);
    expect(kinds('notes')).toEqual(['notes']);
    expect(kinds('slides')).toEqual([null]);
    const two = slotGeometry('handout-2', 'a4')[0]!;
    expect(two.frame.x - two.aside!.x).toBeCloseTo(two.aside!.x + two.aside!.width - (two.frame.x + two.frame.width), 6);
    const three = slotGeometry('handout-3', 'a4');
    expect(three[0]!.aside!.x).toBeGreaterThan(three[0]!.frame.x + three[0]!.frame.width);
  });
  it('prints a range and says why a range or option cannot work', () => {
    const plan = planPrint(d, readPrintOptions({ layout: 'handout-2', range: '3-5,12' }));
    expect(plan.pages.flatMap((p) => p.items.map((i) => i.slide))).toEqual([2, 3, 4, 11]);
    expect(() => planPrint(d, readPrintOptions({ range: '9-20' }))).toThrow('--range 9-20: `9-20` is past the end: the deck has 13 slides');
    expect(() => readPrintOptions({ layout: 'handout-5' })).toThrow(PrintOptionError);
    expect(() => readPrintOptions({ layout: 'handout-2', paper: 'a3' })).toThrow('unknown paper `a3`; use a4 or letter');
    expect(() => readPrintOptions({ layout: 'slides', notes: true })).toThrow(/--layout notes/);
    expect(() => readPrintOptions({ paper: 'letter' })).toThrow(/--paper applies/);
    const hidden = deck({ 'a.md': '---\nhidden: true\n---\n# X' });
    expect(() => planPrint(hidden, readPrintOptions({}))).toThrow('every slide in that range is hidden; nothing to print');
  });
  it('puts title and date in the header of paper layouts: deck.yaml date first, else the given date', () => {
    const withDate = deck({ 'a.md': '# A' }, 'title: Talk\ndate: 2026-12-01');
    expect(planPrint(withDate, readPrintOptions({ layout: 'notes', date: '2026-11-28' })).header).toEqual({ title: 'Talk', date: 'December 1, 2026' });
    expect(planPrint(slides(1), readPrintOptions({ layout: 'notes', date: '2026-11-28' })).header).toEqual({ title: 'S1', date: 'November 28, 2026' });
    expect(planPrint(slides(1), readPrintOptions({})).header).toBeNull();
    expect(pageLabel(2, 9, 'ru')).toBe('Страница 2 из 9');
    expect(pageLabel(2, 9, 'en')).toBe('Page 2 of 9');
  });
});

describe('planOutline', () => {
  const d = deck({ '1.md': '---\ntitle: Intro\n---\n# Intro\n---\n# Why', '2.md': '# ORM\n---\n# Models\n---\nno title\n---\n# Queries' });
  it('has one entry per section and titled slide, pointing at the page that shows it', () => {
    expect(planOutline(d, planPrint(d, readPrintOptions({})))).toEqual([
      { title: 'Intro', page: 0, children: [{ title: 'Why', page: 1, children: [] }] },
      {
        title: 'ORM',
        page: 2,
        children: [
          { title: 'Models', page: 3, children: [] },
          { title: 'Queries', page: 5, children: [] },
        ],
      },
    ]);
    expect(planOutline(d, planPrint(d, readPrintOptions({ layout: 'handout-4' })))).toEqual([
      { title: 'Intro', page: 0, children: [{ title: 'Why', page: 0, children: [] }] },
      {
        title: 'ORM',
        page: 0,
        children: [
          { title: 'Models', page: 0, children: [] },
          { title: 'Queries', page: 1, children: [] },
        ],
      },
    ]);
  });
  it('leaves out sections with nothing printed and keeps the first printed slide of a section', () => {
    expect(planOutline(d, planPrint(d, readPrintOptions({ range: '4-6' })))).toEqual([
      {
        title: 'ORM',
        page: 0,
        children: [
          { title: 'Models', page: 0, children: [] },
          { title: 'Queries', page: 2, children: [] },
        ],
      },
    ]);
  });
});
