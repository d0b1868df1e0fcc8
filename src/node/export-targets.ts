import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExportFormat } from '../core/export-choices';
import type { ExportProblem } from '../core/export-problem';
import { pdfFileName } from '../core/pdf-file-name';
import type { Deck } from '../core/types';
import type { ExportOutput, ExportTargetPort } from './export-controller';

/** The deck title as a file name of the format: `Talk.pdf`, `Talk.html`. */
const fileNameOf = (deck: Deck, format: ExportFormat): string => pdfFileName(deck.config.title).replace(/\.pdf$/, `.${format}`);

/** The browser host's download path of a finished export (the client adds the access key). */
export const DOWNLOAD_PATH = '/api/download';

/**
 * Exports of `lectern serve`: each into a fresh temp folder, offered as a download named after
 * the deck title; the previous one is removed when the next starts or the host closes.
 */
export class DownloadTarget implements ExportTargetPort {
  private finished: { dir: string; file: string; name: string; id: number } | null = null;
  private counter = 0;

  async describe(deck: Deck, format: ExportFormat) {
    return { label: fileNameOf(deck, format), canChoose: false };
  }

  async prepare(deck: Deck, format: ExportFormat): Promise<ExportOutput> {
    await this.close();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-export-')).catch((err: unknown) => {
      throw new Error(`Cannot make a temporary folder for the export: ${(err as Error).message}`);
    });
    const name = fileNameOf(deck, format);
    const id = ++this.counter;
    const file = path.join(dir, name);
    this.finished = { dir, file, name, id };
    return { file, label: name, downloadUrl: `${DOWNLOAD_PATH}?job=${id}`, folder: path.dirname(dir), discard: () => this.discard(id) };
  }

  /** The finished PDF of job `id`, or null when it is gone or another job's. */
  download(id: number): { file: string; name: string } | null {
    return this.finished && this.finished.id === id ? { file: this.finished.file, name: this.finished.name } : null;
  }

  private async discard(id: number): Promise<void> {
    if (this.finished?.id === id) await this.close();
  }

  async close(): Promise<void> {
    const done = this.finished;
    this.finished = null;
    if (done) await rm(done.dir, { recursive: true, force: true });
  }
}

/** GTK's save dialog does not append the filter's extension; a PDF path chosen earlier becomes `.html` for HTML and back. */
const withExtension = (file: string, format: ExportFormat): string => (new RegExp(`\\.${format}$`, 'i').test(file) ? file : `${file.replace(/\.(pdf|html)$/i, '')}.${format}`);

/** How the app asks for a file and shows one (Electron's dialog and shell, injected). */
export interface FileTargetHost {
  /** Folder of the default file (the user's Documents). */
  defaultFolder(): string;
  /** Shows a save dialog (over the window of `requester`, the page that asked); null when cancelled. */
  askForFile(defaultPath: string, requester: unknown, format: ExportFormat): Promise<string | null>;
  reveal(file: string): void;
}

/** Exports of the app: to a file the user chose, by default Documents/<deck title>.pdf. */
export class FileTarget implements ExportTargetPort {
  private chosen: string | null = null;

  constructor(private readonly host: FileTargetHost) {}

  private fileFor(deck: Deck, format: ExportFormat): string {
    return withExtension(this.chosen ?? path.join(this.host.defaultFolder(), fileNameOf(deck, format)), format);
  }

  async describe(deck: Deck, format: ExportFormat) {
    return { label: this.fileFor(deck, format), canChoose: true };
  }

  async choose(deck: Deck, requester: unknown, format: ExportFormat) {
    const file = await this.host.askForFile(this.fileFor(deck, format), requester, format);
    if (!file) return null;
    this.chosen = withExtension(file, format);
    return { label: this.chosen, canChoose: true };
  }

  async prepare(deck: Deck, format: ExportFormat): Promise<ExportOutput> {
    const file = this.fileFor(deck, format);
    // Fail before the slow part when the PDF could not be written anyway.
    await access(path.dirname(file), constants.W_OK).catch(() => {
      // The `problem` lets the dialog word the refusal in its language.
      const problem: ExportProblem = { code: 'folder-not-writable', file };
      throw Object.assign(new Error(`Cannot write ${file}: its folder does not exist or is not writable.`), { problem });
    });
    // The file is written atomically at the very end: a failed export leaves nothing to remove.
    return { file, label: file, folder: path.dirname(file), discard: async () => undefined };
  }

  reveal(file: string): void {
    this.host.reveal(file);
  }
}
