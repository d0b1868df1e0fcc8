import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../core/build-deck';
import { deckOutline, finalizePdf } from './pdf-finalize';
import { inspectPdf } from '../../test/support/pdf-inspect';

const deck = buildDeck({
  files: [
    { name: '1.md', text: '---\ntitle: Введение\n---\n# Введение\n---\n# Вопрос' },
    { name: '2.md', text: '# ORM и базы данных\n---\nno heading\n---\n# Модели' },
  ],
  config: 'title: Доклад\nauthor: Автор\nlang: ru',
  folderName: 'x',
});

describe('deckOutline', () => {
  it('has one entry per section and one per titled slide, pointing at its page', () => {
    expect(deckOutline(deck)).toEqual([
      { title: 'Введение', page: 0, children: [{ title: 'Вопрос', page: 1, children: [] }] },
      { title: 'ORM и базы данных', page: 2, children: [{ title: 'Модели', page: 4, children: [] }] },
    ]);
  });
});

describe('finalizePdf', () => {
  it('writes metadata and an outline that a PDF reader can walk', async () => {
    const blank = await PDFDocument.create();
    for (let i = 0; i < 5; i++) blank.addPage([960, 540]);
    const out = await inspectPdf(await finalizePdf(await blank.save(), deck));
    expect(out).toMatchObject({ pageCount: 5, title: 'Доклад', author: 'Автор', creator: 'Lectern', subject: 'Введение · ORM и базы данных' });
    expect(out.outline).toEqual([
      { title: 'Введение', page: 0, depth: 0 },
      { title: 'Вопрос', page: 1, depth: 1 },
      { title: 'ORM и базы данных', page: 2, depth: 0 },
      { title: 'Модели', page: 4, depth: 1 },
    ]);
  });
});
