import type { ExportFormat } from '../../core/export-choices';
import type { ExportProblem } from '../../core/export-problem';
import type { PrintLayout } from '../../core/print-layout';
import { plural } from '../../core/i18n';
import { uiLanguage } from '../i18n';

const LAYOUTS_EN: Record<PrintLayout, string> = {
  slides: 'Slides: one per page',
  notes: 'Notes pages (trainer’s guide)',
  'handout-2': 'Handout: 2 slides per page',
  'handout-3': 'Handout: 3 slides with lines for notes',
  'handout-4': 'Handout: 4 slides per page',
  'handout-6': 'Handout: 6 slides per page',
};

/** Words for each export problem, by its code; a code this page does not know shows the host's own words. */
type ProblemTexts = { [C in ExportProblem['code']]: (p: Extract<ExportProblem, { code: C }>) => string };
function wordProblem(texts: ProblemTexts): (p: ExportProblem) => string {
  return (p) => ((texts[p.code] ?? texts.other) as (p: ExportProblem) => string)(p);
}

const EN = {
  title: 'Export',
  format: 'Format',
  formats: { pdf: 'PDF', html: 'Single HTML file' },
  htmlHint: 'Every slide with its notes in one file that opens offline in any browser (S: speaker view).',
  keepImages: 'Keep original images',
  keepImagesHint: 'Otherwise each image is stored at the size the slide shows it (twice that for sharp screens).',
  layout: 'Layout',
  layouts: LAYOUTS_EN,
  paper: 'Paper',
  a4: 'A4',
  letter: 'Letter',
  paperForSlides: 'Slide pages are the size of a slide.',
  includeNotes: 'Include speaker notes',
  notesOnlyHandouts: 'For handouts; participant copies have no notes unless you ask.',
  /** Checkbox: notes too long for their box go on an extra page (unchecked: they are cut and listed). */
  continueNotes: 'Continue long notes on an extra page (otherwise they are cut)',
  range: 'Slides',
  rangeHint: 'All, or numbers and ranges like 3-7,12',
  file: 'File',
  chooseFile: 'Choose file…',
  downloadName: 'Offered as a download:',
  exportButton: { pdf: 'Export PDF', html: 'Export HTML' },
  cancel: 'Cancel',
  starting: { pdf: 'Starting the printer…', html: 'Writing the HTML file…' },
  progress: (n: number, m: number) => `Slide ${n} of ${m}`,
  done: (f: ExportFormat, n: number, size: string) => (f === 'pdf' ? `Done: ${n} page${n === 1 ? '' : 's'}, ${size}.` : `Done: ${n} slide${n === 1 ? '' : 's'} in one file, ${size}.`),
  large: 'The file is over 50 MB: slow to send and to open. Use smaller images, or untick “Keep original images”.',
  cutNotes: (s: string) => `The notes of slides ${s} did not fit and were cut.`,
  /** The last file was made with other choices: what it was, and what to do. */
  stale: (what: string) => `The last file, “${what}”, was made with other choices. Export again for these.`,
  openFolder: 'Open folder',
  download: { pdf: 'Download PDF', html: 'Download HTML' },
  cancelled: 'Cancelled: nothing was written, and an existing file of that name is unchanged.',
  failed: 'Export failed:',
  problem: wordProblem({
    'range-empty': () => 'Enter slide numbers, or leave the field empty for all slides.',
    'range-syntax': (p) => `“${p.part}” is not a slide number or range. Write numbers and ranges like 3-7,12.`,
    'range-zero': () => 'Slide numbers start at 1.',
    'range-backwards': (p) => `“${p.part}” runs backwards: write ${p.to}-${p.from}.`,
    'range-past-end': (p) => `“${p.part}” is past the end: the deck has ${plural('en', p.slides, { one: 'slide', other: 'slides' })}.`,
    'range-all-hidden': () => 'Every slide in this range is hidden: there is nothing to export.',
    'no-slides': () => 'The deck has no slides to export.',
    busy: () => 'An export of this deck is already running: wait for it or cancel it.',
    'no-browser': () => 'No Chromium, Chrome or Edge was found to print with. Install one and try again.',
    'folder-not-writable': (p) => `Cannot write ${p.file}: its folder does not exist or is not writable. Choose another file.`,
    'disk-full': (p) => `The disk is full at ${p.folder}. Free some space and export again.`,
    other: (p) => p.detail,
  }),
  preview: 'Preview',
  pageOf: (n: number, m: number) => `Page ${n} of ${m}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  previewStale: 'The preview shows the last valid choices.',
  size: (b: number) => (b >= 1048576 ? `${(b / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(b / 1024))} KB`),
  noHost: 'This host cannot export.',
};

/** The Export dialog's UI strings, in English and Russian. */
export type ExportStrings = typeof EN;

const RU: ExportStrings = {
  title: 'Экспорт',
  format: 'Формат',
  formats: { pdf: 'PDF', html: 'Один HTML-файл' },
  htmlHint: 'Все слайды с заметками в одном файле; открывается без сети в любом браузере (S — режим докладчика).',
  keepImages: 'Сохранить исходные изображения',
  keepImagesHint: 'Иначе каждое изображение хранится в том размере, в каком его показывает слайд (вдвое больше — для чётких экранов).',
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
  continueNotes: 'Переносить длинные заметки на дополнительную страницу (иначе они обрезаются)',
  range: 'Слайды',
  rangeHint: 'Все или номера и диапазоны, например 3-7,12',
  file: 'Файл',
  chooseFile: 'Выбрать файл…',
  downloadName: 'Будет предложен для скачивания:',
  exportButton: { pdf: 'Экспортировать PDF', html: 'Экспортировать HTML' },
  cancel: 'Отмена',
  starting: { pdf: 'Запуск печати…', html: 'Запись HTML-файла…' },
  progress: (n, m) => `Слайд ${n} из ${m}`,
  done: (f, n, size) => (f === 'pdf' ? `Готово: страниц — ${n}, ${size}.` : `Готово: слайдов в файле — ${n}, ${size}.`),
  large: 'Файл больше 50 МБ: его долго пересылать и открывать. Уменьшите изображения или снимите «Сохранить исходные изображения».',
  cutNotes: (s) => `Заметки слайдов ${s} не поместились и обрезаны.`,
  stale: (what) => `Последний файл («${what}») сделан с другими настройками. Экспортируйте заново для этих.`,
  openFolder: 'Открыть папку',
  download: { pdf: 'Скачать PDF', html: 'Скачать HTML' },
  cancelled: 'Отменено: ничего не записано, существующий файл с этим именем не изменён.',
  failed: 'Экспорт не удался:',
  problem: wordProblem({
    'range-empty': () => 'Укажите номера слайдов или оставьте поле пустым, чтобы взять все.',
    'range-syntax': (p) => `«${p.part}» — не номер слайда и не диапазон. Пишите номера и диапазоны, например 3-7,12.`,
    'range-zero': () => 'Номера слайдов начинаются с 1.',
    'range-backwards': (p) => `В «${p.part}» начало больше конца: напишите ${p.to}-${p.from}.`,
    'range-past-end': (p) => `«${p.part}» выходит за конец презентации: слайдов в ней — ${p.slides}.`,
    'range-all-hidden': () => 'Все слайды этого диапазона скрыты: экспортировать нечего.',
    'no-slides': () => 'В презентации нет слайдов для экспорта.',
    busy: () => 'Экспорт этой презентации уже идёт: дождитесь его или отмените.',
    'no-browser': () => 'Не найден Chromium, Chrome или Edge для печати. Установите один из них и повторите.',
    'folder-not-writable': (p) => `Не удаётся записать ${p.file}: папки нет или в неё нельзя писать. Выберите другой файл.`,
    'disk-full': (p) => `Диск заполнен (${p.folder}). Освободите место и повторите экспорт.`,
    other: (p) => p.detail,
  }),
  preview: 'Предпросмотр',
  pageOf: (n, m) => `Страница ${n} из ${m}`,
  previousPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  previewStale: 'Предпросмотр показывает последние верные настройки.',
  size: (b) => (b >= 1048576 ? `${(b / 1048576).toFixed(1).replace('.', ',')} МБ` : `${Math.max(1, Math.round(b / 1024))} КБ`),
  noHost: 'Здесь экспорт недоступен.',
};

/** Strings of the Export dialog for this window's language. */
export const xs: ExportStrings = uiLanguage === 'ru' ? RU : EN;

/** Strings for a language, for tests. @internal */
export function exportStringsFor(lang: 'en' | 'ru'): ExportStrings {
  return lang === 'ru' ? RU : EN;
}
