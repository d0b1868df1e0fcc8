import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../core/build-deck';
import { checkExportChoices, DEFAULT_EXPORT_CHOICES, type ExportChoices } from '../../core/export-choices';
import type { ExportStatus } from '../../shared/export-contract';
import { viewDialog } from './dialog-state';
import { exportStringsFor } from './strings';

const deck = buildDeck({ files: [{ name: '1.md', text: '# A\n---\n# B\n---\n# C' }], config: '', folderName: 'x' });
const en = exportStringsFor('en');
const view = (c: Partial<ExportChoices>, status: ExportStatus = { state: 'idle' }) => {
  const choices = { ...DEFAULT_EXPORT_CHOICES, ...c };
  return viewDialog(choices, checkExportChoices(deck, choices), status, en);
};

describe('Export dialog view', () => {
  it('enables Export only for good choices, and shows the range message', () => {
    expect(view({})).toMatchObject({ exportEnabled: true, paperEnabled: false, notesEnabled: false, choiceError: null, cancelVisible: false, progress: null });
    expect(view({ layout: 'handout-3' })).toMatchObject({ paperEnabled: true, notesEnabled: true });
    expect(view({ layout: 'notes' })).toMatchObject({ paperEnabled: true, notesEnabled: false });
    expect(view({ range: '2-9' })).toMatchObject({ exportEnabled: false, choiceError: '--range 2-9: `2-9` is past the end: the deck has 3 slides' });
    // Still loading the deck: nothing to export yet.
    expect(viewDialog(DEFAULT_EXPORT_CHOICES, null, { state: 'idle' }, en).exportEnabled).toBe(false);
  });

  it('locks the choices while running and shows "slide n of N" with the bar', () => {
    const v = view({ layout: 'handout-2' }, { state: 'running', slidesDone: 150, slidesTotal: 300, pagesDone: 75, pagesTotal: 150 });
    expect(v).toMatchObject({ exportEnabled: false, choicesEnabled: false, paperEnabled: false, notesEnabled: false, cancelVisible: true, progress: 0.5, message: 'Slide 150 of 300' });
    expect(view({}, { state: 'running', slidesDone: 0, slidesTotal: 300, pagesDone: 0, pagesTotal: 300 })).toMatchObject({ progress: 0, message: 'Starting the printer…' });
    const ru = viewDialog(DEFAULT_EXPORT_CHOICES, null, { state: 'running', slidesDone: 3, slidesTotal: 7, pagesDone: 3, pagesTotal: 7 }, exportStringsFor('ru'));
    expect(ru.message).toBe('Слайд 3 из 7');
  });

  it('offers Open folder in the app and a download from the browser host when done; says what Cancel guaranteed', () => {
    expect(view({}, { state: 'done', pages: 3, file: '/home/t/Talk.pdf', cutNotes: [] })).toMatchObject({
      openFolder: true,
      downloadUrl: null,
      message: 'Done: 3 pages.',
      progress: 1,
      exportEnabled: true,
    });
    expect(view({}, { state: 'done', pages: 1, file: 'Talk.pdf', downloadUrl: '/api/export/download?job=2', cutNotes: [2, 5] })).toMatchObject({
      openFolder: false,
      downloadUrl: '/api/export/download?job=2',
      message: 'Done: 1 page. The notes of slides 2, 5 did not fit and were cut.',
    });
    expect(view({}, { state: 'cancelled' })).toMatchObject({
      message: 'Cancelled: nothing was written, and an existing file of that name is unchanged.',
      openFolder: false,
      downloadUrl: null,
      progress: null,
    });
    expect(view({}, { state: 'failed', error: 'Cannot write /x/y.pdf' })).toMatchObject({ message: 'Export failed: Cannot write /x/y.pdf', exportEnabled: true });
  });
});
