import { diagnostic } from './diagnostic-text';
import { SUMMARY_SLOT } from './compare-cards';
import type { CompareSubject } from './compare-config';
import { escapeHtml } from './highlight';
import { printLanguage } from './print-words';
import type { DeckConfig, Diagnostic, Section, Slide } from './types';

/** One file's verdicts (front matter `summary:`), by declared subject name. */
export type Verdicts = Record<string, string>;

/**
 * Reads a file's `summary` front matter against the declared subjects: warns (at the key's line)
 * about a subject the deck did not declare and about a declared subject with no verdict.
 */
export function readVerdicts(value: unknown, subjects: readonly CompareSubject[], file: string, line: number | undefined, diagnostics: Diagnostic[]): Verdicts | undefined {
  const warn = (code: string, params: Record<string, string>): void => {
    diagnostics.push(diagnostic({ severity: 'warning', code, file, line, params }));
  };
  if (!subjects.length) {
    warn('compare-undeclared', { reason: 'summary' });
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    const example = `summary: {${subjects.map((s) => `${s.name}: "…"`).join(', ')}}`;
    warn('compare-summary-type', { example });
    return undefined;
  }
  const verdicts: Verdicts = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    const subject = subjects.find((s) => s.name.toLowerCase() === key.trim().toLowerCase());
    if (!subject) {
      warn('compare-unknown-subject', { reason: 'summary', name: key, subjects: subjects.map((s) => s.name).join(', ') });
      continue;
    }
    const text = raw === null || raw === undefined ? '' : typeof raw === 'object' ? '' : String(raw).trim();
    if (text) verdicts[subject.name] = text;
  }
  const missing = subjects.filter((s) => !(s.name in verdicts)).map((s) => s.name);
  if (missing.length) warn('compare-missing-verdict', { subjects: missing.join(', ') });
  return verdicts;
}

/** A section of the deck that is one dimension of the comparison. */
interface Dimension {
  title: string;
  /** 0-based index of the section's first slide in the final deck (the row links there). */
  slide: number;
  verdicts: Verdicts;
}

/** The summary matrix as HTML: dimensions as rows (each linking to its section), subjects as columns. */
function summaryMatrixHtml(dimensions: readonly Dimension[], subjects: readonly CompareSubject[], lang: string): string {
  if (!dimensions.length) {
    const text = printLanguage(lang) === 'ru' ? 'Итоги появятся здесь, когда у файлов будет `summary` в начале' : 'The summary appears here once files state a `summary` in their front matter';
    return `<p class="muted">${escapeHtml(text)}</p>\n`;
  }
  const head = subjects.map((s) => `<th class="cmp-c-${s.color}">${escapeHtml(s.name)}</th>`).join('');
  const rows = dimensions.map((d) => {
    const cells = subjects.map((s) => (d.verdicts[s.name] ? `<td>${escapeHtml(d.verdicts[s.name]!)}</td>` : '<td class="cmp-missing">—</td>')).join('');
    return `<tr><th><a href="#/${d.slide}">${escapeHtml(d.title)}</a></th>${cells}</tr>`;
  });
  return `<table class="cmp-matrix cmp-n${subjects.length}">\n<thead><tr><th></th>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`;
}

/**
 * Puts the summary matrix into the deck: into every slide holding the `::: summary` marker, or,
 * when none does, as a slide of its own after the last section with verdicts (before the
 * conclusion). Slides are replaced by copies, never changed: they may be shared with the build cache.
 */
export function placeSummary(slides: Slide[], sections: Section[], verdicts: Map<string, Verdicts>, config: DeckConfig): void {
  const subjects = config.compare;
  const withVerdicts = sections.filter((s) => verdicts.has(s.file));
  const marked = slides.some((s) => s.html.includes(SUMMARY_SLOT));
  if (!marked) {
    const last = withVerdicts[withVerdicts.length - 1];
    if (!last || !subjects.length) return;
    const at = last.firstSlide + last.slideCount;
    const title = printLanguage(config.lang) === 'ru' ? 'Итоги сравнения' : 'Summary';
    const slide: Slide = {
      id: `${last.file}#summary`,
      file: last.file,
      indexInFile: last.slideCount,
      line: 1,
      title,
      source: '',
      html: `<h2>${escapeHtml(title)}</h2>\n${SUMMARY_SLOT}\n`,
      notes: '',
      notesHtml: '',
      assets: [],
      generated: 'summary',
    };
    slides.splice(at, 0, slide);
    last.slideCount++;
    for (const s of sections) if (s.firstSlide >= at && s !== last) s.firstSlide++;
  }
  const dimensions = withVerdicts.map((s) => ({ title: s.title, slide: s.firstSlide, verdicts: verdicts.get(s.file)! }));
  const matrix = summaryMatrixHtml(dimensions, subjects, config.lang);
  slides.forEach((s, i) => {
    if (s.html.includes(SUMMARY_SLOT)) slides[i] = { ...s, html: s.html.split(SUMMARY_SLOT).join(matrix), generated: 'summary' };
  });
}
