/**
 * A child process for export fault tests: runs a served export (the export controller with the download target, as `lectern serve`'s
 * dialog does) of a deck titled `<title>` with a printer that either writes real PDF pages
 * (`write`) or fails as Chromium does when its spool file cannot be written (`chromium`), and
 * prints the dialog's last status as JSON. Run it with TMPDIR on a tiny tmpfs for a full disk.
 * argv: <write|chromium> <title> [fill]
 */
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { buildDeck } from '../../src/core/build-deck';
import type { ExportStatus } from '../../src/shared/export-contract';
import { ExportController, type ExportJobRequest } from '../../src/node/export-controller';
import { DownloadTarget } from '../../src/node/export-targets';
import { runExport, type PrintBackend } from '../../src/node/export-run';

const [mode, title, fill] = process.argv.slice(2);
const deck = buildDeck({ files: [{ name: '1.md', text: '# One\n---\n# Two\n---\n# Three' }], config: `title: ${JSON.stringify(title)}`, folderName: 'x' });

if (fill) {
  // Fill the temp disk, as a long day of exports and downloads would.
  const handle = await open(path.join(os.tmpdir(), 'filler'), 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) await handle.write(chunk);
  } catch {
    // ENOSPC: full.
  }
  await handle.close();
}

const print = async (job: ExportJobRequest): Promise<{ pages: number; cutNotes: number[] }> => {
  if (mode === 'chromium') throw new Error('page.pdf: Protocol error (IO.read): Read failed');
  let range: [number, number] = [0, 0];
  const backend: PrintBackend = {
    async render(from, to) {
      range = [from, to];
      return { pages: job.plan.pages.length, rendered: range, cutNotes: [] };
    },
    async print() {
      const doc = await PDFDocument.create();
      for (let i = range[0]; i < range[1]; i++) doc.addPage([595, 842]).drawText(`page ${i} `.repeat(200), { size: 4 });
      return doc.save();
    },
    async close() {},
  };
  return runExport({ ...job, backend, batchPages: 1 });
};

let last: ExportStatus | null = null;
const jobs = new ExportController({ payload: async () => ({ deck, revision: 1 }), printer: () => ({ ok: true, value: print }), target: new DownloadTarget(), send: (s) => (last = s) });
const started = await jobs.start({ format: 'pdf', layout: 'slides', paper: 'a4', notes: false, range: '', keepImages: false });
if (!started.ok) console.log(JSON.stringify({ state: 'refused', error: started.error }));
else {
  while (!last || (last as ExportStatus).state === 'running') await new Promise((r) => setTimeout(r, 20));
  console.log(JSON.stringify(last));
}
await jobs.close();
