import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planPrint } from '../core/print-plan';
import type { Result } from '../shared/contract';
import { EXPORT_STATUS_CHANNEL, type ExportStatus } from '../shared/export-contract';
import { runExport, type PrintBackend } from '../node/export-run';
import { DeckRegistry } from './deck-registry';
import type { DeckExporter } from './export-ipc';
import { setupExportIpc } from './export-ipc';
import { dialog, FakeBrowserWindow, ipcMain, resetElectronMock, shell } from '../../test/support/electron-mock';
import { FIXTURE_TITLE, makeFixtureDeck } from '../../test/support/fixture-deck';

vi.mock('electron', () => import('../../test/support/electron-mock'));

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
let key: string;
let win: FakeBrowserWindow;

/** A printer that takes `printMs` per page (one page per batch), like a busy Chromium. */
function slowBackend(printMs: number, pagesTotal: number): PrintBackend {
  let range: [number, number] = [0, 0];
  return {
    async render(from, to) {
      range = [from, to];
      return { pages: pagesTotal, rendered: range, cutNotes: [] };
    },
    async print() {
      await delay(printMs);
      const doc = await PDFDocument.create();
      for (let i = range[0]; i < range[1]; i++) doc.addPage([595, 842]);
      return doc.save();
    },
    async close() {},
  };
}

/** The app's exporter with a slow fake printer instead of printToPDF: the real shared export path otherwise. */
const slowExporter = (printMs: number): DeckExporter => async (reg, deckKey, output, options = {}) => {
  const { deck } = await reg.get(deckKey)!.session.payload();
  const plan = planPrint(deck, options.print!);
  return runExport({ deck, plan, output, backend: slowBackend(printMs, plan.pages.length), signal: options.signal, onProgress: options.onProgress, batchPages: 1 });
};

function invoke<T>(op: string, args: unknown[] = [], sender: { contents?: FakeBrowserWindow['webContents']; url?: string; parent?: unknown } = {}): Promise<Result<T>> {
  const contents = sender.contents ?? win.webContents;
  const frame = { url: sender.url ?? `lectern://${key}/export.html`, parent: sender.parent ?? null };
  return ipcMain.handlers.get(`export:${op}`)!({ sender: contents, senderFrame: frame }, ...args) as Promise<Result<T>>;
}

/** Statuses the dialog window received, in order. */
const statuses = (w = win): ExportStatus[] => w.webContents.send.mock.calls.filter((c) => c[0] === EXPORT_STATUS_CHANNEL).map((c) => c[1] as ExportStatus);
const lastState = (w = win): string | undefined => statuses(w).at(-1)?.state;
const NOTES = { layout: 'notes', paper: 'a4', notes: false, range: '' };

beforeEach(async () => {
  resetElectronMock();
  fixture = await makeFixtureDeck();
  registry = new DeckRegistry();
  key = await registry.open(fixture.dir);
  win = new FakeBrowserWindow({});
  registry.attach(key, win.webContents);
});
afterEach(async () => {
  await registry.closeAll();
  await fixture.cleanup();
});

