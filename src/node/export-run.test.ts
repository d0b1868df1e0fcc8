import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../core/build-deck';
import { planPrint, readPrintOptions } from '../core/print-plan';
import { ExportCancelledError, runExport, type ExportProgress, type PrintBackend } from './export-run';
import { inspectPdf } from '../../test/support/pdf-inspect';
import { useTempDirs } from '../../test/support/temp-dir';

const deck = buildDeck({
  files: [
    { name: '1.md', text: '# Один\n---\n# Два\n---\n# Три' },
    { name: '2.md', text: Array.from({ length: 10 }, (_v, i) => `# Тема ${i + 1}`).join('\n---\n') },
  ],
  config: 'title: Доклад',
  folderName: 'x',
});

/** A printer that takes its time: each print waits `printMs`, then returns one blank page per planned page. */
function slowBackend(printMs: number, pagesTotal: number) {
  const calls: string[] = [];
  let range: [number, number] = [0, 0];
  let closed = false;
  const backend: PrintBackend = {
    async render(from, to) {
      calls.push(`render ${from}-${to}`);
      range = [from, to];
      await delay(5);
      return { pages: pagesTotal, rendered: range, cutNotes: from === 0 ? [1] : [] };
    },
    async print() {
      calls.push('print');
      await delay(printMs);
      const doc = await PDFDocument.create();
      for (let i = range[0]; i < range[1]; i++) doc.addPage([595, 842]);
      return doc.save();
    },
    async close() {
      closed = true;
    },
  };
  return { backend, calls, isClosed: () => closed };
}

describe('runExport (the shared export path) with a slow fake printer', () => {
  const makeTempDir = useTempDirs();
  const plan = planPrint(deck, readPrintOptions({ layout: 'handout-2' }));

  it('prints in batches, merges them, adds the outline and reports progress with slide counts', async () => {
    const dir = await makeTempDir();
    const output = path.join(dir, 'out.pdf');
    const fake = slowBackend(10, plan.pages.length);
    const progress: ExportProgress[] = [];
    const result = await runExport({ deck, plan, output, backend: fake.backend, batchPages: 3, onProgress: (p) => progress.push(p) });
    expect(plan.pages.length).toBe(7);
    expect(result).toEqual({ pages: 7, cutNotes: [1] });
    expect(fake.calls).toEqual(['render 0-3', 'print', 'render 3-6', 'print', 'render 6-7', 'print']);
    expect(fake.isClosed()).toBe(true);
    const pdf = await inspectPdf(await readFile(output));
    expect(pdf.pageCount).toBe(7);
    expect(pdf.title).toBe('Доклад');
    expect(pdf.outline.filter((o) => o.depth === 0).map((o) => [o.title, o.page])).toEqual([
      ['Один', 0],
      ['Тема 1', 1],
    ]);
    const printing = progress.filter((p) => p.phase === 'print');
    expect(printing.map((p) => [p.pagesDone, p.slidesDone])).toEqual([
      [3, 6],
      [6, 12],
      [7, 13],
    ]);
    expect(progress.map((p) => p.phase).slice(-3)).toEqual(['merge', 'write', 'done']);
    expect(progress.every((p) => p.pagesTotal === 7 && p.slidesTotal === 13)).toBe(true);
  });

  it('cancel stops within a second, writes nothing and leaves the existing file intact', async () => {
    const dir = await makeTempDir();
    const output = path.join(dir, 'handout.pdf');
    await writeFile(output, 'the previous handout');
    const fake = slowBackend(10_000, plan.pages.length);
    const controller = new AbortController();
    const started = Date.now();
    const running = runExport({ deck, plan, output, backend: fake.backend, signal: controller.signal, batchPages: 3 });
    await delay(100);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(ExportCancelledError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(fake.isClosed()).toBe(true);
    expect(await readFile(output, 'utf8')).toBe('the previous handout');
    expect(await readdir(dir)).toEqual(['handout.pdf']);
  });

  it('a cancel does not wait for a slow printer to close (a busy Chromium takes seconds); a finished export does', async () => {
    const dir = await makeTempDir();
    const controller = new AbortController();
    const fake = slowBackend(5000, plan.pages.length);
    let closed = false;
    fake.backend.close = () => delay(3000).then(() => void (closed = true));
    const running = runExport({ deck, plan, output: path.join(dir, 'x.pdf'), backend: fake.backend, signal: controller.signal });
    await delay(50);
    const started = Date.now();
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(ExportCancelledError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(closed).toBe(false);
    const quick = slowBackend(1, plan.pages.length);
    quick.backend.close = () => delay(100).then(() => void (closed = true));
    await runExport({ deck, plan, output: path.join(dir, 'y.pdf'), backend: quick.backend });
    expect(closed).toBe(true);
  });

  it('a cancel between batches stops before the next batch', async () => {
    const dir = await makeTempDir();
    const controller = new AbortController();
    const fake = slowBackend(10, plan.pages.length);
    const running = runExport({
      deck,
      plan,
      output: path.join(dir, 'x.pdf'),
      backend: fake.backend,
      signal: controller.signal,
      batchPages: 3,
      onProgress: (p) => p.pagesDone === 3 && controller.abort(),
    });
    await expect(running).rejects.toBeInstanceOf(ExportCancelledError);
    expect(fake.calls).toEqual(['render 0-3', 'print']);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the existing file until the new one is complete, then replaces it whole', async () => {
    const dir = await makeTempDir();
    const output = path.join(dir, 'deck.pdf');
    await writeFile(output, 'old');
    const fake = slowBackend(150, plan.pages.length);
    const running = runExport({ deck, plan, output, backend: fake.backend, batchPages: 4 });
    await delay(200);
    expect(await readFile(output, 'utf8')).toBe('old');
    await running;
    expect((await inspectPdf(await readFile(output))).pageCount).toBe(7);
    expect(await readdir(dir)).toEqual(['deck.pdf']);
  });

  it('a printer failure or a deck that changed mid-export writes nothing and closes the printer', async () => {
    const dir = await makeTempDir();
    const output = path.join(dir, 'deck.pdf');
    await writeFile(output, 'old');
    const broken = slowBackend(5, plan.pages.length);
    broken.backend.print = () => Promise.reject(new Error('the print view crashed'));
    await expect(runExport({ deck, plan, output, backend: broken.backend })).rejects.toThrow('the print view crashed');
    expect(broken.isClosed()).toBe(true);
    const changed = slowBackend(5, plan.pages.length + 1);
    await expect(runExport({ deck, plan, output, backend: changed.backend })).rejects.toThrow('the deck changed while exporting');
    expect(await readFile(output, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['deck.pdf']);
  });
});
