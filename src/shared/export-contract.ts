/**
 * The Export dialog's part of the host contract: start an export with the dialog's choices,
 * follow its progress, cancel it, and get the result (a file in a folder the user chose in the
 * app, a download from `lectern serve`). Pages never send paths. Types and constants only.
 */
import type { ExportChoices, ExportFormat } from '../core/export-choices';
import type { ExportProblem } from '../core/export-problem';
import type { Result } from './contract';

/** Where the file goes, as the dialog shows it. */
export interface ExportTarget {
  /** The file's full path (app) or the download's file name (browser host). */
  label: string;
  /** The app can ask for another file ("Choose file…"); the browser host offers a download. */
  canChoose: boolean;
}

/** Where an export is, as pushed to the dialog. */
export type ExportStatus =
  | { state: 'idle' }
  | { state: 'running'; slidesDone: number; slidesTotal: number; pagesDone: number; pagesTotal: number }
  | {
      state: 'done';
      /** The choices this file was made with: the dialog offers it only while they are still chosen. */
      choices: ExportChoices;
      format: ExportFormat;
      /** PDF pages, or the slides of an HTML file. */
      pages: number;
      /** Size of the written file. */
      bytes: number;
      /** The written file's name (app: full path). */
      file: string;
      /** Browser host: where to download the PDF (same origin, needs the access key). */
      downloadUrl?: string;
      /** 1-based numbers of slides whose notes were cut to fit their box. */
      cutNotes: number[];
    }
  | { state: 'cancelled' }
  | { state: 'failed'; error: string; problem: ExportProblem };

/** What `start` answers: the first status, or why not (with a code the dialog words in its language). */
export type ExportStartResult = { ok: true; value: ExportStatus } | { ok: false; error: string; problem?: ExportProblem };

/** Above this an exported HTML file is slow to send and to open: the dialog and the CLI warn (docs/html-export.md). */
export const LARGE_HTML_BYTES = 50 * 1024 * 1024;

/** The Export dialog's host operations; both hosts implement them. */
export interface ExportHost {
  /** Where the next export will write (the app's default: Documents/<deck title>.pdf). */
  target(format?: ExportFormat): Promise<Result<ExportTarget>>;
  /** App only: asks main to show a save dialog; null when the user cancelled it. */
  chooseTarget(format?: ExportFormat): Promise<Result<ExportTarget | null>>;
  /** Starts an export; refused while another export of this deck runs. */
  start(choices: ExportChoices): Promise<ExportStartResult>;
  /**
   * Cancels the running export: nothing is written, an existing file stays as it was. The
   * 'cancelled' status follows once the printer has stopped.
   */
  cancel(): Promise<Result<true>>;
  /** App only: shows the exported file in the system's file manager. */
  openFolder(): Promise<Result<true>>;
  /** Subscribes to status changes; returns an unsubscribe function. */
  onStatus(listener: (status: ExportStatus) => void): () => void;
}

/** The dialog's operation names; each is the application operation `export.<name>` (src/shared/operations.ts). */
export const EXPORT_OPERATIONS = ['target', 'chooseTarget', 'start', 'cancel', 'openFolder'] as const;

/** The app page of the Export dialog. */
export const EXPORT_PAGE = 'export.html';
