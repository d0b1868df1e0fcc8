import { rangeProblem, type ExportProblem } from './export-problem';
import { PAPERS, PRINT_LAYOUTS, type Paper, type PrintLayout } from './print-layout';
import { NOTES_OVERFLOW, type NotesOverflow } from './print-notes';
import { planPrint, PrintOptionError, readPrintOptions, type PrintOptions, type PrintPlan } from './print-plan';
import type { Deck } from './types';

/** What an export writes: a PDF of a print layout, or one self-contained HTML file. */
export type ExportFormat = 'pdf' | 'html';
const FORMATS: readonly ExportFormat[] = ['pdf', 'html'];

/** What the Export dialog lets a trainer choose; the same choices as `lectern export`. */
export interface ExportChoices {
  format: ExportFormat;
  layout: PrintLayout;
  paper: Paper;
  /** Speaker notes on handout pages (participant copies have none unless asked). */
  notes: boolean;
  /** Slide range such as `3-7,12`; empty prints every slide. */
  range: string;
  /** HTML only: inline images as they are on disk instead of at their displayed size (`--keep-images`). */
  keepImages: boolean;
  /** Notes too long for their box: continued on an extra page (absent: continue) or cut. */
  notesOverflow?: NotesOverflow;
}

/** The dialog's first choices: the CLI's defaults. */
export const DEFAULT_EXPORT_CHOICES: ExportChoices = { format: 'pdf', layout: 'slides', paper: 'a4', notes: false, range: '', keepImages: false };

/** Layout, paper, notes and range shape a PDF; an HTML file holds every slide with its notes. */
export function printChoicesApply(choices: ExportChoices): boolean {
  return choices.format === 'pdf';
}

/** Paper applies to the notes and handout layouts; `slides` pages are the size of a slide. */
export function paperApplies(layout: PrintLayout): boolean {
  return layout !== 'slides';
}

/** "Include speaker notes" applies to handouts only: `notes` always has them, `slides` never. */
export function notesOptionApplies(layout: PrintLayout): boolean {
  return layout.startsWith('handout-');
}

/** Whether the choices print speaker notes at all: notes pages, or handouts with notes (then long notes continue or are cut). */
export function notesOverflowApplies(choices: ExportChoices): boolean {
  return printChoicesApply(choices) && (choices.layout === 'notes' || (notesOptionApplies(choices.layout) && choices.notes));
}

/**
 * The print options the choices stand for, as the CLI would read them: paper and notes are
 * dropped where they do not apply (the dialog greys them out but keeps their values).
 * @internal
 */
export function printOptionsOf(choices: ExportChoices, date?: string): PrintOptions {
  // The HTML file is previewed as its slides, every one of them.
  if (!printChoicesApply(choices)) return readPrintOptions({ layout: 'slides' });
  const raw: Parameters<typeof readPrintOptions>[0] = { layout: choices.layout, notes: notesOptionApplies(choices.layout) && choices.notes };
  if (paperApplies(choices.layout)) raw.paper = choices.paper;
  if (choices.range.trim()) raw.range = choices.range.trim();
  if (date) raw.date = date;
  if (choices.notesOverflow && choices.layout !== 'slides') raw.notesOverflow = choices.notesOverflow;
  return readPrintOptions(raw);
}

/** The choices checked against a deck: the plan to preview and export, or the CLI's message and the problem's code. */
export type CheckedChoices = { ok: true; options: PrintOptions; plan: PrintPlan } | { ok: false; error: string; problem: ExportProblem };

/**
 * Checks the choices against the deck with the CLI's own parser and planner, so a bad range
 * shows exactly the message `lectern export --range` prints (and Export stays disabled).
 */
export function checkExportChoices(deck: Deck, choices: ExportChoices, date?: string): CheckedChoices {
  try {
    const options = printOptionsOf(choices, date);
    return { ok: true, options, plan: planPrint(deck, options) };
  } catch (err) {
    if (err instanceof PrintOptionError) {
      const problem = rangeProblem(deck, printChoicesApply(choices) ? choices.range : '') ?? { code: 'other', detail: err.message };
      return { ok: false, error: err.message, problem };
    }
    throw err;
  }
}

/**
 * Reads choices sent by a page (IPC or HTTP): anything that is not exactly the expected shape
 * is refused with a message, never passed on.
 */
export function readExportChoices(value: unknown): { ok: true; value: ExportChoices } | { ok: false; error: string } {
  const v = value as Partial<Record<keyof ExportChoices, unknown>> | null;
  const bad = { ok: false as const, error: 'malformed export request' };
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad;
  if (!PRINT_LAYOUTS.includes(v.layout as PrintLayout) || !PAPERS.includes(v.paper as Paper)) return bad;
  if (typeof v.notes !== 'boolean' || typeof v.range !== 'string' || v.range.length > 1000) return bad;
  if (!FORMATS.includes(v.format as ExportFormat) || typeof v.keepImages !== 'boolean') return bad;
  if (v.notesOverflow !== undefined && !NOTES_OVERFLOW.includes(v.notesOverflow as NotesOverflow)) return bad;
  const choices: ExportChoices = { format: v.format as ExportFormat, layout: v.layout as PrintLayout, paper: v.paper as Paper, notes: v.notes, range: v.range, keepImages: v.keepImages };
  if (v.notesOverflow !== undefined) choices.notesOverflow = v.notesOverflow as NotesOverflow;
  return { ok: true, value: choices };
}
