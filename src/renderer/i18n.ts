import { pickLanguage } from '../core/i18n';

const en = {
  loading: 'Loading the deck…',
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
  shortcuts: [
    ['→  ↓  Space  PageDown  N', 'Next slide or step'],
    ['←  ↑  PageUp  P', 'Previous slide or step'],
    ['Home  /  End', 'First / last slide'],
    ['B  or  .', 'Black screen (press again to return)'],
    ['W  or  ,', 'White screen'],
    ['Z', 'Freeze: the audience keeps this slide while you move on'],
    ['F5', 'Start the talk clock'],
    ['F', 'Full screen'],
    ['O', 'Overview of all slides (Esc leaves it)'],
    ['S', 'Open the presenter console'],
    ['E', 'Edit this slide'],
    ['?', 'This help (Esc closes it)'],
  ] as [string, string][],
};

/** UI strings in the user's language (from the OS locale in Electron, the browser's otherwise). */
export type Strings = typeof en;

const STRINGS: Record<'en' | 'ru', Strings> = {
  en,
  ru: {
    loading: 'Загрузка презентации…',
    loadFailed: 'Не удалось загрузить презентацию',
    problems: (n: number) => `Проблем в презентации: ${n}`,
    close: 'Закрыть',
    noSlides: 'В презентации пока нет слайдов: добавьте .md-файл в её папку.',
    helpTitle: 'Сочетания клавиш',
    imageNotShown: (file) => `Изображение не показано: ${file}`,
    tooComplex: (file, line) => `Слайд слишком сложен для отображения (${file}, строка ${line})`,
    shortcuts: [
      ['→  ↓  Пробел  PageDown  N', 'Следующий слайд или шаг'],
      ['←  ↑  PageUp  P', 'Предыдущий слайд или шаг'],
      ['Home  /  End', 'Первый / последний слайд'],
      ['B  или  .', 'Чёрный экран (ещё раз — вернуться)'],
      ['W  или  ,', 'Белый экран'],
      ['Z', 'Заморозка: зрители видят этот слайд, пока вы листаете дальше'],
      ['F5', 'Запустить таймер выступления'],
      ['F', 'Полный экран'],
      ['O', 'Обзор всех слайдов (Esc — выйти)'],
      ['S', 'Открыть режим докладчика'],
      ['E', 'Править этот слайд'],
      ['?', 'Эта справка (Esc — закрыть)'],
    ],
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
