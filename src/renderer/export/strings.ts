import type { PrintLayout } from '../../core/print-layout';
import { pickLanguage, userLanguages } from '../i18n';

/** The Export dialog's UI strings, in English and Russian. */
export interface ExportStrings {
  title: string;
  layout: string;
  layouts: Record<PrintLayout, string>;
  paper: string;
  a4: string;
  letter: string;
  paperForSlides: string;
  includeNotes: string;
  notesOnlyHandouts: string;
  range: string;
  rangeHint: string;
  file: string;
  chooseFile: string;
  downloadName: string;
  exportButton: string;
  cancel: string;
  starting: string;
  progress: (done: number, total: number) => string;
  done: (pages: number) => string;
  cutNotes: (slides: string) => string;
  openFolder: string;
  download: string;
  cancelled: string;
  failed: string;
  preview: (pages: number) => string;
  loading: string;
  noHost: string;
}

const EN: ExportStrings = {
  title: 'Export PDF',
  layout: 'Layout',
  layouts: {
    slides: 'Slides: one per page',
    notes: 'Notes pages (trainer’s guide)',
    'handout-2': 'Handout: 2 slides per page',
    'handout-3': 'Handout: 3 slides with lines for notes',
    'handout-4': 'Handout: 4 slides per page',
    'handout-6': 'Handout: 6 slides per page',
  },
  paper: 'Paper',
  a4: 'A4',
  letter: 'Letter',
  paperForSlides: 'Slide pages are the size of a slide.',
  includeNotes: 'Include speaker notes',
  notesOnlyHandouts: 'For handouts; participant copies have no notes unless you ask.',
  range: 'Slides',
  rangeHint: 'All, or numbers and ranges like 3-7,12',
  file: 'File',
  chooseFile: 'Choose file…',
  downloadName: 'Offered as a download:',
  exportButton: 'Export',
  cancel: 'Cancel',
  starting: 'Starting the printer…',
  progress: (n, m) => `Slide ${n} of ${m}`,
  done: (p) => `Done: ${p} page${p === 1 ? '' : 's'}.`,
  cutNotes: (s) => `The notes of slides ${s} did not fit and were cut.`,
  openFolder: 'Open folder',
  download: 'Download PDF',
  cancelled: 'Cancelled: nothing was written, and an existing file of that name is unchanged.',
  failed: 'Export failed:',
  preview: (p) => `Preview: page 1 of ${p}`,
  loading: 'Loading the deck…',
  noHost: 'This host cannot export PDFs.',
};

const RU: ExportStrings = {
  title: 'Экспорт в PDF',
  layout: 'Макет',
  layouts: {
    slides: 'Слайды: по одному на странице',
    notes: 'Страницы заметок (для ведущего)',
    'handout-2': 'Раздаточный материал: 2 слайда на странице',
    'handout-3': 'Раздаточный материал: 3 слайда с линиями для записей',
    'handout-4': 'Раздаточный материал: 4 слайда на странице',
    'handout-6': 'Раздаточный материал: 6 слайдов на странице',
  },
  paper: 'Бумага',
  a4: 'A4',
  letter: 'Letter (США)',
  paperForSlides: 'Страницы слайдов имеют размер слайда.',
  includeNotes: 'Включить заметки докладчика',
  notesOnlyHandouts: 'Для раздаточных материалов; без этого заметок в копиях участников нет.',
  range: 'Слайды',
  rangeHint: 'Все или номера и диапазоны, например 3-7,12',
  file: 'Файл',
  chooseFile: 'Выбрать файл…',
  downloadName: 'Будет предложен для скачивания:',
  exportButton: 'Экспортировать',
  cancel: 'Отмена',
  starting: 'Запуск печати…',
  progress: (n, m) => `Слайд ${n} из ${m}`,
  done: (p) => `Готово: страниц — ${p}.`,
  cutNotes: (s) => `Заметки слайдов ${s} не поместились и обрезаны.`,
  openFolder: 'Открыть папку',
  download: 'Скачать PDF',
  cancelled: 'Отменено: ничего не записано, существующий файл с этим именем не изменён.',
  failed: 'Экспорт не удался:',
  preview: (p) => `Предпросмотр: страница 1 из ${p}`,
  loading: 'Загрузка презентации…',
  noHost: 'Здесь экспорт в PDF недоступен.',
};

/** Strings of the Export dialog for this window's language. */
export const xs: ExportStrings = pickLanguage(userLanguages) === 'ru' ? RU : EN;

/** Strings for a language, for tests. @internal */
export function exportStringsFor(lang: 'en' | 'ru'): ExportStrings {
  return lang === 'ru' ? RU : EN;
}
