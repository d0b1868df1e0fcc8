import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckPayload } from '../shared/contract';
import type { ExportStatus } from '../shared/export-contract';
import { joinDeckPieces, type DeckPiece } from '../shared/deck-pieces';
import { ipcEventChannelOf } from '../shared/operations';
import type { OpenedFile } from '../shared/edit-contract';
import type { DeckSession } from '../node/deck-session';
import { slowPrinter } from '../../test/support/slow-printer';
import { DeckFolderError } from '../node/read-deck';
import { SettingsStore } from '../node/settings-store';
import { createAppRegistry } from './app-registry';
import type { DeckRegistry } from './deck-registry';
import { setupIpc } from './ipc';
import { dialog, ipcMain, resetElectronMock, shell } from '../../test/support/electron-mock';
import { FIXTURE_TITLE, invokeOp, makeFixtureDeck, makeSender } from '../../test/support/fixture-deck';

vi.mock('electron', () => import('../../test/support/electron-mock'));

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
let dataDir: string;
let key: string;
let printMs = 1;
const VIEW = 7;
const send = vi.fn();
const windowCommand = vi.fn(async () => ({ ok: true as const, value: true as const }));
const op = <T>(name: string, page: string, ...args: unknown[]) => invokeOp<T>(name, { key, page, senderId: VIEW }, ...args);
const pushed = (name: 'deck' | 'presentation' | 'file' | 'export') => {
  const values = send.mock.calls.filter((c) => c[0] === ipcEventChannelOf(name)).map((c) => c[1] as unknown);
  if (name !== 'deck') return values;
  // Deck updates travel in pieces (ipc-events.ts): joined as the preload joins them.
  const decks: unknown[] = [];
  const join = joinDeckPieces((update) => decks.push(update));
  for (const piece of values) join(piece as DeckPiece);
  return decks;
};
const exportStates = () => (pushed('export') as ExportStatus[]).map((s) => s.state);
const NOTES = { format: 'pdf', layout: 'notes', paper: 'a4', notes: false, range: '', keepImages: false };

