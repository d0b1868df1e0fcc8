import { notesOptionApplies, paperApplies, type CheckedChoices, type ExportChoices } from '../../core/export-choices';
import type { ExportStatus } from '../../shared/export-contract';
import type { ExportStrings } from './strings';

/** What the dialog shows for its choices and the export's status; pure, so it is unit-tested. */
export interface DialogView {
  paperEnabled: boolean;
  notesEnabled: boolean;
  /** Choices are locked while an export runs. */
  choicesEnabled: boolean;
  exportEnabled: boolean;
  cancelVisible: boolean;
  /** The CLI's message for bad choices (a wrong range), shown under the range field. */
  choiceError: string | null;
  /** Progress bar value 0..1, or null when no bar is shown. */
  progress: number | null;
  message: string;
  /** After a finished export: "Open folder" (app) or a download link (browser host). */
  openFolder: boolean;
  downloadUrl: string | null;
}

/** The dialog's controls for these choices (checked against the deck, null while loading) and status. */
export function viewDialog(choices: ExportChoices, checked: CheckedChoices | null, status: ExportStatus, s: ExportStrings): DialogView {
  const running = status.state === 'running';
  const view: DialogView = {
    paperEnabled: !running && paperApplies(choices.layout),
    notesEnabled: !running && notesOptionApplies(choices.layout),
    choicesEnabled: !running,
    exportEnabled: !running && !!checked?.ok,
    cancelVisible: running,
    choiceError: checked && !checked.ok ? checked.error : null,
    progress: null,
    message: '',
    openFolder: false,
    downloadUrl: null,
  };
  switch (status.state) {
    case 'running':
      view.progress = status.slidesTotal ? status.slidesDone / status.slidesTotal : 0;
      view.message = status.slidesDone ? s.progress(status.slidesDone, status.slidesTotal) : s.starting;
      break;
    case 'done':
      view.progress = 1;
      view.message = `${s.done(status.pages)}${status.cutNotes.length ? ` ${s.cutNotes(status.cutNotes.join(', '))}` : ''}`;
      view.openFolder = !status.downloadUrl;
      view.downloadUrl = status.downloadUrl ?? null;
      break;
    case 'cancelled':
      view.message = s.cancelled;
      break;
    case 'failed':
      view.message = `${s.failed} ${status.error}`;
      break;
    default:
      break;
  }
  return view;
}
