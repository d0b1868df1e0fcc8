import { uiLanguage } from '../i18n';

const EN = {
  bold: 'Bold',
  italic: 'Italic',
  link: 'Link',
  newSlide: 'New slide',
  gotoSlide: 'Go to slide',
  find: 'Find and replace',
  /** Tooltip: what a button does and its shortcut. */
  tip: (w: string, k: string) => `${w} (${k})`,
  saveTip: (k: string) => `Save (${k})`,
  nothingToSave: 'No unsaved changes',
  gotoPlaceholder: 'Slide number or title',
  gotoNone: 'No slide matches',
  untitled: '(no title)',
  /** CodeMirror's phrases (search panel, lint panel), by their English text. */
  phrases: {} as Record<string, string>,
};

/** The editor toolbar's, go-to-slide's and CodeMirror's own strings, in English and Russian. */
export type ToolStrings = typeof EN;

const RU: ToolStrings = {
  bold: 'Полужирный',
  italic: 'Курсив',
  link: 'Ссылка',
  newSlide: 'Новый слайд',
  gotoSlide: 'Перейти к слайду',
  find: 'Найти и заменить',
  tip: (w, k) => `${w} (${k})`,
  saveTip: (k) => `Сохранить (${k})`,
  nothingToSave: 'Нет несохранённых изменений',
  gotoPlaceholder: 'Номер или заголовок слайда',
  gotoNone: 'Нет подходящих слайдов',
  untitled: '(без заголовка)',
  phrases: {
    Find: 'Найти',
    Replace: 'Заменить на',
    next: 'далее',
    previous: 'назад',
    all: 'все',
    'match case': 'с учётом регистра',
    'by word': 'слово целиком',
    regexp: 'регулярное выражение',
    replace: 'заменить',
    'replace all': 'заменить все',
    close: 'закрыть',
    'current match': 'текущее совпадение',
    'on line': 'в строке',
    'replaced match on line $': 'заменено совпадение в строке $',
    'replaced $ matches': 'заменено совпадений: $',
    'Go to line': 'Перейти к строке',
    go: 'перейти',
    Diagnostics: 'Проблемы',
    'No diagnostics': 'Проблем нет',
    'Selection deleted': 'Выделение удалено',
    'Control character': 'Управляющий символ',
  },
};

/** Tool strings for this window. */
export const ts: ToolStrings = uiLanguage === 'ru' ? RU : EN;

/** The shortcut as this system writes it: `Ctrl+B`, or `⌘B` on a Mac. */
export function keys(combo: string): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return mac ? combo.replace(/Ctrl\+/g, '⌘').replace(/Shift\+/g, '⇧') : combo;
}
