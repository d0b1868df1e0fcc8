import { formatDiagnostic } from '../core/format-diagnostic';
import type { Deck } from '../core/types';

/** The machine-readable report of `lectern check --json`. */
export interface CheckReport {
  title: string;
  slides: { file: string; slide: number; line: number; title: string }[];
  diagnostics: Deck['diagnostics'];
  errors: number;
  warnings: number;
}

/** Builds the check report of a deck: slide list (1-based numbers) and every problem. */
export function checkReport(deck: Deck): CheckReport {
  return {
    title: deck.config.title,
    slides: deck.slides.map((s, i) => ({ file: s.file, slide: i + 1, line: s.line, title: s.title })),
    diagnostics: deck.diagnostics,
    errors: deck.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: deck.diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

/** Formats the report for a terminal: a slide table, then `file:line:col severity: message` lines. */
export function formatCheckReport(report: CheckReport): string {
  const width = Math.max(4, ...report.slides.map((s) => s.file.length));
  const lines = [`${report.title}: ${report.slides.length} slides`, '', `  #  ${'file'.padEnd(width)}  line  title`];
  for (const s of report.slides) lines.push(`${String(s.slide).padStart(3)}  ${s.file.padEnd(width)}  ${String(s.line).padStart(4)}  ${s.title || '(untitled)'}`);
  lines.push('');
  for (const d of report.diagnostics) lines.push(formatDiagnostic(d));
  lines.push(`${report.errors} error(s), ${report.warnings} warning(s)`);
  return lines.join('\n');
}
