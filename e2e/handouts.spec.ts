import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { slotGeometry, type Paper, type PrintLayout } from '../src/core/print-layout';
import { planOutline, planPrint, readPrintOptions } from '../src/core/print-plan';
import { exportPdf } from '../src/node/export-pdf';
import { PrintReuse } from '../src/node/print-reuse';
import { loadDeck } from '../src/node/read-deck';
import { pdfFonts, pdfText, readPdf } from '../test/support/pdf-inspect';
import { countHorizontalLines } from '../test/support/pdf-raster';
import { RENDERER_DIR, ROOT } from './support/decks';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'bin/lectern.mjs');

/**
 * A deck with everything handouts must handle: notes with formatting and a link, a slide hidden
 * by directive, a file hidden by front matter, a file that prints its fragment steps, Russian text.
 * Slide numbers: 1 Привет, 2 Ссылки, 3 (hidden), 4 Шаги (3 steps), 5 (hidden), 6-9 Тема 1-4.
 */
async function makeDeck(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-handouts-'));
  const files: Record<string, string> = {
    'deck.yaml': 'title: Раздаточный материал\nauthor: Тренер Иванов\ndate: 2026-12-01\nlang: ru\n',
    '1-intro.md':
      '---\ntitle: Введение\n---\n# Привет, участники\n\nНачнём.\n\nNote:\nЗаметка-один с **жирным** словом и [ссылкой](https://example.org/notes).\n\n---\n\n## Ссылки\n\nДокументация: [Flask](https://flask.palletsprojects.com/)\n\nNote: Заметка-два.\n\n---\n\n<!-- .slide: data-visibility="hidden" -->\n## Скрытый слайд\n',
    '2-steps.md': '---\nprint-steps: true\n---\n# Шаги\n\n<p class="fragment">Шаг один</p>\n<p class="fragment">Шаг два</p>\n\nNote: Заметка-шаги.\n',
    '3-backup.md': '---\nhidden: true\n---\n# Запасной слайд\n',
    '4-more.md': [1, 2, 3, 4].map((n) => `# Тема ${n}\n\nТекст темы ${n}.\n\nNote: Заметка-тема-${n}.`).join('\n\n---\n\n'),
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

let deckDir: string;
test.beforeAll(async () => {
  deckDir = await makeDeck();
});

async function exportLayout(layout: PrintLayout, extra: { paper?: Paper; notes?: boolean; range?: string } = {}) {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-handout-pdf-')), `${layout}.pdf`);
  const print = readPrintOptions({ layout, ...(layout === 'slides' ? {} : { paper: extra.paper ?? 'a4' }), notes: extra.notes, range: extra.range });
  const result = await exportPdf({ deckDir, output: out, rendererDir: RENDERER_DIR, print });
  expect(result.blockedRequests).toEqual([]);
  return { out, pdf: await readPdf(out), text: pdfText(out), print };
}

const A4 = { width: 595.28, height: 841.89 };
const PAGES: Record<PrintLayout, number> = { slides: 9, notes: 9, 'handout-2': 5, 'handout-3': 3, 'handout-4': 3, 'handout-6': 2 };

test.describe('PDF handouts: every layout parsed back', () => {
  // Each export starts a browser; two in a test on a busy 2-core machine can take a minute.
  test.setTimeout(180_000);
  for (const layout of Object.keys(PAGES) as PrintLayout[]) {
    test(`${layout}: pages, size, text, outline, links, metadata, fonts`, async () => {
      const { out, pdf, text, print } = await exportLayout(layout);
      expect(pdf.pageCount).toBe(PAGES[layout]);
      for (const size of pdf.sizes) {
        if (layout === 'slides') expect(size).toEqual({ width: 960, height: 540 });
        else {
          expect(size.width).toBeCloseTo(A4.width, 0);
          expect(size.height).toBeCloseTo(A4.height, 0);
        }
      }
      // Russian text is extractable; hidden slides and files are left out.
      for (const words of ['Привет, участники', 'Шаг два', 'Тема 4']) expect(text).toContain(words);
      expect(text).not.toContain('Скрытый слайд');
      expect(text).not.toContain('Запасной');
      // Notes only in the trainer's guide.
      if (layout === 'notes') {
        for (const words of ['Заметка-один', 'жирным', 'Заметка-тема-4']) expect(text).toContain(words);
      } else expect(text).not.toContain('Заметка');
      // Outline: one entry per section and titled slide, at the page that shows it.
      const deck = await loadDeck(deckDir);
      const expected = planOutline(deck, planPrint(deck, print)).flatMap((s) => [{ title: s.title, page: s.page, depth: 0 }, ...s.children.map((c) => ({ title: c.title, page: c.page, depth: 1 }))]);
      expect(pdf.outline).toEqual(expected);
      expect(pdf.outline.map((o) => o.title)).toEqual(['Введение', 'Привет, участники', 'Ссылки', 'Шаги', 'Тема 1', 'Тема 2', 'Тема 3', 'Тема 4']);
      expect(pdf.links.flat()).toContain('https://flask.palletsprojects.com/');
      if (layout === 'notes') expect(pdf.links.flat()).toContain('https://example.org/notes');
      expect(pdf).toMatchObject({ title: 'Раздаточный материал', author: 'Тренер Иванов', creator: 'Lectern', subject: 'Введение · Шаги · Тема 1' });
      expect(pdf.keywords).toContain('Lectern');
      const fonts = pdfFonts(out);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((f) => f.embedded)).toBe(true);
      expect(fonts.map((f) => f.name).filter((n) => !/PTSans|JetBrainsMono/.test(n))).toEqual([]);
      if (layout !== 'slides') {
        // Header and footer: deck title, date, page n of m (in the deck's language).
        const first = pdfText(out, 1);
        expect(first).toContain('Раздаточный материал');
        // The header line: title and the date in the deck's language (the title slide shows its own ISO date).
        expect(first.split('\n')[0]).toMatch(/Раздаточный материал\s+1 декабря 2026 г\./);
        expect(first).toContain(`Страница 1 из ${PAGES[layout]}`);
      }
    });
  }

  test('a print-steps slide is printed once per step; others show fragments in their final state', async () => {
    const { out } = await exportLayout('slides');
    const steps = [3, 4, 5].map((p) => pdfText(out, p));
    expect(steps.every((t) => t.includes('Шаги'))).toBe(true);
    expect([steps[0]!.includes('Шаг один'), steps[1]!.includes('Шаг один'), steps[2]!.includes('Шаг один')]).toEqual([false, true, true]);
    expect([steps[0]!.includes('Шаг два'), steps[1]!.includes('Шаг два'), steps[2]!.includes('Шаг два')]).toEqual([false, false, true]);
  });

  test('handout-3 rules lines beside each slide for participants; with --notes the notes come first, ruled below', async () => {
    const plain = await exportLayout('handout-3');
    const slots = slotGeometry('handout-3', 'a4');
    const aside = slots[0]!.aside!;
    expect(countHorizontalLines(plain.out, 1, aside)).toBeGreaterThanOrEqual(7);
    // The slide side has no such lines.
    expect(countHorizontalLines(plain.out, 1, { ...slots[0]!.frame, y: slots[0]!.frame.y + 4, height: slots[0]!.frame.height - 8 })).toBe(0);
    const withNotes = await exportLayout('handout-3', { notes: true });
    // The notes' two lines are not ruled over; the space under them is.
    expect(countHorizontalLines(withNotes.out, 1, { ...aside, height: 26 })).toBe(0);
    expect(countHorizontalLines(withNotes.out, 1, aside)).toBeGreaterThanOrEqual(5);
    expect(withNotes.text).toContain('Заметка-один');
    expect(withNotes.text).toContain('Заметка-тема-4');
  });

  test('participant copies get notes only with --notes; Letter paper; a range of slides', async () => {
    const six = await exportLayout('handout-6', { notes: true, paper: 'letter', range: '2-7' });
    // Slides 2, 4 (3 steps), 6, 7: six items on one page; 3 and 5 are hidden.
    expect(six.pdf.pageCount).toBe(1);
    expect(six.pdf.sizes[0]).toEqual({ width: 612, height: 792 });
    expect(six.text).toContain('Заметка-два');
    expect(six.text).toContain('Заметка-тема-2');
    expect(six.text).not.toContain('Заметка-тема-3');
    expect(six.text).not.toContain('Привет');
    expect(six.pdf.outline.map((o) => o.title)).toEqual(['Введение', 'Ссылки', 'Шаги', 'Тема 1', 'Тема 2']);
  });

  test('notes too long for their box go on over an extra page, or with --notes-overflow cut are cut and named', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-long-notes-'));
    const long = Array.from({ length: 30 }, (_v, i) => `Длинная заметка, абзац ${i + 1}: подробный рассказ для ведущего.`).join('\n\n');
    await writeFile(path.join(dir, 'a.md'), `# Короткие\n\nNote: Коротко.\n\n---\n\n# Длинные\n\nNote:\n${long}\n`);
    const handout = await exportPdf({
      deckDir: dir,
      output: path.join(dir, 'six.pdf'),
      rendererDir: RENDERER_DIR,
      print: readPrintOptions({ layout: 'handout-6', paper: 'a4', notes: true, notesOverflow: 'cut' }),
    });
    expect(handout.cutNotes).toEqual([2]);
    expect(handout.pages).toBe(1);
    expect(pdfText(handout.output)).toContain('абзац 1:');
    expect(pdfText(handout.output)).not.toContain('абзац 30:');
    const continued = await exportPdf({ deckDir: dir, output: path.join(dir, 'six-more.pdf'), rendererDir: RENDERER_DIR, print: readPrintOptions({ layout: 'handout-6', paper: 'a4', notes: true }) });
    expect(continued.cutNotes).toEqual([]);
    expect(continued.pages).toBe(2);
    expect(pdfText(continued.output, 1)).toContain('абзац 1:');
    // The deck has no `lang`: English marks.
    expect(pdfText(continued.output, 1)).toContain('continued on p. 2');
    expect(pdfText(continued.output, 2)).toContain('Slide 2 (continued)');
    expect(pdfText(continued.output, 2)).toContain('абзац 30:');
    // Every paragraph once: what page 1 shows is not repeated on page 2.
    for (let i = 1; i <= 30; i++) expect(pdfText(continued.output).split(`абзац ${i}:`).length - 1).toBe(1);
    const guide = await exportPdf({ deckDir: dir, output: path.join(dir, 'guide.pdf'), rendererDir: RENDERER_DIR, print: readPrintOptions({ layout: 'notes', paper: 'a4' }) });
    expect(guide.cutNotes).toEqual([]);
    // A notes page keeps notes readable (10 px at least): 30 paragraphs go on over a third page.
    expect(guide.pages).toBe(3);
    expect(pdfText(guide.output, 2)).toContain('абзац 1:');
    expect(pdfText(guide.output, 3)).toContain('Slide 2 (continued)');
    expect(pdfText(guide.output, 3)).toContain('абзац 30:');
    await run('pdftoppm', ['-png', '-r', '50', '-f', '2', '-l', '3', guide.output, path.join(os.tmpdir(), 'lectern-guide-continued')]);
  });

  test('the CLI takes --layout, --paper, --notes and --range and explains bad values in one line', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-handout-cli-')), 'guide.pdf');
    const ok = await run(process.execPath, [CLI, 'export', deckDir, '-o', out, '--layout', 'handout-2', '--paper', 'letter', '--range', '6-9', '--notes']);
    expect(ok.stdout).toContain('(2 pages)');
    const pdf = await readPdf(out);
    expect(pdf.pageCount).toBe(2);
    expect(pdf.sizes[0]).toEqual({ width: 612, height: 792 });
    expect(pdfText(out)).toContain('Заметка-тема-4');
    for (const [args, message] of [
      [['--range', '3-x'], 'lectern: --range 3-x: `3-x` is not a slide number or range; write e.g. 3-7,12'],
      [['--range', '8-12'], 'lectern: --range 8-12: `8-12` is past the end: the deck has 9 slides'],
      [['--layout', 'handout-5'], 'lectern: unknown layout `handout-5`; use one of slides, notes, handout-2, handout-3, handout-4, handout-6'],
      [['--range', '3'], 'lectern: every slide in that range is hidden; nothing to print'],
      [['--notes-overflow', 'shrink'], 'lectern: unknown --notes-overflow `shrink`; use continue or cut'],
    ] as const) {
      const res = await run(process.execPath, [CLI, 'export', deckDir, '-o', out, ...args]).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(res.code).toBe(2);
      expect(res.stderr.trim()).toBe(message);
    }
    // A refused export left the earlier file as it was.
    expect((await readPdf(out)).pageCount).toBe(2);
  });
});

