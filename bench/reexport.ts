import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readPrintOptions } from '../src/core/print-plan';
import type { PrintLayout } from '../src/core/print-layout';
import { exportPdf } from '../src/node/export-pdf';
import { PrintReuse } from '../src/node/print-reuse';

/** A re-export after editing one file, against a first export of the same deck in the same process. */
export interface ReexportRow {
  layout: PrintLayout;
  firstMs: number;
  reexportMs: number;
  ratio: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Times what the app does when a trainer fixes one slide and exports again: the first export
 * of the deck (nothing to reuse) and, after one slide title in the first file changed, the
 * re-export with the pages kept from the first one. In-process, as the app and `serve` run it.
 */
export async function timeReexport(options: { deckDir: string; rendererDir: string; work: string; runs: number; layouts: PrintLayout[] }): Promise<ReexportRow[]> {
  const file = path.join(options.deckDir, '001-part.md');
  const original = await readFile(file, 'utf8');
  const rows: ReexportRow[] = [];
  try {
    for (const layout of options.layouts) {
      const print = readPrintOptions(layout === 'slides' ? { layout } : { layout, paper: 'a4' });
      const firsts: number[] = [];
      const again: number[] = [];
      for (let r = 0; r < options.runs; r++) {
        await writeFile(file, original);
        const reuse = new PrintReuse();
        const output = path.join(options.work, `reexport-${layout}.pdf`);
        let start = performance.now();
        await exportPdf({ deckDir: options.deckDir, output, rendererDir: options.rendererDir, print, reuse });
        firsts.push(performance.now() - start);
        await writeFile(file, original.replace(/^## Слайд 1: .*$/m, `## Слайд 1: правка ${r}`));
        start = performance.now();
        await exportPdf({ deckDir: options.deckDir, output, rendererDir: options.rendererDir, print, reuse });
        again.push(performance.now() - start);
      }
      rows.push({ layout, firstMs: Math.round(median(firsts)), reexportMs: Math.round(median(again)), ratio: +(median(again) / median(firsts)).toFixed(2) });
    }
  } finally {
    await writeFile(file, original);
  }
  return rows;
}
