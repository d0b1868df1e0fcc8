import { pickLanguage } from '../core/i18n';
import { app } from 'electron';

/** Every string the main process shows: menus and dialogs. */
export interface MainStrings {
  file: string;
  openFolder: string;
  openFile: string;
  openFileTitle: string;
  markdownFilter: string;
  openRecent: string;
  noRecent: string;
  clearRecent: string;
  exportPdf: string;
  closeWindow: string;
  quit: string;
  view: string;
  fullScreen: string;
  overview: string;
  reload: string;
  devTools: string;
  presenterConsole: string;
  swapDisplays: string;
  audienceOnly: string;
  help: string;
  shortcuts: string;
  about: string;
  openDeckTitle: string;
  cannotOpen: string;
  exportDone: string;
  exportFailed: string;
  pdfFilter: string;
  crashed: string;
  crashedDetail: string;
  unresponsive: string;
  unresponsiveDetail: string;
  reloadButton: string;
  waitButton: string;
  noDeckToExport: string;
  editMode: string;
  presentMode: string;
  unsavedTitle: string;
  unsavedDetail: string;
  leaveButton: string;
  stayButton: string;
}

const en: MainStrings = {
  file: '&File',
  openFolder: 'Open Folder…',
  openFile: 'Open Markdown File…',
  openFileTitle: 'Open a one-file deck (.md)',
  markdownFilter: 'Markdown deck',
  openRecent: 'Open Recent',
  noRecent: 'No Recent Decks',
  clearRecent: 'Clear Menu',
  exportPdf: 'Export PDF or HTML…',
  closeWindow: 'Close Window',
  quit: 'Quit',
  view: '&View',
  fullScreen: 'Full Screen',
  overview: 'Slide Overview',
  reload: 'Reload',
  devTools: 'Toggle Developer Tools',
  presenterConsole: 'Presenter Console',
  swapDisplays: 'Swap Displays',
  audienceOnly: 'One Screen: Audience View Only',
  help: '&Help',
  shortcuts: 'Keyboard Shortcuts',
  about: 'About Lectern',
  openDeckTitle: 'Open a deck folder',
  cannotOpen: 'Cannot open the deck',
  exportDone: 'PDF saved',
  exportFailed: 'PDF export failed',
  pdfFilter: 'PDF document',
  crashed: 'The slide view stopped working',
  crashedDetail: 'Lectern will reload it and return to the current slide.',
  unresponsive: 'The slide view is not responding',
  unresponsiveDetail: 'You can reload it (the current slide is kept) or wait.',
  reloadButton: 'Reload',
  waitButton: 'Wait',
  noDeckToExport: 'Open a deck window first.',
  editMode: 'Edit Slides',
  presentMode: 'Present',
  unsavedTitle: 'Leave the editor with unsaved changes?',
  unsavedDetail: 'They are kept as drafts and offered the next time you open the editor.',
  leaveButton: 'Leave',
  stayButton: 'Stay',
};

const ru: MainStrings = {
  file: '&Файл',
  openFolder: 'Открыть папку…',
  openFile: 'Открыть файл Markdown…',
  openFileTitle: 'Открыть презентацию из одного файла (.md)',
  markdownFilter: 'Презентация Markdown',
  openRecent: 'Недавние',
  noRecent: 'Нет недавних презентаций',
  clearRecent: 'Очистить список',
  exportPdf: 'Экспорт в PDF или HTML…',
  closeWindow: 'Закрыть окно',
  quit: 'Выход',
  view: '&Вид',
  fullScreen: 'Полный экран',
  overview: 'Обзор всех слайдов',
  reload: 'Перезагрузить',
  devTools: 'Инструменты разработчика',
  presenterConsole: 'Режим докладчика',
  swapDisplays: 'Поменять экраны',
  audienceOnly: 'Один экран: только экран зрителей',
  help: '&Справка',
  shortcuts: 'Сочетания клавиш',
  about: 'О программе Lectern',
  openDeckTitle: 'Открыть папку презентации',
  cannotOpen: 'Не удалось открыть презентацию',
  exportDone: 'PDF сохранён',
  exportFailed: 'Не удалось экспортировать PDF',
  pdfFilter: 'Документ PDF',
  crashed: 'Окно слайдов перестало работать',
  crashedDetail: 'Lectern перезагрузит его и вернётся к текущему слайду.',
  unresponsive: 'Окно слайдов не отвечает',
  unresponsiveDetail: 'Можно перезагрузить его (текущий слайд сохранится) или подождать.',
  reloadButton: 'Перезагрузить',
  waitButton: 'Подождать',
  noDeckToExport: 'Сначала откройте окно презентации.',
  editMode: 'Правка слайдов',
  presentMode: 'Показ',
  unsavedTitle: 'Выйти из редактора с несохранёнными изменениями?',
  unsavedDetail: 'Они сохранены как черновики и будут предложены при следующем открытии редактора.',
  leaveButton: 'Выйти',
  stayButton: 'Остаться',
};

/** Strings for a locale such as `ru-RU`, or a list of them, by the one language rule of core/i18n.ts. @internal */
export function stringsFor(locales: string | readonly string[]): MainStrings {
  return pickLanguage(typeof locales === 'string' ? [locales] : locales) === 'ru' ? ru : en;
}

/** Strings for the system's languages, as the pages pick theirs. Meaningful only after `ready`. */
export function t(): MainStrings {
  return stringsFor([...app.getPreferredSystemLanguages(), app.getLocale()]);
}
