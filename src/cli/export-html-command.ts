import path from 'node:path';
import { formatDiagnostic } from '../core/format-diagnostic';
import { defaultDataDir } from '../node/data-dir';
import { EncodingChoices } from '../node/encoding-choices';
import { exportHtml, formatSize } from '../node/export-html';
import { readDeckSources } from '../node/read-deck';
import { PDF_ONLY_OPTIONS } from './export-format';

/** `lectern export deck -o talk.html`: one self-contained HTML file; returns the exit code. */
export async function runHtmlExport(
  deckDir: string,
  values: { output?: string; 'keep-images'?: boolean; browser?: string } & Partial<Record<(typeof PDF_ONLY_OPTIONS)[number], unknown>>,
): Promise<number> {
  const pdfOnly = PDF_ONLY_OPTIONS.filter((o) => values[o] !== undefined);
  if (pdfOnly.length) {
    console.error(`lectern: ${pdfOnly.map((o) => `--${o}`).join(', ')} appl${pdfOnly.length > 1 ? 'y' : 'ies'} to PDF export only; an HTML file holds every slide with its notes`);
    return 2;
  }
  const output = path.resolve(values.output ?? `${path.basename(deckDir)}.html`);
  // Files whose encoding the user chose in the editor are exported as they are shown.
  const sources = await readDeckSources(deckDir, await new EncodingChoices(defaultDataDir(), deckDir).load());
  const result = await exportHtml({ deckDir, output, sources, keepImages: values['keep-images'], browserPath: values.browser });
  for (const d of result.deck.diagnostics.filter((x) => x.severity !== 'info')) console.error(formatDiagnostic(d));
  for (const w of result.warnings) console.error(`warning: ${w}`);
  const resized = result.images.resized ? `, ${result.images.resized} stored at the size the slides show them (--keep-images keeps originals)` : '';
  console.log(`Wrote ${result.output} (${result.deck.slides.length} slides, ${formatSize(result.bytes)}; images ${formatSize(result.imageBytes)}${resized})`);
  return 0;
}
