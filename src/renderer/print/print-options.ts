import type { PrintOptions } from '../../core/print-plan';
import { readPrintOptions } from '../../core/print-plan';

/**
 * Print options from the page address (`print.html?layout=handout-3&paper=letter&notes=1&range=3-7`),
 * as the exporters put them there; bad values fall back to the defaults in `readPrintOptions`.
 */
export function printOptionsFromUrl(search: string): { options: PrintOptions; from: number; to: number } {
  const q = new URLSearchParams(search);
  const layout = q.get('layout') ?? undefined;
  const raw: Parameters<typeof readPrintOptions>[0] = { layout, notes: q.get('notes') === '1' };
  if (layout && layout !== 'slides') raw.paper = q.get('paper') ?? 'a4';
  const range = q.get('range');
  if (range) raw.range = range;
  const date = q.get('date');
  if (date) raw.date = date;
  const from = Number(q.get('from') ?? 0);
  const to = q.has('to') ? Number(q.get('to')) : Infinity;
  return { options: readPrintOptions(raw), from: Number.isFinite(from) ? from : 0, to };
}
