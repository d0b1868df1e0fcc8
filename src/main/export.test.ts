import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPrintOptions } from '../core/print-plan';
import { SLIDE_BOX } from '../core/print-layout';
import { createAppRegistry } from './app-registry';
import type { DeckRegistry } from './deck-registry';
import { exportDeckToPdf } from './export';
import { FakeBrowserWindow, resetElectronMock } from '../../test/support/electron-mock';
import { FIXTURE_TITLE, makeFixtureDeck } from '../../test/support/fixture-deck';

vi.mock('electron', () => import('../../test/support/electron-mock'));

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
let key: string;

async function smallPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([960, 540]);
  return doc.save();
}

/** Makes the next export window report `states` from its readiness probe, then print `pdf`. */
function scriptNextWindow(states: unknown[], pdf?: Uint8Array, error = '', pages = 3): void {
  const original = FakeBrowserWindow.instances.push.bind(FakeBrowserWindow.instances);
  vi.spyOn(FakeBrowserWindow.instances, 'push').mockImplementationOnce((win: FakeBrowserWindow) => {
    const queue = [...states];
    win.webContents.executeJavaScript.mockImplementation(async (code: string) => {
      if (code.includes('dataset.error')) return error;
      // What the print view reports once ready (the fixture's 3 slides are 3 pages in `slides`).
      if (code.includes('dataset.state')) return JSON.stringify({ pages, rendered: [0, pages], cutNotes: [] });
      return queue.length > 1 ? queue.shift() : queue[0];
    });
    if (pdf) win.webContents.printToPDF.mockResolvedValue(pdf);
    return original(win);
  });
}

beforeEach(async () => {
  resetElectronMock();
  fixture = await makeFixtureDeck();
  registry = createAppRegistry();
  key = await registry.open(fixture.dir);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await registry.closeAll();
  await fixture.cleanup();
});

describe('exportDeckToPdf', () => {
  it('waits for the print view, prints, adds metadata and writes the file atomically', async () => {
    registry.attach(key, { id: 1000, send: vi.fn(), isDestroyed: () => false }); // the deck's own window
    scriptNextWindow([undefined, 'false', 'true'], await smallPdf(3));
    const output = path.join(fixture.root, 'out.pdf');
    await exportDeckToPdf(registry, key, output, { pollMs: 1 });

    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options).toMatchObject({ show: false, width: 1280, height: 720 });
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(win.loadURL).toHaveBeenCalledWith(`lectern://${key}/print.html?layout=slides&from=0&to=3`);
    expect(win.webContents.executeJavaScript.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({
      printBackground: true,
      preferCSSPageSize: true,
      pageSize: { width: SLIDE_BOX.width / 96, height: SLIDE_BOX.height / 96 },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(win.isDestroyed()).toBe(true);

    const written = await PDFDocument.load(await readFile(output));
    expect(written.getTitle()).toBe(FIXTURE_TITLE);
    expect(written.getCreator()).toBe('Lectern');
    expect(written.getPageCount()).toBe(3);
    expect((await readdir(fixture.root)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The deck stays open for its own window; the export window is no longer a view of it.
    expect(registry.get(key)).toBeDefined();
    expect(registry.keyOfView(win.webContents.id)).toBeUndefined();
  });

  it("throws the print view's own error and still destroys the window", async () => {
    scriptNextWindow(['error'], undefined, 'deck.yaml: line 2: bad indentation');
    const output = path.join(fixture.root, 'out.pdf');
    await expect(exportDeckToPdf(registry, key, output, { pollMs: 1 })).rejects.toThrow('deck.yaml: line 2: bad indentation');
    expect(FakeBrowserWindow.instances[0]!.isDestroyed()).toBe(true);
    expect(await readdir(fixture.root)).not.toContain('out.pdf');
  });

  it('gives up after the timeout', async () => {
    scriptNextWindow([undefined]);
    await expect(exportDeckToPdf(registry, key, path.join(fixture.root, 'out.pdf'), { pollMs: 1, timeoutMs: 30 })).rejects.toThrow(/not ready/);
    expect(FakeBrowserWindow.instances[0]!.isDestroyed()).toBe(true);
  });

  it('fails when the print renderer dies instead of waiting forever', async () => {
    const original = FakeBrowserWindow.instances.push.bind(FakeBrowserWindow.instances);
    vi.spyOn(FakeBrowserWindow.instances, 'push').mockImplementationOnce((win: FakeBrowserWindow) => {
      win.webContents.executeJavaScript.mockImplementation(() => {
        setTimeout(() => win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 }), 5);
        return new Promise(() => undefined);
      });
      return original(win);
    });
    await expect(exportDeckToPdf(registry, key, path.join(fixture.root, 'out.pdf'), { pollMs: 1 })).rejects.toThrow(/crashed \(oom\)/);
    expect(FakeBrowserWindow.instances[0]!.isDestroyed()).toBe(true);
  });

  it('prints notes pages and handouts on paper through the same path, and cancels without writing', async () => {
    registry.attach(key, { id: 1000, send: vi.fn(), isDestroyed: () => false }); // the deck's own window
    scriptNextWindow(['true'], await smallPdf(1), '', 1);
    const output = path.join(fixture.root, 'handout.pdf');
    const progress: string[] = [];
    await exportDeckToPdf(registry, key, output, { pollMs: 1, print: readPrintOptions({ layout: 'handout-4', paper: 'letter' }), onProgress: (p) => progress.push(p.phase) });
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.loadURL).toHaveBeenCalledWith(`lectern://${key}/print.html?layout=handout-4&from=0&to=1&paper=letter`);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: { width: 8.5, height: 11 } }));
    expect(progress).toEqual(['print', 'merge', 'write', 'done']);
    expect((await PDFDocument.load(await readFile(output))).getPageCount()).toBe(1);

    const controller = new AbortController();
    const original = FakeBrowserWindow.instances.push.bind(FakeBrowserWindow.instances);
    vi.spyOn(FakeBrowserWindow.instances, 'push').mockImplementationOnce((w: FakeBrowserWindow) => {
      w.webContents.executeJavaScript.mockImplementation(() => new Promise(() => undefined));
      return original(w);
    });
    const running = exportDeckToPdf(registry, key, output, { pollMs: 1, signal: controller.signal, print: readPrintOptions({ layout: 'notes' }) });
    setTimeout(() => controller.abort(), 20);
    await expect(running).rejects.toThrow(/cancelled/);
    expect(FakeBrowserWindow.instances[1]!.isDestroyed()).toBe(true);
    expect((await PDFDocument.load(await readFile(output))).getPageCount()).toBe(1);
  });

  it('refuses a deck that is not open', async () => {
    await expect(exportDeckToPdf(registry, 'd42', '/tmp/x.pdf')).rejects.toThrow(/no longer open/);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});
