import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../core/build-deck';
import { planPrint, readPrintOptions } from '../core/print-plan';
import { runExport, type PrintBackend } from './export-run';
import { firstPrintRun, printPageKey, printRuns, PrintReuse } from './print-reuse';
import { useTempDirs } from '../../test/support/temp-dir';

const files = (second: string) => [
  { name: '1.md', text: '# A1\n---\n# A2\n---\n# A3' },
  { name: '2.md', text: second },
  { name: '3.md', text: '# C1\n---\n# C2\n\nNote:\nзаметка' },
];
const deckOf = (second: string) => buildDeck({ files: files(second), config: 'title: T', folderName: 'x' });

/** A printer whose pages are told apart by size: width 500 + page index, height per export run. */
function markingBackend(height: number, total: number, cut: number[] = [], { revision = 1, extraPage = false } = {}) {
  const rendered: string[] = [];
  let range: [number, number] = [0, 0];
  const backend: PrintBackend = {
    async render(from, to) {
      rendered.push(`${from}-${to}`);
      range = [from, to];
      return { pages: total, rendered: range, cutNotes: cut.filter((s) => s >= from && s < to), revision };
    },
    async print() {
      const doc = await PDFDocument.create();
      for (let i = range[0]; i < range[1]; i++) doc.addPage([500 + i, height]);
      if (extraPage) doc.addPage([400, height]);
      return doc.save();
    },
    async close() {},
  };
  return { backend, rendered };
}

const sizes = async (file: string) => {
  const { readFile } = await import('node:fs/promises');
  const doc = await PDFDocument.load(await readFile(file));
  return doc.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())]);
};

describe('re-export with PrintReuse', () => {
  const tempDir = useTempDirs();

  it('prints only the pages of the edited file and copies the rest in order', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'out.pdf');
    const reuse = new PrintReuse();
    const before = deckOf('# B1\n---\n# B2');
    const plan1 = planPrint(before, readPrintOptions({ layout: 'slides' }));
    const first = markingBackend(842, plan1.pages.length, [5]);
    expect(await runExport({ deck: before, plan: plan1, output: out, backend: first.backend, reuse, revision: 1 })).toEqual({ pages: 7, cutNotes: [5] });
    expect(first.rendered).toEqual(['0-7']);
    expect(reuse.size).toBe(7);

    const after = deckOf('# B1\n---\n# B2 edited');
    const plan2 = planPrint(after, readPrintOptions({ layout: 'slides' }));
    const second = markingBackend(900, plan2.pages.length);
    const progress: string[] = [];
    const result = await runExport({ deck: after, plan: plan2, output: out, backend: second.backend, reuse, revision: 1, onProgress: (p) => progress.push(p.message) });
    // Only page 5 (slide "B2") changed; the cut notes of a reused page are still reported.
    expect(second.rendered).toEqual(['4-5']);
    expect(result).toEqual({ pages: 7, cutNotes: [5] });
    expect(await sizes(out)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => [500 + i, i === 4 ? 900 : 842]));
    expect(progress[0]).toBe('Printed pages 5-5 of 7 (6 unchanged pages reused)');
  });

  it('reprints everything after a change every page shows (a slide added changes the page count)', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'out.pdf');
    const reuse = new PrintReuse();
    const before = deckOf('# B1');
    const plan1 = planPrint(before, readPrintOptions({ layout: 'handout-2' }));
    await runExport({ deck: before, plan: plan1, output: out, backend: markingBackend(842, plan1.pages.length).backend, reuse, revision: 1 });
    const after = deckOf('# B1\n---\n# B2');
    const plan2 = planPrint(after, readPrintOptions({ layout: 'handout-2' }));
    const again = markingBackend(900, plan2.pages.length);
    await runExport({ deck: after, plan: plan2, output: out, backend: again.backend, reuse, revision: 1 });
    // "page n of m" and the slide numbers changed on every page: nothing is reused.
    expect(again.rendered).toEqual([`0-${plan2.pages.length}`]);
  });
});

describe('re-export safety', () => {
  const tempDir = useTempDirs();

  it('keeps nothing when the print view laid out another revision than the one planned', async () => {
    const dir = await tempDir();
    const reuse = new PrintReuse();
    const deck = deckOf('# B1');
    const plan = planPrint(deck, readPrintOptions({ layout: 'slides' }));
    // The file was saved again between planning (revision 1) and the print view loading (revision 2).
    await runExport({ deck, plan, output: path.join(dir, 'a.pdf'), backend: markingBackend(842, plan.pages.length, [], { revision: 2 }).backend, reuse, revision: 1 });
    expect(reuse.size).toBe(0);
    await runExport({ deck, plan, output: path.join(dir, 'a.pdf'), backend: markingBackend(842, plan.pages.length).backend, reuse, revision: 1 });
    expect(reuse.size).toBe(plan.pages.length);
  });

  it('refuses a batch with a page too many instead of shifting the pages after it', async () => {
    const dir = await tempDir();
    const deck = deckOf('# B1\n---\n# B2');
    const plan = planPrint(deck, readPrintOptions({ layout: 'slides' }));
    const out = path.join(dir, 'a.pdf');
    await expect(runExport({ deck, plan, output: out, backend: markingBackend(842, plan.pages.length, [], { extraPage: true }).backend, batchPages: 3 })).rejects.toThrow(
      /produced 4 pages for pages 1-3 instead of 3/,
    );
    const { access } = await import('node:fs/promises');
    await expect(access(out)).rejects.toThrow();
  });
});

describe('printRuns', () => {
  it('splits the pages to print into contiguous batches', () => {
    const needed = new Set([0, 1, 2, 5, 6, 7, 8, 9]);
    expect([...printRuns(10, (i) => needed.has(i), 3)]).toEqual([
      [0, 3],
      [5, 8],
      [8, 10],
    ]);
    expect([...printRuns(4, () => false, 3)]).toEqual([]);
  });
});

describe('firstPrintRun (what the print view lays out as it loads)', () => {
  it('is the first batch on a first export, and only the changed pages after an edit', () => {
    const before = deckOf('# B1\n---\n# B2');
    const plan = planPrint(before, readPrintOptions({ layout: 'slides' }));
    expect(firstPrintRun(before, plan, undefined, 4)).toEqual([0, 4]);
    const reuse = new PrintReuse();
    expect(firstPrintRun(before, plan, reuse, 500)).toEqual([0, 7]);
    reuse.remember(new Map(plan.pages.map((_p, i) => [printPageKey(before, plan, i), { bytes: new Uint8Array(), index: i, cutItems: [] }])));
    const after = deckOf('# B1 правка\n---\n# B2');
    // The file's pages (its section title changed with its first heading), not the whole deck.
    expect(firstPrintRun(after, planPrint(after, readPrintOptions({ layout: 'slides' })), reuse, 500)).toEqual([3, 5]);
  });
});