describe('Export dialog IPC', () => {
  it('writes to Documents/<title>.pdf by default, or to the file chosen in main’s save dialog', async () => {
    setupExportIpc(registry, slowExporter(1));
    expect(await invoke('target')).toEqual({ ok: true, value: { label: path.join('/tmp/lectern-test-documents', `${FIXTURE_TITLE}.pdf`), canChoose: true } });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(fixture.root, 'guide') });
    expect(await invoke('chooseTarget')).toEqual({ ok: true, value: { label: path.join(fixture.root, 'guide.pdf'), canChoose: true } });
    expect(dialog.showSaveDialog.mock.calls[0]![0]).toBe(win);
    expect(await invoke('target')).toMatchObject({ value: { label: path.join(fixture.root, 'guide.pdf') } });
    // Cancelling the save dialog keeps the earlier choice.
    expect(await invoke('chooseTarget')).toEqual({ ok: true, value: null });
    expect(await invoke('target')).toMatchObject({ value: { label: path.join(fixture.root, 'guide.pdf') } });
  });

  it('exports with progress sent to the dialog, then shows the file in its folder', async () => {
    setupExportIpc(registry, slowExporter(5));
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(fixture.root, 'guide.pdf') });
    await invoke('chooseTarget');
    expect(await invoke('start', [NOTES])).toEqual({ ok: true, value: { state: 'running', slidesDone: 0, slidesTotal: 3, pagesDone: 0, pagesTotal: 3 } });
    await expect.poll(lastState).toBe('done');
    expect(statuses().map((s) => (s.state === 'running' ? `${s.slidesDone}/${s.slidesTotal}` : s.state))).toEqual(['1/3', '2/3', '3/3', 'done']);
    expect(statuses().at(-1)).toEqual({ state: 'done', pages: 3, file: path.join(fixture.root, 'guide.pdf'), cutNotes: [] });
    const pdf = await PDFDocument.load(await readFile(path.join(fixture.root, 'guide.pdf')));
    expect(pdf.getPageCount()).toBe(3);
    expect(pdf.getTitle()).toBe(FIXTURE_TITLE);
    expect(await invoke('openFolder')).toEqual({ ok: true, value: true });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(path.join(fixture.root, 'guide.pdf'));
  });

  it('Cancel stops within a second, writes nothing, and leaves an existing file byte-identical', async () => {
    setupExportIpc(registry, slowExporter(400));
    const output = path.join(fixture.root, 'guide.pdf');
    const old = Buffer.from('%PDF-1.7 the trainer’s earlier guide');
    await writeFile(output, old);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: output });
    await invoke('chooseTarget');
    await invoke('start', [NOTES]);
    await expect.poll(() => statuses().length).toBeGreaterThanOrEqual(1);
    const asked = Date.now();
    expect(await invoke('cancel')).toEqual({ ok: true, value: true });
    await expect.poll(lastState, { interval: 10 }).toBe('cancelled');
    expect(Date.now() - asked).toBeLessThan(1000);
    await delay(900); // the printer would have finished by now
    expect(await readFile(output)).toEqual(old);
    expect((await readdir(fixture.root)).filter((f) => f !== 'deck' && f !== 'guide.pdf')).toEqual([]);
    expect(lastState()).toBe('cancelled');
    expect(await invoke('openFolder')).toMatchObject({ ok: false });
  });

  it('runs one export per deck at a time, and closing the dialog cancels its export', async () => {
    setupExportIpc(registry, slowExporter(300));
    const other = new FakeBrowserWindow({});
    registry.attach(key, other.webContents);
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(fixture.root, 'a.pdf') });
    await invoke('chooseTarget');
    await invoke('chooseTarget', [], { contents: other.webContents });
    // Two quick presses (or two dialogs) at once: one export runs, the other is told why not.
    const both = await Promise.all([invoke('start', [NOTES]), invoke('start', [NOTES], { contents: other.webContents })]);
    expect(both.map((r) => r.ok)).toEqual([true, false]);
    expect(await invoke('start', [NOTES])).toEqual({ ok: false, error: expect.stringContaining('already running') });
    expect(await invoke('start', [NOTES], { contents: other.webContents })).toEqual({ ok: false, error: expect.stringContaining('already running') });
    win.webContents.emit('destroyed');
    win.webContents.destroyed = true;
    await delay(100);
    // The export stopped: the deck is free again, and nothing was written.
    expect(await invoke('start', [NOTES], { contents: other.webContents })).toMatchObject({ ok: true });
    expect(await readdir(fixture.root)).not.toContain('a.pdf');
    await invoke('cancel', [], { contents: other.webContents });
  });

  it('refuses foreign frames, other pages and decks, bad choices, and a folder it cannot write', async () => {
    setupExportIpc(registry, slowExporter(1));
    const refused = { ok: false, error: expect.stringContaining('refused') };
    expect(await invoke('start', [NOTES], { parent: {} })).toEqual(refused);
    expect(await invoke('start', [NOTES], { url: `lectern://${key}/index.html` })).toEqual(refused);
    expect(await invoke('start', [NOTES], { url: `lectern://${key}/edit.html` })).toEqual(refused);
    expect(await invoke('start', [NOTES], { url: 'https://evil.example/export.html' })).toEqual(refused);
    expect(await invoke('start', [NOTES], { url: 'lectern://d99/export.html' })).toEqual(refused);
    expect(await invoke('start', [NOTES], { contents: new FakeBrowserWindow({}).webContents })).toEqual(refused);
    expect(await invoke('chooseTarget', [], { url: `lectern://${key}/index.html` })).toEqual(refused);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(await invoke('start', [{ ...NOTES, output: '/etc/passwd', layout: 'handout-5' }])).toEqual({ ok: false, error: 'malformed export request' });
    expect(await invoke('start', [{ ...NOTES, range: '2-9' }])).toEqual({ ok: false, error: '--range 2-9: `2-9` is past the end: the deck has 3 slides' });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(fixture.root, 'missing', 'x.pdf') });
    await invoke('chooseTarget');
    expect(await invoke('start', [NOTES])).toEqual({ ok: false, error: `Cannot write ${path.join(fixture.root, 'missing', 'x.pdf')}: its folder does not exist or is not writable.` });
    expect(statuses()).toEqual([]);
  });
});
