import { notesOptionApplies, notesOverflowApplies, paperApplies, printChoicesApply, type CheckedChoices, type ExportChoices, type ExportFormat } from '../../core/export-choices';
import type { ExportProblem } from '../../core/export-problem';
import type { PrintPlan } from '../../core/print-plan';
import { LARGE_HTML_BYTES, type ExportStatus } from '../../shared/export-contract';
import type { ExportStrings } from './strings';

/**
 * Everything the Export dialog knows, in one place. Changed only by `reduceDialog`, read only
 * through `viewDialog`: both pure, so the dialog's behaviour is unit-tested without a DOM.
 */
export interface DialogState {
  choices: ExportChoices;
  /** The choices checked against the deck (null while it loads). */
  checked: CheckedChoices | null;
  /** The last plan of valid choices: shown greyed while the choices are wrong. */
  plan: PrintPlan | null;
  /** 0-based page of `plan` in the preview. */
  page: number;
  status: ExportStatus;
  /** The choices changed since the status arrived: an old failure or cancel is no longer shown. */
  changed: boolean;
}

export type DialogEvent =
  /** New choices (or the deck changed), checked against the deck. */
  | { type: 'choices'; choices: ExportChoices; checked: CheckedChoices }
  | { type: 'status'; status: ExportStatus }
  /** `start` refused the export (a range the deck no longer has, another export running). */
  | { type: 'refused'; error: string; problem?: ExportProblem }
  | { type: 'page'; step: number };

export const initialDialog = (choices: ExportChoices): DialogState => ({ choices, checked: null, plan: null, page: 0, status: { state: 'idle' }, changed: false });

const sameChoices = (a: ExportChoices, b: ExportChoices): boolean =>
  a.format === b.format &&
  (a.format === 'html'
    ? a.keepImages === b.keepImages
    : a.layout === b.layout &&
      a.range.trim() === b.range.trim() &&
      (!paperApplies(a.layout) || a.paper === b.paper) &&
      (!notesOptionApplies(a.layout) || a.notes === b.notes) &&
      (!notesOverflowApplies(a) || (a.notesOverflow ?? 'continue') === (b.notesOverflow ?? 'continue')));

export function reduceDialog(state: DialogState, event: DialogEvent): DialogState {
  switch (event.type) {
    case 'choices': {
      const plan = event.checked.ok ? event.checked.plan : state.plan;
      // Another layout starts at its first page; paper, notes or a range keep the page where it can.
      const page = state.plan && plan && plan.layout !== state.plan.layout ? 0 : Math.min(state.page, Math.max(0, (plan?.pages.length ?? 1) - 1));
      const changed = state.changed || !sameChoices(state.choices, event.choices);
      return { ...state, choices: event.choices, checked: event.checked, plan, page, changed };
    }
    case 'status':
      return { ...state, status: event.status, changed: false };
    case 'refused':
      return { ...state, status: { state: 'failed', error: event.error, problem: event.problem ?? { code: 'other', detail: event.error } }, changed: false };
    case 'page': {
      const last = Math.max(0, (state.plan?.pages.length ?? 1) - 1);
      return { ...state, page: Math.min(last, Math.max(0, state.page + event.step)) };
    }
  }
}

/** What the dialog shows; derived from the state only. */
export interface DialogView {
  paperEnabled: boolean;
  notesEnabled: boolean;
  /** "Continue long notes on an extra page": only where notes are printed. */
  overflowEnabled: boolean;
  /** Layout, paper, notes and range: PDF only. */
  printChoicesShown: boolean;
  /** Choices are locked while an export runs. */
  choicesEnabled: boolean;
  exportEnabled: boolean;
  exportLabel: string;
  cancelVisible: boolean;
  /** Why the choices cannot be exported, in the UI language, shown beside the range field. */
  choiceError: string | null;
  /** Progress bar value 0..1, or null when no bar is shown. */
  progress: number | null;
  message: string;
  /** The file is over 50 MB (HTML): a warning under the message. */
  warning: string | null;
  /** After a finished export with the current choices: "Open folder" (app) or a download (browser host). */
  openFolder: boolean;
  download: { url: string; label: string } | null;
  preview: { plan: PrintPlan; page: number; label: string; stale: boolean; canPrevious: boolean; canNext: boolean } | null;
}

/** What a finished file was made with, in a few words ("Notes pages (trainer's guide)", "Single HTML file"). */
const whatOf = (format: ExportFormat, choices: ExportChoices, s: ExportStrings): string => (format === 'html' ? s.formats.html : `PDF: ${s.layouts[choices.layout]}`);

/** The dialog's controls for this state. */
export function viewDialog(state: DialogState, s: ExportStrings): DialogView {
  const { choices, checked, status, plan } = state;
  const running = status.state === 'running';
  const print = printChoicesApply(choices);
  const view: DialogView = {
    paperEnabled: !running && print && paperApplies(choices.layout),
    notesEnabled: !running && print && notesOptionApplies(choices.layout),
    overflowEnabled: !running && notesOverflowApplies(choices),
    printChoicesShown: print,
    choicesEnabled: !running,
    exportEnabled: !running && !!checked?.ok,
    exportLabel: s.exportButton[choices.format],
    cancelVisible: running,
    choiceError: checked && !checked.ok ? s.problem(checked.problem) : null,
    progress: null,
    message: '',
    warning: null,
    openFolder: false,
    download: null,
    preview: plan
      ? {
          plan,
          page: state.page,
          // The HTML file is previewed slide by slide.
          label: (print ? s.pageOf : s.progress)(state.page + 1, plan.pages.length),
          stale: !!checked && !checked.ok,
          canPrevious: state.page > 0,
          canNext: state.page < plan.pages.length - 1,
        }
      : null,
  };
  switch (status.state) {
    case 'running':
      view.progress = status.slidesTotal && status.slidesDone ? status.slidesDone / status.slidesTotal : 0;
      view.message = status.slidesDone ? s.progress(status.slidesDone, status.slidesTotal) : s.starting[choices.format];
      break;
    case 'done':
      if (!sameChoices(status.choices, choices)) {
        view.message = s.stale(whatOf(status.format, status.choices, s));
        break;
      }
      view.progress = 1;
      view.message = `${s.done(status.format, status.pages, s.size(status.bytes))}${status.cutNotes.length ? ` ${s.cutNotes(status.cutNotes.join(', '))}` : ''}`;
      view.warning = status.format === 'html' && status.bytes > LARGE_HTML_BYTES ? s.large : null;
      view.openFolder = !status.downloadUrl;
      view.download = status.downloadUrl ? { url: status.downloadUrl, label: s.download[status.format] } : null;
      break;
    case 'cancelled':
      view.message = state.changed ? '' : s.cancelled;
      break;
    case 'failed':
      view.message = state.changed ? '' : `${s.failed} ${s.problem(status.problem)}`;
      break;
    default:
      break;
  }
  return view;
}
