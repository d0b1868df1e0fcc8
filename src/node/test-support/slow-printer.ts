import { setTimeout as delay } from 'node:timers/promises';
import { PDFDocument } from 'pdf-lib';
import type { Printer } from '../export-controller';
import { runExport, type PrintBackend } from '../export-run';

/**
 * A printer on the real shared export path whose "browser" takes `printMs` per page (one page
 * per batch), like a busy Chromium; `outputs` records where each job writes.
 */
export function slowPrinter(printMs: () => number, outputs: string[] = []): Printer {
  return (job) => {
    outputs.push(job.output);
    let range: [number, number] = [0, 0];
    const backend: PrintBackend = {
      async render(from, to) {
        range = [from, to];
        return { pages: job.plan.pages.length, rendered: range, cutNotes: [] };
      },
      async print() {
        await delay(printMs());
        const doc = await PDFDocument.create();
        for (let i = range[0]; i < range[1]; i++) doc.addPage([595, 842]);
        return doc.save();
      },
      async close() {},
    };
    return runExport({ ...job, backend, batchPages: 1 });
  };
}
