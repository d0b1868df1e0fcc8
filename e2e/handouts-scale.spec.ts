import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { PrintLayout } from '../src/core/print-layout';
import { readPrintOptions } from '../src/core/print-plan';
import { exportPdf } from '../src/node/export-pdf';
import { readPdf } from '../test/support/pdf-inspect';
import { generateDeck } from '../bench/generate-deck';
import { RENDERER_DIR } from './support/decks';

// Minutes of work on a 2-core machine: run with LECTERN_SLOW_TESTS=1 (see CONTRIBUTING.md).
const SLOW = process.env.LECTERN_SLOW_TESTS === '1';
const SIZE = Number(process.env.LECTERN_SCALE_SLIDES ?? 2000);

test.describe('@slow PDF export at scale', () => {
  test.skip(!SLOW, 'slow: set LECTERN_SLOW_TESTS=1 to export a 2,000-slide deck in every layout');
  test.setTimeout(30 * 60_000);
  let deckDir: string;
  test.beforeAll(async () => {
    deckDir = await generateDeck(path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-scale-')), 'deck'), SIZE);
  });
  const perPage: Record<PrintLayout, number> = { slides: 1, notes: 1, 'handout-2': 2, 'handout-3': 3, 'handout-4': 4, 'handout-6': 6 };
  for (const layout of Object.keys(perPage) as PrintLayout[]) {
    test(`${layout}: ${SIZE} slides complete with every page`, async () => {
      const out = path.join(path.dirname(deckDir), `${layout}.pdf`);
      const print = readPrintOptions({ layout, ...(layout === 'slides' ? {} : { paper: 'a4' }) });
      const result = await exportPdf({ deckDir, output: out, rendererDir: RENDERER_DIR, print, timeoutMs: 600_000 });
      const pdf = await readPdf(out);
      expect(pdf.pageCount).toBe(Math.ceil(SIZE / perPage[layout]));
      expect(result.pages).toBe(pdf.pageCount);
      expect(pdf.outline.filter((o) => o.depth === 0)).toHaveLength(SIZE / 10);
    });
  }
});
