import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { checkExportChoices, readExportChoices, type ExportChoices } from '../core/export-choices';
import { pdfFileName } from '../core/pdf-file-name';
import type { Result } from '../shared/contract';
import { EXPORT_PAGE, EXPORT_STATUS_CHANNEL, type ExportStatus, type ExportTarget } from '../shared/export-contract';
import { ExportCancelledError } from '../node/export-run';
import { parseUrl } from './app-paths';
import type { DeckRegistry } from './deck-registry';
import { exportDeckToPdf } from './export';
import { t } from './i18n';
import { deckKeyOfSender } from './ipc';

/** The app's exporter (printToPDF through the shared path); tests pass one with a slow fake printer. */
export type DeckExporter = typeof exportDeckToPdf;

/** What one Export dialog window remembers: the file it writes to and its running export. */
interface DialogState {
  /** Chosen in main's save dialog; the page never sends a path. */
  output: string | null;
  running: AbortController | null;
  /** The last file written, for "Open folder". */
  written: string | null;
}

/** Today's date for the header of paper layouts when deck.yaml has none (as the CLI does). */
const today = (): string => new Date().toISOString().slice(0, 10);

/** GTK's save dialog does not append the filter's extension. */
const withPdfExtension = (file: string): string => (/\.pdf$/i.test(file) ? file : `${file}.pdf`);

/**
 * Registers the Export dialog's IPC operations (`export:<op>`). Only the main frame of the
 * dialog page (`lectern://<key>/export.html`) of a deck open in that very window is served; the
 * choices are validated, paths are chosen in main. One export at a time per deck; progress and
 * the outcome are sent to the dialog; closing the dialog cancels its export.
 */
export function setupExportIpc(registry: DeckRegistry, exporter: DeckExporter = exportDeckToPdf): void {
  const dialogs = new Map<number, DialogState>();
  const runningDecks = new Set<string>();
  const stateOf = (contents: WebContents): DialogState => {
    let state = dialogs.get(contents.id);
    if (!state) {
      const fresh: DialogState = { output: null, running: null, written: null };
      dialogs.set(contents.id, fresh);
      contents.once('destroyed', () => {
        fresh.running?.abort();
        dialogs.delete(contents.id);
      });
      state = fresh;
    }
    return state;
  };
  const outputOf = async (key: string, state: DialogState): Promise<string> => state.output ?? path.join(app.getPath('documents'), pdfFileName((await registry.get(key)!.session.payload()).deck.config.title));
  const handle = (op: string, work: (key: string, event: IpcMainInvokeEvent, state: DialogState, args: unknown[]) => Promise<Result<unknown>>): void => {
    ipcMain.handle(`export:${op}`, async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<unknown>> => {
      const key = deckKeyOfSender(registry, event);
      if (!key.ok) return key;
      if (parseUrl(event.senderFrame!.url)?.pathname !== `/${EXPORT_PAGE}`) return { ok: false, error: 'request refused: only the Export dialog may export' };
      try {
        return await work(key.value, event, stateOf(event.sender), args);
      } catch (err) {
        return { ok: false, error: (err as Error).message };
      }
    });
  };

  handle('target', async (key, _event, state): Promise<Result<ExportTarget>> => ({ ok: true, value: { label: await outputOf(key, state), canChoose: true } }));

  handle('chooseTarget', async (key, event, state): Promise<Result<ExportTarget | null>> => {
    const s = t();
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: await outputOf(key, state), filters: [{ name: s.pdfFilter, extensions: ['pdf'] }] };
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: true, value: null };
    state.output = withPdfExtension(choice.filePath);
    return { ok: true, value: { label: state.output, canChoose: true } };
  });

  /** The plan of the choices and a writable output, or why not. */
  const prepare = async (key: string, state: DialogState, choices: ExportChoices) => {
    const { deck } = await registry.get(key)!.session.payload();
    const checked = checkExportChoices(deck, choices, today());
    if (!checked.ok) return checked;
    const output = await outputOf(key, state);
    // Fail before the slow part when the PDF could not be written anyway.
    if (!(await access(path.dirname(output), constants.W_OK).then(() => true, () => false))) return { ok: false as const, error: `Cannot write ${output}: its folder does not exist or is not writable.` };
    return { ok: true as const, checked, output };
  };

  handle('start', async (key, event, state, args): Promise<Result<ExportStatus>> => {
    const choices = readExportChoices(args[0]);
    if (!choices.ok) return choices;
    if (runningDecks.has(key)) return { ok: false, error: 'An export of this deck is already running: wait for it to finish or cancel it.' };
    // Claimed before anything is awaited, so two quick starts cannot both pass the check above.
    runningDecks.add(key);
    const ready = await prepare(key, state, choices.value).catch((err: unknown) => ({ ok: false as const, error: (err as Error).message }));
    if (!ready.ok || event.sender.isDestroyed()) {
      runningDecks.delete(key);
      return ready.ok ? { ok: false, error: 'the Export dialog was closed' } : ready;
    }
    const { checked, output } = ready;
    const controller = new AbortController();
    state.running = controller;
    const send = (status: ExportStatus): void => {
      if (!event.sender.isDestroyed()) event.sender.send(EXPORT_STATUS_CHANNEL, status);
    };
    const slidesTotal = new Set(checked.plan.pages.flatMap((p) => p.items.map((i) => i.slide))).size;
    const first: ExportStatus = { state: 'running', slidesDone: 0, slidesTotal, pagesDone: 0, pagesTotal: checked.plan.pages.length };
    const finish = (status: ExportStatus): void => {
      state.running = null;
      runningDecks.delete(key);
      send(status);
    };
    exporter(registry, key, output, {
      print: checked.options,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'print' && !controller.signal.aborted) send({ state: 'running', slidesDone: p.slidesDone, slidesTotal: p.slidesTotal, pagesDone: p.pagesDone, pagesTotal: p.pagesTotal });
      },
    }).then(
      (result) => {
        state.written = output;
        finish({ state: 'done', pages: result.pages, file: output, cutNotes: result.cutNotes.map((i) => i + 1) });
      },
      (err: unknown) => finish(err instanceof ExportCancelledError || controller.signal.aborted ? { state: 'cancelled' } : { state: 'failed', error: (err as Error).message }),
    );
    return { ok: true, value: first };
  });

  handle('cancel', async (_key, _event, state): Promise<Result<true>> => {
    if (!state.running) return { ok: false, error: 'No export is running.' };
    state.running.abort();
    return { ok: true, value: true };
  });

  handle('openFolder', async (_key, _event, state): Promise<Result<true>> => {
    if (!state.written) return { ok: false, error: 'Nothing has been exported yet.' };
    shell.showItemInFolder(state.written);
    return { ok: true, value: true };
  });
}
