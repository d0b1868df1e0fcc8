import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freeAreas, slotGeometry, type PrintLayout } from '../src/core/print-layout';
import { notesTextBox } from '../src/core/print-notes';
import { readPrintOptions } from '../src/core/print-plan';
import { exportPdf } from '../src/node/export-pdf';
import { PrintReuse } from '../src/node/print-reuse';
import { pdfFonts, pdfText, readPdf } from '../test/support/pdf-inspect';
import { countHorizontalLines } from '../test/support/pdf-raster';
import { copyDeck, RENDERER_DIR, ROOT } from './support/decks';

/** Words of a page with their height in points (poppler's bbox: the font's size, ascent to descent). */
function wordHeights(file: string, page: number): { word: string; height: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return Array.from(xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g), (m) => ({ word: m[3]!, height: Number(m[2]) - Number(m[1]) }));
}

/** An English deck: three sections on the first 6-up page, notes of very different lengths. */
async function englishDeck(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-handout-en-'));
  const note = (words: number) => `Note:\n${Array.from({ length: words }, (_v, i) => (i % 9 === 0 ? 'notemark' : 'words')).join(' ')}`;
  const files: Record<string, string> = {
    'deck.yaml': 'title: Handouts in English\ndate: 2026-12-04\nlang: en\n',
    '1-start.md': `---\ntitle: Getting started\n---\n# Welcome\n\nbodytext here\n\n${note(6)}\n\n---\n\n# Setup\n\nbodytext\n\n${note(90)}`,
    '2-core.md': `---\ntitle: Core ideas\n---\n# Ideas\n\nbodytext\n\n${note(20)}\n\n---\n\n# More ideas\n\nbodytext\n\n${note(3)}`,
    '3-end.md': `---\ntitle: Wrap-up\n---\n# Wrap-up\n\nbodytext\n\n${note(40)}\n\n---\n\n# Thanks\n\nbodytext\n\n${note(10)}\n\n---\n\n# Questions\n\nbodytext`,
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

async function exportLayout(deckDir: string, layout: PrintLayout, notes = false) {
  const output = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-handout-pages-')), `${layout}.pdf`);
  const result = await exportPdf({ deckDir, output, rendererDir: RENDERER_DIR, print: readPrintOptions({ layout, ...(layout === 'slides' ? {} : { paper: 'a4', notes }), date: '2026-12-04' }) });
  return { output, result, pdf: await readPdf(output) };
}

const BUNDLED = path.join(ROOT, 'slides');

test.describe('handout and notes pages a trainer hands out', () => {
  test.setTimeout(180_000);

  test('handout-6 with notes: one notes size per page, never above the slide text; every section in the footer; slide numbers; an English date', async () => {
    const { output, pdf } = await exportLayout(await englishDeck(), 'handout-6', true);
    expect(pdf.pageCount).toBe(2);
    const words = wordHeights(output, 1);
    const notes = words.filter((w) => w.word === 'notemark' || w.word === 'words').map((w) => w.height);
    const body = words.filter((w) => w.word === 'bodytext').map((w) => w.height);
    expect(notes.length).toBeGreaterThan(50);
    // One size for every note on the page (within a rounding hair), however long each note is.
    expect(Math.max(...notes) - Math.min(...notes)).toBeLessThan(0.05);
    expect(Math.max(...notes)).toBeLessThanOrEqual(Math.min(...body) + 0.05);
    const first = pdfText(output, 1);
    expect(first).toContain('Getting started · Core ideas · Wrap-up');
    expect(first.split('\n')[0]).toMatch(/Handouts in English\s+December 4, 2026/);
    for (let n = 1; n <= 6; n++) expect(first).toContain(`Slide ${n}`);
    expect(pdfText(output, 2)).toContain('Slide 7');
    expect(pdfText(output, 2)).toContain('Wrap-up');
  });

  test('notes pages: the slide on top, a notes box labelled with the slide, ruled under the notes (English and Russian)', async () => {
    const en = await exportLayout(await englishDeck(), 'notes');
    expect(pdfText(en.output, 2)).toContain('Slide 2');
    const ru = await exportLayout(BUNDLED, 'notes');
    const page2 = pdfText(ru.output, 2);
    expect(page2).toContain('Слайд 2');
    expect(page2).toContain('Страница 2 из');
    expect(page2.split('\n')[0]).toContain('4 декабря 2026 г.');
    // The bundled deck's second note is three lines: the rest of the box is ruled for writing.
    const aside = slotGeometry('notes', 'a4')[0]!.aside!;
    const text = notesTextBox('notes', aside);
    const below = { x: aside.x + text.x, y: aside.y + text.y + 80, width: text.width, height: text.height - 80 };
    expect(countHorizontalLines(ru.output, 2, below)).toBeGreaterThanOrEqual(12);
    // The notes themselves are not ruled over.
    expect(countHorizontalLines(ru.output, 2, { ...below, y: aside.y + text.y, height: 40 })).toBe(0);
  });

  test('Russian handout-6: every section in the footer, slide numbers, a ruled notes area on the last page, matrix rows link to their sections', async () => {
    const { output, pdf } = await exportLayout(BUNDLED, 'handout-6');
    const first = pdfText(output, 1);
    expect(first).toContain('Введение · Размер и сложность · Философия и подход');
    expect(first.split('\n')[0]).toContain('4 декабря 2026 г.');
    for (let n = 1; n <= 6; n++) expect(first).toContain(`Слайд ${n}`);
    // 15 slides: the last page holds three; the empty half is ruled under "Заметки".
    const last = pdf.pageCount;
    expect(pdfText(output, last)).toContain('Заметки');
    const [partial, rows] = freeAreas('handout-6', 'a4', 3);
    expect(countHorizontalLines(output, last, { ...rows!, y: rows!.y + 20, height: rows!.height - 20 })).toBeGreaterThanOrEqual(10);
    expect(countHorizontalLines(output, last, { ...partial!, y: partial!.y + 20, height: partial!.height - 20 })).toBeGreaterThanOrEqual(5);
    // The summary matrix rows lead to the page of their section (the outline's entry for it).
    const sections = ['Размер и сложность', 'Философия и подход', 'ORM и базы данных', 'Административная панель', 'Расширяемость'];
    const sectionPages = sections.map((t) => pdf.outline.find((o) => o.depth === 0 && o.title === t)!.page);
    const matrixPage = pdfText(output)
      .split('\f')
      .findIndex((p) => p.includes('Итоги сравнения'));
    expect(pdf.internalLinks.filter((l) => l.from === matrixPage).map((l) => l.to)).toEqual(sectionPages);
  });

  test('one slide per page: the matrix rows link to the first slide of each section, also after a re-export that reuses pages', async () => {
    const deckDir = await copyDeck(BUNDLED);
    const output = path.join(deckDir, 'talk.pdf');
    const print = readPrintOptions({ layout: 'slides' });
    const reuse = new PrintReuse();
    const linkTargets = async (): Promise<string[]> => {
      const pdf = await readPdf(output);
      const matrixPage = pdfText(output)
        .split('\f')
        .findIndex((p) => p.includes('Итоги сравнения'));
      return pdf.internalLinks
        .filter((l) => l.from === matrixPage)
        .map((l) =>
          pdfText(output, l.to + 1)
            .split('\n')
            .find((line) => line.trim())!
            .trim(),
        );
    };
    const sections = ['Размер и сложность', 'Философия и подход', 'ORM и базы данных', 'Административная панель', 'Расширяемость'];
    await exportPdf({ deckDir, output, rendererDir: RENDERER_DIR, print, reuse });
    expect(await linkTargets()).toEqual(sections);
    // Only the matrix slide changes: it is printed alone and merged with the reused pages.
    const file = path.join(deckDir, '07-vyvody.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Таблица собирается', 'Таблица всегда собирается'));
    const messages: string[] = [];
    await exportPdf({ deckDir, output, rendererDir: RENDERER_DIR, print, reuse, onProgress: (p) => messages.push(p.message) });
    expect(messages.join('\n')).toContain('unchanged pages reused');
    expect(await linkTargets()).toEqual(sections);
  });

  test('one slide per page printed in batches of 4: joined as printed, with the same text, embedded fonts and matrix links as one print', async () => {
    const deckDir = await copyDeck(BUNDLED);
    const whole = path.join(deckDir, 'whole.pdf');
    const joined = path.join(deckDir, 'joined.pdf');
    const print = readPrintOptions({ layout: 'slides' });
    await exportPdf({ deckDir, output: whole, rendererDir: RENDERER_DIR, print });
    const messages: string[] = [];
    await exportPdf({ deckDir, output: joined, rendererDir: RENDERER_DIR, print, batchPages: 4, onProgress: (p) => messages.push(p.message) });
    expect(messages).toContain('Printed pages 5-8 of 15');
    // Joined byte for byte (Chromium's objects), not re-written by pdf-lib.
    expect(execFileSync('pdfinfo', [joined], { encoding: 'utf8' })).toMatch(/^Producer:\s+Lectern \(Chromium\)$/m);
    // Word for word (pdftotext's layout mode may space the lines of a page differently).
    const words = (file: string): string[] =>
      pdfText(file)
        .split('\f')
        .map((p) => p.replace(/\s+/g, ' ').trim());
    expect(words(joined)).toEqual(words(whole));
    const fonts = pdfFonts(joined);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    const [a, b] = [await readPdf(whole), await readPdf(joined)];
    expect(b.outline).toEqual(a.outline);
    expect(b.links).toEqual(a.links);
    // The matrix (page 14) links to sections printed by earlier batches.
    expect(b.internalLinks).toEqual(a.internalLinks);
    expect(b.internalLinks.length).toBeGreaterThanOrEqual(5);
  });
});
