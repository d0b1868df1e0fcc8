import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDeck } from '../core/build-deck';
import type { ExportStatus } from '../shared/export-contract';
import { ExportController } from './export-controller';
import { DownloadTarget } from './export-targets';
import { slowPrinter } from '../../test/support/slow-printer';

const deck = buildDeck({
  files: [{ name: '1.md', text: Array.from({ length: 6 }, (_v, i) => `# Слайд ${i + 1}\n\nNote: Заметка ${i + 1}`).join('\n---\n') }],
  config: 'title: "Доклад: итоги"',
  folderName: 'x',
});

const made: ExportController[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((j) => j.close()));
});

function jobs(printMs: number) {
  const sent: ExportStatus[] = [];
  const outputs: string[] = [];
  const target = new DownloadTarget();
  const j = new ExportController({ payload: async () => ({ deck, revision: 1 }), printer: () => ({ ok: true, value: slowPrinter(() => printMs, outputs) }), target, send: (s) => sent.push(s) });
  made.push(j);
  return { j, sent, outputs, target, last: () => sent.at(-1)?.state };
}
const NOTES = { format: 'pdf', layout: 'notes', paper: 'a4', notes: false, range: '', keepImages: false } as const;

describe('the export controller with the download target of `lectern serve`', () => {
  it('exports into a temp folder, reports slides as they print, and offers the file for download under the deck title', async () => {
    const { j, sent, last, target } = jobs(5);
    expect(await j.target()).toEqual({ ok: true, value: { label: 'Доклад итоги.pdf', canChoose: false } });
    expect(await j.start(NOTES)).toMatchObject({ ok: true, value: { state: 'running', slidesTotal: 6 } });
    await expect.poll(last).toBe('done');
    expect(sent.filter((s) => s.state === 'running').map((s) => s.state === 'running' && s.slidesDone)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(sent.at(-1)).toEqual({ state: 'done', choices: NOTES, format: 'pdf', pages: 6, bytes: expect.any(Number), file: 'Доклад итоги.pdf', downloadUrl: '/api/download?job=1', cutNotes: [] });
    const file = target.download(1)!;
    expect(file.name).toBe('Доклад итоги.pdf');
    expect((await PDFDocument.load(await readFile(file.file))).getTitle()).toBe('Доклад: итоги');
    expect(target.download(2)).toBeNull();
    // The next export replaces the last one's temp folder.
    await j.start({ ...NOTES, range: '1' });
    expect(existsSync(file.file)).toBe(false);
    await expect.poll(last).toBe('done');
    expect(target.download(2)).not.toBeNull();
  });

  it('one export at a time; Cancel stops within a second and removes only its own temp work', async () => {
    const { j, outputs, last, target } = jobs(300);
    // Two quick presses at once: one export runs, the other is told why not.
    const both = await Promise.all([j.start(NOTES), j.start(NOTES)]);
    expect(both.map((r) => r.ok)).toEqual([true, false]);
    expect(await j.start(NOTES)).toEqual({ ok: false, error: 'An export of this deck is already running: wait for it to finish or cancel it.', problem: { code: 'busy' } });
    await delay(50);
    const asked = Date.now();
    expect(j.cancel()).toEqual({ ok: true, value: true });
    await expect.poll(last, { interval: 10 }).toBe('cancelled');
    expect(Date.now() - asked).toBeLessThan(1000);
    expect(existsSync(path.dirname(outputs[0]!))).toBe(false);
    expect(target.download(1)).toBeNull();
    expect(j.cancel()).toEqual({ ok: false, error: 'No export is running.' });
    // The deck is free again.
    expect((await j.start({ ...NOTES, range: '1' })).ok).toBe(true);
  });

  it('refuses bad choices with the CLI’s messages and leaves no temp folder', async () => {
    const { j, sent, outputs } = jobs(1);
    expect(await j.start({ ...NOTES, range: '9' })).toEqual({
      ok: false,
      error: '--range 9: `9` is past the end: the deck has 6 slides',
      problem: { code: 'range-past-end', part: '9', slides: 6 },
    });
    expect(await j.start({ layout: 'slides' })).toEqual({ ok: false, error: 'malformed export request' });
    expect(sent).toEqual([]);
    expect(outputs).toEqual([]);
  });

  it('says why when there is no printer, and offers no file dialog without a host that has one', async () => {
    const j = new ExportController({ payload: async () => ({ deck, revision: 1 }), printer: () => ({ ok: false, error: 'No Chromium found' }), target: new DownloadTarget(), send: () => undefined });
    made.push(j);
    expect(await j.start(NOTES)).toEqual({ ok: false, error: 'No Chromium found', problem: { code: 'no-browser' } });
    expect(await j.chooseTarget()).toMatchObject({ ok: false, error: expect.stringContaining('only the desktop app') });
    expect(await j.openFolder()).toMatchObject({ ok: false, error: expect.stringContaining('only the desktop app') });
    expect((await j.start(NOTES)).ok).toBe(false);
  });

  it('writes a single HTML file through the same controller: named .html, size reported, cancel writes nothing', async () => {
    const sent: ExportStatus[] = [];
    const target = new DownloadTarget();
    const written: { keepImages: boolean }[] = [];
    const j = new ExportController({
      payload: async () => ({ deck, revision: 1 }),
      printer: () => ({ ok: false, error: 'no printer needed for HTML' }),
      html: async (job) => {
        written.push({ keepImages: job.keepImages });
        await delay(job.keepImages ? 0 : 300);
        job.signal.throwIfAborted();
        await writeFile(job.output, '<!doctype html>'.padEnd(5000, ' '));
      },
      target,
      send: (s) => sent.push(s),
    });
    made.push(j);
    const HTML = { ...NOTES, format: 'html', range: '99', keepImages: true } as const;
    expect(await j.target('html')).toEqual({ ok: true, value: { label: 'Доклад итоги.html', canChoose: false } });
    expect(await j.start(HTML)).toMatchObject({ ok: true, value: { state: 'running', slidesTotal: 6 } });
    await expect.poll(() => sent.at(-1)?.state).toBe('done');
    expect(sent.at(-1)).toEqual({ state: 'done', choices: HTML, format: 'html', pages: 6, bytes: 5000, file: 'Доклад итоги.html', downloadUrl: '/api/download?job=1', cutNotes: [] });
    expect(target.download(1)?.name).toBe('Доклад итоги.html');
    expect((await j.start({ ...HTML, keepImages: false })).ok).toBe(true);
    expect(j.cancel().ok).toBe(true);
    await expect.poll(() => sent.at(-1)?.state).toBe('cancelled');
    expect(target.download(2)).toBeNull();
    expect(written).toEqual([{ keepImages: true }, { keepImages: false }]);
  });
});
