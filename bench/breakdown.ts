// Where an export's time goes: the phases `lectern export` reports with LECTERN_EXPORT_TIMINGS=json.
import { EXPORT_PHASES } from '../src/node/export-timings';

/** One export's phases (ms, summed over batches) and its total as the process measured it. */
export interface ExportBreakdown {
  totalMs: number;
  phases: Record<string, number>;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The JSON line the export printed to stderr, if any. */
export function parseTimings(stderr: string): ExportBreakdown | null {
  const line = stderr.split('\n').find((l) => l.startsWith('LECTERN_TIMINGS '));
  return line ? (JSON.parse(line.slice('LECTERN_TIMINGS '.length)) as ExportBreakdown) : null;
}

/** Median of each phase over several runs. */
export function medianBreakdown(runs: ExportBreakdown[]): ExportBreakdown | null {
  if (!runs.length) return null;
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.phases)))];
  return { totalMs: Math.round(median(runs.map((r) => r.totalMs))), phases: Object.fromEntries(names.map((n) => [n, Math.round(median(runs.map((r) => r.phases[n] ?? 0)))])) };
}

/** One column per deck size, one row per phase. Phases overlap (Chromium starts while the deck is read). */
export function printBreakdownTable(rows: (ExportBreakdown & { slides: number })[]): void {
  if (!rows.length) return;
  console.log(`\nexport breakdown, median ms (phases overlap: Playwright and Chromium start while the host reads the deck)`);
  console.log(`phase | ${rows.map((r) => `${r.slides} slides`).join(' | ')}`);
  const names = [...Object.keys(EXPORT_PHASES), ...new Set(rows.flatMap((r) => Object.keys(r.phases)))].filter((n, i, all) => all.indexOf(n) === i && rows.some((r) => n in r.phases));
  for (const n of names) console.log(`${EXPORT_PHASES[n] ?? n} | ${rows.map((r) => r.phases[n] ?? '-').join(' | ')}`);
  console.log(`total (process) | ${rows.map((r) => r.totalMs).join(' | ')}`);
}
