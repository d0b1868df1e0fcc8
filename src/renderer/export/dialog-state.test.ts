import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../core/build-deck';
import { checkExportChoices, DEFAULT_EXPORT_CHOICES, type ExportChoices } from '../../core/export-choices';
import type { ExportProblem } from '../../core/export-problem';
import type { ExportStatus } from '../../shared/export-contract';
import { initialDialog, reduceDialog, viewDialog, type DialogEvent, type DialogState } from './dialog-state';
import { exportStringsFor } from './strings';

const deck = buildDeck({ files: [{ name: '1.md', text: Array.from({ length: 9 }, (_v, i) => `# S${i + 1}`).join('\n---\n') }], config: '', folderName: 'x' });
const en = exportStringsFor('en');
const ru = exportStringsFor('ru');
const choose = (c: Partial<ExportChoices> = {}): DialogEvent => {
  const choices = { ...DEFAULT_EXPORT_CHOICES, ...c };
  return { type: 'choices', choices, checked: checkExportChoices(deck, choices) };
};
const run = (...events: DialogEvent[]): DialogState => events.reduce(reduceDialog, initialDialog(DEFAULT_EXPORT_CHOICES));
const status = (s: ExportStatus): DialogEvent => ({ type: 'status', status: s });
const done = (c: Partial<ExportChoices>, extra: Partial<Extract<ExportStatus, { state: 'done' }>> = {}): DialogEvent =>
  status({
    state: 'done',
    choices: { ...DEFAULT_EXPORT_CHOICES, ...c },
    format: c.format ?? 'pdf',
    pages: 9,
    bytes: 2_400_000,
    file: 'Talk.pdf',
    downloadUrl: '/api/download?job=1',
    cutNotes: [],
    ...extra,
  });