beforeEach(async () => {
  resetElectronMock();
  send.mockReset();
  windowCommand.mockClear();
  printMs = 1;
  fixture = await makeFixtureDeck();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-ipc-'));
  registry = createAppRegistry({ printer: () => slowPrinter(() => printMs) });
  key = await registry.open(fixture.dir);
  registry.attach(key, { id: VIEW, send, isDestroyed: () => false });
  setupIpc(registry, { settings: new SettingsStore(path.join(dataDir, 'settings.json')), windowCommand });
});
afterEach(async () => {
  await registry.closeAll();
  await fixture.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

describe('IPC transport: who may ask', () => {
  it('answers a page of an open deck with that deck', async () => {
    const result = await op<DeckPayload>('loadDeck', 'index.html');
    if (!result.ok) throw new Error(result.error);
    expect(result.value.deck.config.title).toBe(FIXTURE_TITLE);
    expect(result.value.deck.slides[0]!.html).toContain('Привет');
  });

  it.each([
    ['another protocol', 'https://evil.example/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['an unknown host', 'lectern://d99/index.html'],
    ['a same-named host on another scheme', 'evil://d1/index.html'],
    ['garbage', 'not a url'],
    ['a deck file on the deck origin', 'lectern://d1/deck/page.html'],
    ['a destroyed frame', null],
  ])('refuses %s on every operation', async (_what, url) => {
    for (const name of ['loadDeck', 'dispatch', 'edit.listFiles', 'export.start']) {
      expect(await invokeOp(name, { url, senderId: VIEW })).toEqual({ ok: false, error: expect.stringMatching(/^request refused/) });
    }
  });

  it('refuses a subframe and a window that shows another deck', async () => {
    expect(await invokeOp('loadDeck', { key, page: 'index.html', senderId: VIEW, subframe: true })).toEqual({ ok: false, error: 'request refused: not from a Lectern page' });
    expect(await invokeOp('loadDeck', { key, page: 'index.html', senderId: 99 })).toEqual({ ok: false, error: expect.stringContaining('no valid access key') });
  });

  it('refuses editor operations outside the editor and export operations outside the Export dialog', async () => {
    expect(await op('edit.listFiles', 'index.html')).toEqual({ ok: false, error: 'request refused: only /edit.html may do this' });
    expect(await op('export.chooseTarget', 'console.html')).toEqual({ ok: false, error: 'request refused: only /export.html may do this' });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses an oversized request before running it', async () => {
    expect(await op('dispatch', 'console.html', { type: 'next', pad: 'x'.repeat(70_000) })).toEqual({ ok: false, error: expect.stringContaining('request refused: larger than') });
    expect((await registry.get(key)!.runtime.presentation()).snapshot().state.position.slide).toBe(0);
  });

  it('reports a deck folder error with its message, not a throw', async () => {
    let calls = 0;
    const failing = {
      open: async () => {
        if (calls++ === 0) return { deck: { slides: [], sections: [] } } as unknown as DeckPayload;
        throw new DeckFolderError('/decks/gone', 'does not exist');
      },
      loadedDeck: () => null,
      onChange: () => () => undefined,
      watch: async () => undefined,
      close: async () => undefined,
    } as unknown as DeckSession;
    const broken = createAppRegistry({ createSession: () => failing });
    const brokenKey = await broken.open('/decks/gone');
    broken.attach(brokenKey, { id: VIEW, send, isDestroyed: () => false });
    ipcMain.handlers.clear();
    setupIpc(broken, { settings: new SettingsStore(path.join(dataDir, 's.json')) });
    expect(await invokeOp('loadDeck', { key: brokenKey, page: 'index.html', senderId: VIEW })).toEqual({ ok: false, error: '/decks/gone: does not exist' });
  });
});

describe('IPC transport: presentation and settings', () => {
  it('applies actions and pushes the new state to every view of the deck', async () => {
    const result = await op<{ state: { position: { slide: number } } }>('dispatch', 'console.html', { type: 'next' });
    expect(result.ok && result.value.state.position.slide).toBe(1);
    expect(pushed('presentation').at(-1)).toMatchObject({ state: { position: { slide: 1, step: 0 } } });
    expect(await op('loadPresentation', 'index.html')).toMatchObject({ ok: true, value: { state: { position: { slide: 1 } } } });
    expect(await op('dispatch', 'console.html', { type: 'goto', slide: 'x' })).toEqual({ ok: false, error: 'unknown presentation action' });
    expect((await op('dispatch', 'console.html', { type: 'deckChanged', slide: 0, sameSlide: true })).ok).toBe(false);
  });

  it('saves settings cleaned to the app data folder', async () => {
    const saved = await op<{ notesFontSize: number }>('saveSettings', 'console.html', { notesFontSize: 30, keymap: { F8: 'next', x: 'format-disk' }, evil: 1 });
    expect(saved).toEqual({ ok: true, value: { notesFontSize: 30, keymap: { F8: 'next' }, singleDisplay: 'windows' } });
    expect(JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8'))).toEqual(saved.ok && saved.value);
    expect(await op('loadSettings', 'index.html')).toEqual(saved);
  });

  it("passes known window commands for the sender's deck only", async () => {
    expect((await op('windowCommand', 'console.html', 'swapDisplays')).ok).toBe(true);
    expect(windowCommand).toHaveBeenCalledWith(key, 'swapDisplays');
    expect(await op('windowCommand', 'console.html', 'closeAll')).toEqual({ ok: false, error: 'unknown window command' });
    expect(windowCommand).toHaveBeenCalledTimes(1);
  });
});

describe('IPC transport: the editor', () => {
  it('lists, reads and saves byte-exact with the hash; refuses malformed arguments', async () => {
    const list = await op<{ id: string }[]>('edit.listFiles', 'edit.html');
    expect(list.ok && list.value.map((f) => f.id)).toContain('01-intro.md');
    const read = await op<OpenedFile>('edit.readFile', 'edit.html', '01-intro.md');
    if (!read.ok) throw new Error(read.error);
    const { text, format, eol, hash } = read.value;
    expect(await op('edit.saveFile', 'edit.html', { id: '01-intro.md', text: `${text}!`, format, eol, expectedHash: hash })).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(await readFile(path.join(fixture.dir, '01-intro.md'), 'utf8')).toBe(`${text}!`);
    expect(await op('edit.readFile', 'edit.html', '../secret.md')).toMatchObject({ ok: false });
    expect(await op('edit.saveFile', 'edit.html', { id: '01-intro.md', text: 5 })).toEqual({ ok: false, error: 'malformed saveFile request' });
    expect(await op('edit.renameFile', 'edit.html', '01-intro.md', '/etc/x.md')).toMatchObject({ ok: false });
  });

  it('reopens a file in a chosen encoding and tells every view', async () => {
    await writeFile(path.join(fixture.dir, '09-koi8.md'), Buffer.from([0x23, 0x20, 0xf7, 0xf7, 0xe5, 0xe4, 0xe5, 0xee, 0xe9, 0xe5]));
    for (const args of [['../09-koi8.md', 'koi8-r'], ['09-koi8.md', 'cp866'], ['09-koi8.md'], ['/tmp/x.md', 'utf-8']]) {
      expect(await op('edit.reopenFile', 'edit.html', ...args)).toEqual({ ok: false, error: expect.stringContaining('malformed reopenFile request') });
    }
    expect(await op('edit.reopenFile', 'edit.html', '09-koi8.md', 'koi8-r')).toMatchObject({ ok: true, value: { text: '# ВВЕДЕНИЕ', chosen: true } });
    await expect.poll(() => pushed('deck').some((u) => JSON.stringify(u).includes('ВВЕДЕНИЕ'))).toBe(true);
  });

  it('moves deleted files to the system trash and pushes external changes', async () => {
    expect(await op('edit.trashFile', 'edit.html', '02-end.md')).toEqual({ ok: true, value: 'the system trash' });
    expect(shell.trashItem).toHaveBeenCalledWith(expect.stringMatching(/02-end\.md$/));
    await op('edit.readFile', 'edit.html', '01-intro.md');
    await writeFile(path.join(fixture.dir, '01-intro.md'), '# Changed');
    await expect.poll(() => pushed('file').at(-1)).toMatchObject({ id: '01-intro.md', text: '# Changed' });
  });
});

describe('IPC transport: the Export dialog', () => {
  const dialogPage = 'export.html';

  it('writes to Documents/<title>.pdf by default, or to the file chosen in a save dialog over the asking window', async () => {
    expect(await op('export.target', dialogPage)).toEqual({ ok: true, value: { label: path.join('/tmp/lectern-test-documents', `${FIXTURE_TITLE}.pdf`), canChoose: true } });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(fixture.root, 'guide') });
    expect(await op('export.chooseTarget', dialogPage)).toEqual({ ok: true, value: { label: path.join(fixture.root, 'guide.pdf'), canChoose: true } });
    expect(await op('export.chooseTarget', dialogPage)).toEqual({ ok: true, value: null });
    expect(await op('export.target', dialogPage)).toMatchObject({ value: { label: path.join(fixture.root, 'guide.pdf') } });
    // Single HTML file: the chosen name with .html, and a save dialog that asks for HTML.
    expect(await op('export.target', dialogPage, 'html')).toMatchObject({ value: { label: path.join(fixture.root, 'guide.html') } });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(fixture.root, 'talk') });
    expect(await op('export.chooseTarget', dialogPage, 'html')).toEqual({ ok: true, value: { label: path.join(fixture.root, 'talk.html'), canChoose: true } });
    expect(dialog.showSaveDialog.mock.lastCall?.at(-1)).toMatchObject({ filters: [{ name: 'HTML', extensions: ['html'] }] });
  });

  it('exports with progress pushed to the views, then shows the file in its folder', async () => {
    printMs = 5;
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(fixture.root, 'guide.pdf') });
    await op('export.chooseTarget', dialogPage);
    expect(await op('export.start', dialogPage, NOTES)).toEqual({ ok: true, value: { state: 'running', slidesDone: 0, slidesTotal: 3, pagesDone: 0, pagesTotal: 3 } });
    await expect.poll(() => exportStates().at(-1)).toBe('done');
    expect(pushed('export').at(-1)).toEqual({ state: 'done', choices: NOTES, format: 'pdf', pages: 3, bytes: expect.any(Number), file: path.join(fixture.root, 'guide.pdf'), cutNotes: [] });
    const pdf = await PDFDocument.load(await readFile(path.join(fixture.root, 'guide.pdf')));
    expect(pdf.getPageCount()).toBe(3);
    expect(pdf.getTitle()).toBe(FIXTURE_TITLE);
    expect(await op('export.openFolder', dialogPage)).toEqual({ ok: true, value: true });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(path.join(fixture.root, 'guide.pdf'));
  });

  it('Cancel stops within a second, writes nothing, and leaves an existing file byte-identical', async () => {
    printMs = 400;
    const output = path.join(fixture.root, 'guide.pdf');
    const old = Buffer.from('%PDF-1.7 the trainer’s earlier guide');
    await writeFile(output, old);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: output });
    await op('export.chooseTarget', dialogPage);
    await op('export.start', dialogPage, NOTES);
    const asked = Date.now();
    expect(await op('export.cancel', dialogPage)).toEqual({ ok: true, value: true });
    await expect.poll(() => exportStates().at(-1), { interval: 10 }).toBe('cancelled');
    expect(Date.now() - asked).toBeLessThan(1000);
    await delay(900);
    expect(await readFile(output)).toEqual(old);
    expect((await readdir(fixture.root)).filter((f) => f !== 'deck' && f !== 'guide.pdf')).toEqual([]);
    expect(await op('export.openFolder', dialogPage)).toMatchObject({ ok: false });
  });

  it('runs one export per deck at a time, and closing the dialog cancels its export', async () => {
    printMs = 300;
    const dialogWindow = makeSender(VIEW);
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(fixture.root, 'a.pdf') });
    await op('export.chooseTarget', dialogPage);
    const both = await Promise.all([op('export.start', dialogPage, NOTES), op('export.start', dialogPage, NOTES)]);
    expect(both.map((r) => r.ok)).toEqual([true, false]);
    expect(both[1]).toEqual({ ok: false, error: expect.stringContaining('already running'), problem: { code: 'busy' } });
    dialogWindow.destroy();
    await expect.poll(() => exportStates().at(-1)).toBe('cancelled');
    expect(await readdir(fixture.root)).not.toContain('a.pdf');
  });

  it('refuses bad choices and a folder it cannot write', async () => {
    expect(await op('export.start', dialogPage, { ...NOTES, output: '/etc/passwd', layout: 'handout-5' })).toEqual({ ok: false, error: 'malformed export request' });
    expect(await op('export.start', dialogPage, { ...NOTES, range: '2-9' })).toMatchObject({ ok: false, error: '--range 2-9: `2-9` is past the end: the deck has 3 slides' });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(fixture.root, 'missing', 'x.pdf') });
    await op('export.chooseTarget', dialogPage);
    const file = path.join(fixture.root, 'missing', 'x.pdf');
    expect(await op('export.start', dialogPage, NOTES)).toEqual({
      ok: false,
      error: `Cannot write ${file}: its folder does not exist or is not writable.`,
      problem: { code: 'folder-not-writable', file },
    });
    expect(pushed('export')).toEqual([]);
  });
});