test('re-exporting after editing one file prints only its pages; the PDF is whole and right', async () => {
  test.setTimeout(180_000);
  const dir = await makeDeck();
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-reexport-')), 'notes.pdf');
  const print = readPrintOptions({ layout: 'notes', paper: 'a4' });
  const reuse = new PrintReuse();
  const messages: string[] = [];
  await exportPdf({ deckDir: dir, output: out, rendererDir: RENDERER_DIR, print, reuse, onProgress: (p) => messages.push(p.message) });
  expect(messages.join('\n')).not.toContain('reused');
  const first = await readPdf(out);
  await writeFile(path.join(dir, '2-steps.md'), '---\nprint-steps: true\n---\n# Шаги\n\n<p class="fragment">Шаг один</p>\n<p class="fragment">Шаг два, исправленный</p>\n\nNote: Заметка-шаги.\n');
  messages.length = 0;
  await exportPdf({ deckDir: dir, output: out, rendererDir: RENDERER_DIR, print, reuse, onProgress: (p) => messages.push(p.message) });
  // Only the three step pages of the edited slide were printed; the six others were copied.
  expect(messages.filter((m) => m.startsWith('Printed pages'))).toEqual(['Printed pages 3-5 of 9 (6 unchanged pages reused)']);
  const second = await readPdf(out);
  expect(second.pageCount).toBe(first.pageCount);
  expect(second.outline).toEqual(first.outline);
  expect(second.links.flat()).toContain('https://flask.palletsprojects.com/');
  const text = pdfText(out);
  for (const words of ['Привет, участники', 'Шаг два, исправленный', 'Тема 4', 'Заметка-тема-4']) expect(text).toContain(words);
  expect(text.indexOf('Привет, участники')).toBeLessThan(text.indexOf('Шаг два, исправленный'));
  expect(text.indexOf('Шаг два, исправленный')).toBeLessThan(text.indexOf('Тема 4'));
  expect(pdfFonts(out).every((f) => f.embedded)).toBe(true);
});