describe('Export dialog state', () => {
  it('enables Export only for good choices and greys what does not apply', () => {
    expect(viewDialog(run(choose()), en)).toMatchObject({
      exportEnabled: true,
      paperEnabled: false,
      notesEnabled: false,
      choiceError: null,
      cancelVisible: false,
      progress: null,
      exportLabel: 'Export PDF',
    });
    expect(viewDialog(run(choose({ layout: 'handout-3' })), en)).toMatchObject({ paperEnabled: true, notesEnabled: true });
    expect(viewDialog(run(choose({ layout: 'notes' })), en)).toMatchObject({ paperEnabled: true, notesEnabled: false });
    // HTML: no layout, paper, notes or range; the button says what it makes.
    expect(viewDialog(run(choose({ format: 'html', layout: 'handout-3', range: '99' })), en)).toMatchObject({
      printChoicesShown: false,
      paperEnabled: false,
      exportEnabled: true,
      choiceError: null,
      exportLabel: 'Export HTML',
    });
    expect(viewDialog(run(choose({ format: 'html' })), en).preview).toMatchObject({ label: 'Slide 1 of 9' });
    // Still loading the deck: nothing to export yet.
    expect(viewDialog(initialDialog(DEFAULT_EXPORT_CHOICES), en).exportEnabled).toBe(false);
  });

  it('words a bad range for the dialog in its language, never as the CLI option', () => {
    const bad = viewDialog(run(choose({ range: '2-12' })), en);
    expect(bad).toMatchObject({ exportEnabled: false, choiceError: '“2-12” is past the end: the deck has 9 slides.' });
    expect(viewDialog(run(choose({ range: '3-x' })), ru).choiceError).toBe('«3-x» — не номер слайда и не диапазон. Пишите номера и диапазоны, например 3-7,12.');
    expect(viewDialog(run(choose({ range: '7-3' })), ru).choiceError).toBe('В «7-3» начало больше конца: напишите 3-7.');
    for (const range of ['2-12', '3-x', '7-3', '0']) for (const s of [en, ru]) expect(viewDialog(run(choose({ range })), s).choiceError).not.toMatch(/--range|`/);
  });

  it('pages through the preview and keeps the last good page, greyed, while the range is wrong', () => {
    let state = run(choose({ layout: 'handout-2' }));
    expect(viewDialog(state, en).preview).toMatchObject({ page: 0, label: 'Page 1 of 5', stale: false, canPrevious: false, canNext: true });
    state = [1, 1, 1, 1, 1].map((step): DialogEvent => ({ type: 'page', step })).reduce(reduceDialog, state);
    expect(viewDialog(state, en).preview).toMatchObject({ page: 4, label: 'Page 5 of 5', canNext: false, canPrevious: true });
    expect(viewDialog(reduceDialog(state, { type: 'page', step: -1 }), ru).preview?.label).toBe('Страница 4 из 5');
    // A bad range: the same plan and page stay, marked stale; Export is off.
    const plan = state.plan;
    const bad = reduceDialog(state, choose({ layout: 'handout-2', range: '12' }));
    expect(bad.plan).toBe(plan);
    expect(viewDialog(bad, en)).toMatchObject({ exportEnabled: false, preview: { page: 4, stale: true } });
    // Fixed: a fresh plan of 1 page, the page clamped into it.
    const fixed = reduceDialog(bad, choose({ layout: 'handout-2', range: '3' }));
    expect(viewDialog(fixed, en).preview).toMatchObject({ page: 0, label: 'Page 1 of 1', stale: false });
    // Another layout starts at its first page.
    expect(reduceDialog(state, choose({ layout: 'notes' })).page).toBe(0);
  });

  it('offers the finished file only while its choices are still chosen; any change relabels it', () => {
    const finished = run(choose({ layout: 'notes' }), done({ layout: 'notes' }));
    expect(viewDialog(finished, en)).toMatchObject({ message: 'Done: 9 pages, 2.3 MB.', progress: 1, download: { url: '/api/download?job=1', label: 'Download PDF' }, openFolder: false });
    const handout = viewDialog(reduceDialog(finished, choose({ layout: 'handout-6' })), ru);
    expect(handout).toMatchObject({ download: null, openFolder: false, progress: null });
    expect(handout.message).toBe('Последний файл («PDF: Страницы заметок (для ведущего)») сделан с другими настройками. Экспортируйте заново для этих.');
    // Paper does not shape the slides layout, so it changes nothing there; it does for notes.
    const slides = run(choose(), done({}));
    expect(viewDialog(reduceDialog(slides, choose({ paper: 'letter' })), en).download).not.toBeNull();
    expect(viewDialog(reduceDialog(finished, choose({ layout: 'notes', paper: 'letter' })), en).download).toBeNull();
    expect(viewDialog(reduceDialog(finished, choose({ format: 'html' })), en).download).toBeNull();
    // Back to the choices the file was made with: it is offered again.
    expect(viewDialog([choose({ layout: 'handout-6' }), choose({ layout: 'notes' })].reduce(reduceDialog, finished), en).download).not.toBeNull();
  });

  it('offers "continue long notes" only where notes are printed, and a change of it relabels the result', () => {
    expect(viewDialog(run(choose({ layout: 'notes' })), en).overflowEnabled).toBe(true);
    expect(viewDialog(run(choose({ layout: 'handout-6', notes: true })), en).overflowEnabled).toBe(true);
    expect(viewDialog(run(choose({ layout: 'handout-6' })), en).overflowEnabled).toBe(false);
    expect(viewDialog(run(choose({ layout: 'slides' })), en).overflowEnabled).toBe(false);
    const finished = run(choose({ layout: 'notes' }), done({ layout: 'notes' }));
    expect(viewDialog(reduceDialog(finished, choose({ layout: 'notes', notesOverflow: 'cut' })), en).download).toBeNull();
    // Where no notes are printed the choice changes nothing.
    const slides = run(choose(), done({}));
    expect(viewDialog(reduceDialog(slides, choose({ notesOverflow: 'cut' })), en).download).not.toBeNull();
    expect(checkExportChoices(deck, { ...DEFAULT_EXPORT_CHOICES, layout: 'notes', notesOverflow: 'cut' })).toMatchObject({ ok: true, options: { notesOverflow: 'cut' } });
  });

  it('reports an HTML file with its size, and warns above 50 MB', () => {
    const small = viewDialog(run(choose({ format: 'html' }), done({ format: 'html' }, { downloadUrl: undefined, bytes: 800_000 })), en);
    expect(small).toMatchObject({ message: 'Done: 9 slides in one file, 781 KB.', warning: null, openFolder: true, download: null });
    const big = viewDialog(run(choose({ format: 'html' }), done({ format: 'html' }, { bytes: 60 * 1024 * 1024 })), ru);
    expect(big.message).toBe('Готово: слайдов в файле — 9, 60,0 МБ.');
    expect(big.download?.label).toBe('Скачать HTML');
    expect(big.warning).toMatch(/больше 50 МБ/);
  });

  it('locks the choices while running, and words failures and refusals in the UI language', () => {
    const v = viewDialog(run(choose({ layout: 'handout-2' }), status({ state: 'running', slidesDone: 150, slidesTotal: 300, pagesDone: 75, pagesTotal: 150 })), en);
    expect(v).toMatchObject({ exportEnabled: false, choicesEnabled: false, paperEnabled: false, cancelVisible: true, progress: 0.5, message: 'Slide 150 of 300' });
    expect(viewDialog(run(choose({ format: 'html' }), status({ state: 'running', slidesDone: 0, slidesTotal: 9, pagesDone: 0, pagesTotal: 9 })), ru).message).toBe('Запись HTML-файла…');
    const full = run(choose(), status({ state: 'failed', error: 'The PDF could not be written: …', problem: { code: 'disk-full', folder: '/tmp' } }));
    expect(viewDialog(full, ru).message).toBe('Экспорт не удался: Диск заполнен (/tmp). Освободите место и повторите экспорт.');
    expect(viewDialog(run(choose(), { type: 'refused', error: 'busy…', problem: { code: 'busy' } }), en).message).toBe(
      'Export failed: An export of this deck is already running: wait for it or cancel it.',
    );
    // A problem code this page does not know (a host of another version) shows the host's own words.
    const unknown = { code: 'printer-on-fire', detail: 'the printer is on fire' } as unknown as ExportProblem;
    expect(viewDialog(run(choose(), status({ state: 'failed', error: 'x', problem: unknown })), en).message).toBe('Export failed: the printer is on fire');
    // A change of choices clears the old failure and the old cancel.
    expect(viewDialog(reduceDialog(full, choose({ layout: 'notes' })), ru).message).toBe('');
    expect(viewDialog(reduceDialog(run(choose(), status({ state: 'cancelled' })), choose({ range: '2' })), en).message).toBe('');
  });
});
