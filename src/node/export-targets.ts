import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pdfFileName } from '../core/pdf-file-name';
import type { Deck } from '../core/types';
import type { ExportOutput, ExportTargetPort } from './export-controller';

/** The browser host's download path of a finished export (the client adds the access key). */
export const DOWNLOAD_PATH = '/api/download';

/**
 * Exports of `lectern serve`: each into a fresh temp folder, offered as a download named after
 * the deck title; the previous one is removed when the next starts or the host closes.
 */
export class DownloadTarget implements ExportTargetPort {
  private finished: { dir: string; file: string; name: string; id: number } | null = null;
  private counter = 0;

  async describe(deck: Deck) {
    return { label: pdfFileName(deck.config.title), canChoose: false };
  }

  async prepare(deck: Deck): Promise<ExportOutput> {
    await this.close();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-export-')).catch((err: unknown) => {
      throw new Error(`Cannot make a temporary folder for the PDF: ${(err as Error).message}`);
    });
    const name = pdfFileName(deck.config.title);
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

/** GTK's save dialog does not append the filter's extension. */
const withPdfExtension = (file: string): string => (/\.pdf$/i.test(file) ? file : `${file}.pdf`);

/** How the app asks for a file and shows one (Electron's dialog and shell, injected). */
export interface FileTargetHost {
  /** Folder of the default file (the user's Documents). */
  defaultFolder(): string;
  /** Shows a save dialog (over the window of `requester`, the page that asked); null when cancelled. */
  askForFile(defaultPath: string, requester?: unknown): Promise<string | null>;
  reveal(file: string): void;
}

/** Exports of the app: to a file the user chose, by default Documents/<deck title>.pdf. */
export class FileTarget implements ExportTargetPort {
  private chosen: string | null = null;

  constructor(private readonly host: FileTargetHost) {}

  private fileFor(deck: Deck): string {
    return this.chosen ?? path.join(this.host.defaultFolder(), pdfFileName(deck.config.title));
  }

  async describe(deck: Deck) {
    return { label: this.fileFor(deck), canChoose: true };
  }

  async choose(deck: Deck, requester?: unknown) {
    const file = await this.host.askForFile(this.fileFor(deck), requester);
    if (!file) return null;
    this.chosen = withPdfExtension(file);
    return { label: this.chosen, canChoose: true };
  }

  async prepare(deck: Deck): Promise<ExportOutput> {
    const file = this.fileFor(deck);
    // Fail before the slow part when the PDF could not be written anyway.
    if (
      !(await access(path.dirname(file), constants.W_OK).then(
        () => true,
        () => false,
      ))
    )
      throw new Error(`Cannot write ${file}: its folder does not exist or is not writable.`);
    // The file is written atomically at the very end: a failed export leaves nothing to remove.
    return { file, label: file, folder: path.dirname(file), discard: async () => undefined };
  }

  reveal(file: string): void {
    this.host.reveal(file);
  }
}
