import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../core/build-deck';
import { planPrint, readPrintOptions } from '../core/print-plan';
import { runExport, type PrintBackend } from './export-run';
import { mergePrintedPdfs } from './pdf-merge';
import { readPdfLayout, UnsupportedPdfError } from './pdf-objects';
import { chromiumShapedPdf } from '../../test/support/chromium-shaped-pdf';
import { inspectPdf, pdfText } from '../../test/support/pdf-inspect';
import { useTempDirs } from '../../test/support/temp-dir';

describe('mergePrintedPdfs', () => {
  const makeTempDir = useTempDirs();

  it('joins batches into one file with every page in order, its text and its links, readable by poppler and pdf-lib', async () => {
    const merged = mergePrintedPdfs([chromiumShapedPdf(5, { label: 'A' }), chromiumShapedPdf(4, { label: 'B' }), chromiumShapedPdf(1, { label: 'C' })]);
    const file = path.join(await makeTempDir(), 'merged.pdf');
    await writeFile(file, merged);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Pages:\s+10$/m);
    const pages = pdfText(file)
      .split('\f')
      .map((p) => p.replace(/\s+/g, ''));
    expect(pages.slice(0, 10)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'B3', 'B4', 'C1']);
    const pdf = await inspectPdf(merged);
    expect(pdf.pageCount).toBe(10);
    // Each batch's web link stays on its batch's first page.
    expect(pdf.links.map((l) => l.length)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(pdf.links[5]).toEqual(['https://example.org/a)b']);
    // A plain file again: the outline and metadata can be appended to it like to one batch.
    expect(readPdfLayout(merged).pages).toHaveLength(10);
  });

  it('points each link between slides at the batch that really prints the slide, not at a stand-in', async () => {
    // Batch 1 links from its page 1 to slide 7, printed by batch 2 (a stand-in anchor on the
    // link's own page in batch 1); batch 2 links back to slide 1 and holds the real slide 7.
    // Batch 1's link to slide 5 (batch 2) has no destination at all: Chromium leaves out
    // stand-ins it finds empty.
    const first = chromiumShapedPdf(4, { links: { 0: 'lectern-slide-7', 1: 'lectern-slide-5' }, dests: { 'lectern-slide-7': 0 } });
    const second = chromiumShapedPdf(4, { links: { 3: 'lectern-slide-1' }, dests: { 'lectern-slide-1': 3, 'lectern-slide-7': 2 } });
    const pageOf: Record<string, number> = { 'lectern-slide-1': 0, 'lectern-slide-5': 4, 'lectern-slide-7': 6 };
    const pdf = await inspectPdf(mergePrintedPdfs([first, second], (name) => pageOf[name]));
    expect(pdf.internalLinks).toEqual([
      { from: 0, to: 6 },
      { from: 1, to: 4 },
      { from: 7, to: 0 },
    ]);
  });

  it('refuses files it cannot join exactly, so the caller merges them with pdf-lib', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const packed = await doc.save();
    expect(() => mergePrintedPdfs([chromiumShapedPdf(2), packed])).toThrow(UnsupportedPdfError);
    const tagged = Buffer.from(chromiumShapedPdf(2)).toString('latin1').replace('/Type /Catalog', '/Type /Catalog\n/StructTreeRoot 1 0 R');
    expect(() => mergePrintedPdfs([chromiumShapedPdf(2), new Uint8Array(Buffer.from(tagged, 'latin1'))])).toThrow(UnsupportedPdfError);
  });
});

describe('runExport of 500 slides', () => {
  const makeTempDir = useTempDirs();

  it('prints 4 batches of 125 pages and joins them without re-writing the printed bytes through pdf-lib', async () => {
    const deck = buildDeck({
      files: Array.from({ length: 50 }, (_v, f) => ({ name: `${String(f).padStart(2, '0')}.md`, text: Array.from({ length: 10 }, (_w, i) => `# S${f * 10 + i}`).join('\n---\n') })),
      config: 'title: Big',
      folderName: 'x',
    });
    const plan = planPrint(deck, readPrintOptions({ layout: 'slides' }));
    const calls: string[] = [];
    const printed: Uint8Array[] = [];
    let range: [number, number] = [0, 0];
    const backend: PrintBackend = {
      async render(from, to) {
        calls.push(`render ${from}-${to}`);
        range = [from, to];
        return { pages: plan.pages.length, rendered: range, cutNotes: [] };
      },
      async print() {
        calls.push('print');
        return printed[printed.push(chromiumShapedPdf(range[1] - range[0], { label: `from ${range[0]}` })) - 1]!;
      },
      async close() {},
    };
    const output = path.join(await makeTempDir(), 'big.pdf');
    await runExport({ deck, plan, output, backend });
    expect(calls).toEqual(['render 0-125', 'print', 'render 125-250', 'print', 'render 250-375', 'print', 'render 375-500', 'print']);
    const written = await readFile(output);
    // Every page's content stream is in the file byte for byte, as Chromium wrote it.
    expect(written.includes(Buffer.from('(from 375 125) Tj'))).toBe(true);
    expect(pdfText(output, 376).replace(/\s+/g, '')).toBe('from3751');
    const info = execFileSync('pdfinfo', [output], { encoding: 'utf8' });
    expect(info).toMatch(/^Producer:\s+Lectern \(Chromium\)$/m);
    expect(info).toMatch(/^Pages:\s+500$/m);
    const pdf = await inspectPdf(written);
    expect(pdf.outline.filter((o) => o.depth === 0)).toHaveLength(50);
    expect(pdf.outline.find((o) => o.title === 'S499')?.page).toBe(499);
    expect(pdf.links[375]).toEqual(['https://example.org/a)b']);
  });
});
