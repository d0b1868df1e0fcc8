import { pickLanguage } from '../core/i18n';

/** The keys of the audience view, by what they do, in the order its help lists them; the HTML player's help lists most of them too. */
const KEYS_EN = {
  next: ['→  ↓  Space  PageDown  N', 'Next slide or step'],
  prev: ['←  ↑  PageUp  P', 'Previous slide or step'],
  ends: ['Home  /  End', 'First / last slide'],
  black: ['B  or  .', 'Black screen (press again to return)'],
  white: ['W  or  ,', 'White screen'],
  freeze: ['Z', 'Freeze: the audience keeps this slide while you move on'],
  clock: ['F5', 'Start the talk clock'],
  full: ['F', 'Full screen'],
  overview: ['O', 'Overview of all slides (Esc leaves it)'],
  console: ['S', 'Open the presenter console'],
  edit: ['E', 'Edit this slide'],
  help: ['?', 'This help (Esc closes it)'],
} satisfies Record<string, [string, string]>;

const KEYS_RU: typeof KEYS_EN = {
  next: ['→  ↓  Пробел  PageDown  N', 'Следующий слайд или шаг'],
  prev: ['←  ↑  PageUp  P', 'Предыдущий слайд или шаг'],
  ends: ['Home  /  End', 'Первый / последний слайд'],
  black: ['B  или  .', 'Чёрный экран (ещё раз — вернуться)'],
  white: ['W  или  ,', 'Белый экран'],
  freeze: ['Z', 'Заморозка: зрители видят этот слайд, пока вы листаете дальше'],
  clock: ['F5', 'Запустить таймер выступления'],
  full: ['F', 'Полный экран'],
  overview: ['O', 'Обзор всех слайдов (Esc — выйти)'],
  console: ['S', 'Открыть режим докладчика'],
  edit: ['E', 'Править этот слайд'],
  help: ['?', 'Эта справка (Esc — закрыть)'],
};

/** Those keys in each language. */
export const KEY_ROWS = { en: KEYS_EN, ru: KEYS_RU };

const en = {
  loadFailed: 'Could not load the deck',
  problems: (n: number) => `${n} problem${n === 1 ? '' : 's'} in this deck`,
  close: 'Close',
  noSlides: 'This deck has no slides yet: add a .md file to its folder.',
  helpTitle: 'Keyboard shortcuts',
  /** Shown in place of an image that is missing, broken or refused. */
  imageNotShown: (file: string) => `Image not shown: ${file}`,
  /** Shown in place of a slide whose Markdown took too long or too much memory to render. */
  tooComplex: (file: string, line: number) => `This slide is too complex to render (${file}, line ${line})`,
  /** Keyboard shortcuts of the audience view: keys, then what they do. */
  shortcuts: Object.values(KEYS_EN),
};

/** UI strings in the user's language (from the OS locale in Electron, the browser's otherwise). */
export type Strings = typeof en;

const STRINGS: Record<'en' | 'ru', Strings> = {
  en,
  ru: {
    loadFailed: 'Не удалось загрузить презентацию',
    problems: (n: number) => `Проблем в презентации: ${n}`,
    close: 'Закрыть',
    noSlides: 'В презентации пока нет слайдов: добавьте .md-файл в её папку.',
    helpTitle: 'Сочетания клавиш',
    imageNotShown: (file) => `Изображение не показано: ${file}`,
    tooComplex: (file, line) => `Слайд слишком сложен для отображения (${file}, строка ${line})`,
    shortcuts: Object.values(KEYS_RU),
  },
};

/** Picks English or Russian strings from a BCP 47 language list. @internal */
export function pickStrings(languages: readonly string[]): Strings {
  return STRINGS[pickLanguage(languages)];
}

/** The language of this window's UI: the first of the user's languages, as this window reports them, that Lectern speaks. */
export const uiLanguage = pickLanguage(typeof navigator === 'undefined' ? ['en'] : navigator.languages?.length ? navigator.languages : [navigator.language]);

/** Strings for this window. */
export const t: Strings = STRINGS[uiLanguage];
