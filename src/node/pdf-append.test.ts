import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../core/build-deck';
import { planPrint, readPrintOptions } from '../core/print-plan';
import { batchPagesFor, runExport, type PrintBackend } from './export-run';
import { deckOutline, finishPrintedPdf } from './pdf-finalize';
import { countPdfPages, readPdfLayout, UnsupportedPdfError } from './pdf-objects';
import { inspectPdf } from '../../test/support/pdf-inspect';
import { useTempDirs } from '../../test/support/temp-dir';
import { chromiumShapedPdf } from '../../test/support/chromium-shaped-pdf';

const deck = buildDeck({
  files: [
    { name: '1.md', text: '---\ntitle: Введение\n---\n# Введение\n---\n# Вопрос (и ответ)' },
    { name: '2.md', text: '# ORM и базы данных\n---\nno heading\n---\n# Модели' },
  ],
  config: 'title: Доклад\nauthor: Автор\nlang: ru',
  folderName: 'x',
});

describe('readPdfLayout', () => {
  it('finds every page of a nested page tree in order', () => {
    const layout = readPdfLayout(chromiumShapedPdf(5));
    expect(layout.pages.map((p) => p.num)).toEqual([9, 10, 11, 12, 13]);
    expect(countPdfPages(chromiumShapedPdf(7))).toBe(7);
  });

  it('reports files it does not handle instead of guessing', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    // pdf-lib's default: a cross-reference stream and objects inside object streams.
    const packed = await doc.save();
    expect(() => readPdfLayout(packed)).toThrow(UnsupportedPdfError);
    expect(countPdfPages(new Uint8Array(Buffer.from('not a pdf')))).toBeNull();
  });
});

describe('finishPrintedPdf', () => {
  const makeTempDir = useTempDirs();

  it('appends outline and metadata after the printed bytes, which stay exactly as printed', async () => {
    const printed = chromiumShapedPdf(5);
    const out = await finishPrintedPdf(printed, deck);
    // Nothing Chromium wrote is re-written: its bytes are a prefix of the file.
    expect(Buffer.from(out.subarray(0, printed.byteLength)).equals(Buffer.from(printed))).toBe(true);
    const pdf = await inspectPdf(out);
    expect(pdf).toMatchObject({ pageCount: 5, title: 'Доклад', author: 'Автор', creator: 'Lectern', subject: 'Введение · ORM и базы данных', keywords: 'Lectern slides' });
    expect(pdf.outline).toEqual([
      { title: 'Введение', page: 0, depth: 0 },
      { title: 'Вопрос (и ответ)', page: 1, depth: 1 },
      { title: 'ORM и базы данных', page: 2, depth: 0 },
      { title: 'Модели', page: 4, depth: 1 },
    ]);
    expect(pdf.links[0]).toEqual(['https://example.org/a)b']);
    // Poppler follows the update's /Prev chain like every viewer does.
    const file = path.join(await makeTempDir(), 'out.pdf');
    await writeFile(file, out);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Доклад$/m);
    expect(info).toMatch(/^Pages:\s+5$/m);
    expect(execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })).not.toMatch(/error/i);
  });

  it('falls back to a full re-write for a PDF it cannot read, with the same outline', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 5; i++) doc.addPage([960, 540]);
    const pdf = await inspectPdf(await finishPrintedPdf(await doc.save(), deck));
    expect(pdf).toMatchObject({ pageCount: 5, title: 'Доклад', creator: 'Lectern' });
    expect(pdf.outline.map((o) => o.title)).toEqual(deckOutline(deck).flatMap((e) => [e.title, ...e.children.map((c) => c.title)]));
  });
});

describe('runExport with a Chromium-shaped printer', () => {
  const makeTempDir = useTempDirs();

  it('prints a deck of up to 125 slides in one batch and writes the printed bytes plus the update, without merging', async () => {
    const big = buildDeck({
      files: Array.from({ length: 12 }, (_v, f) => ({ name: `${String(f).padStart(2, '0')}.md`, text: Array.from({ length: 10 }, (_w, i) => `# S${f * 10 + i}`).join('\n---\n') })),
      config: 'title: Big',
      folderName: 'x',
    });
    const plan = planPrint(big, readPrintOptions({ layout: 'slides' }));
    expect(batchPagesFor(plan)).toBe(125);
    const calls: string[] = [];
    let printed: Uint8Array = new Uint8Array();
    const backend: PrintBackend = {
      async render(from, to) {
        calls.push(`render ${from}-${to}`);
        return { pages: plan.pages.length, rendered: [from, to], cutNotes: [] };
      },
      async print() {
        calls.push('print');
        return (printed = chromiumShapedPdf(plan.pages.length));
      },
      async close() {},
    };
    const output = path.join(await makeTempDir(), 'big.pdf');
    await runExport({ deck: big, plan, output, backend });
    expect(calls).toEqual(['render 0-120', 'print']);
    const written = await readFile(output);
    expect(written.subarray(0, printed.byteLength).equals(Buffer.from(printed))).toBe(true);
    const pdf = await inspectPdf(written);
    expect(pdf.pageCount).toBe(120);
    expect(pdf.outline.filter((o) => o.depth === 0)).toHaveLength(12);
    expect(pdf.outline.find((o) => o.title === 'S119')?.page).toBe(119);
  });

  it('keeps N-up handouts of large decks in batches of at most 1,000 slides', () => {
    const huge = buildDeck({ files: [{ name: 'a.md', text: Array.from({ length: 2000 }, (_v, i) => `# S${i}`).join('\n---\n') }], config: 'title: Huge', folderName: 'x' });
    const plan = planPrint(huge, readPrintOptions({ layout: 'handout-6', paper: 'a4' }));
    expect(batchPagesFor(plan) * 6).toBeLessThanOrEqual(1000);
    expect(batchPagesFor(planPrint(huge, readPrintOptions({ layout: 'slides' })))).toBe(125);
  });
});
