import { formatDiagnostic } from '../core/format-diagnostic';
import type { Deck } from '../core/types';
import type { FitReport } from '../node/check-fit';

/** The machine-readable report of `lectern check --json`. */
export interface CheckReport {
  title: string;
  slides: { file: string; slide: number; line: number; title: string }[];
  diagnostics: Deck['diagnostics'];
  errors: number;
  warnings: number;
  /** Whether every slide fits its box (docs/fitting.md): how it was checked and which slides do not. */
  fit?: Omit<FitReport, 'diagnostics'>;
}

/** Builds the check report of a deck: slide list (1-based numbers), every problem, and the fit check when it ran. */
export function checkReport(deck: Deck, fit?: FitReport): CheckReport {
  const diagnostics = [...deck.diagnostics, ...(fit?.diagnostics ?? [])];
  const report: CheckReport = {
    title: deck.config.title,
    slides: deck.slides.map((s, i) => ({ file: s.file, slide: i + 1, line: s.line, title: s.title })),
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
  if (fit) report.fit = { method: fit.method, browser: fit.browser, reason: fit.reason, limit: fit.limit, overflowing: fit.overflowing };
  return report;
}

/** Formats the report for a terminal: a slide table, then `file:line:col severity: message` lines. */
export function formatCheckReport(report: CheckReport): string {
  const width = Math.max(4, ...report.slides.map((s) => s.file.length));
  const lines = [`${report.title}: ${report.slides.length} slides`, '', `  #  ${'file'.padEnd(width)}  line  title`];
  for (const s of report.slides) lines.push(`${String(s.slide).padStart(3)}  ${s.file.padEnd(width)}  ${String(s.line).padStart(4)}  ${s.title || '(untitled)'}`);
  lines.push('');
  for (const d of report.diagnostics) lines.push(formatDiagnostic(d));
  if (report.fit?.method === 'none') lines.push(`note: slide fit not checked: ${report.fit.reason ?? 'no browser'}`);
  lines.push(`${report.errors} error(s), ${report.warnings} warning(s)`);
  return lines.join('\n');
}
