/** UI strings in the user's language (from the OS locale in Electron, the browser's otherwise). */
export interface Strings {
  loading: string;
  loadFailed: string;
  problems: (n: number) => string;
  close: string;
  noSlides: string;
}

const STRINGS: Record<'en' | 'ru', Strings> = {
  en: {
    loading: 'Loading the deck…',
    loadFailed: 'Could not load the deck',
    problems: (n: number) => `${n} problem${n === 1 ? '' : 's'} in this deck`,
    close: 'Close',
    noSlides: 'This deck has no slides yet: add a .md file to its folder.',
  },
  ru: {
    loading: 'Загрузка презентации…',
    loadFailed: 'Не удалось загрузить презентацию',
    problems: (n: number) => `Проблем в презентации: ${n}`,
    close: 'Закрыть',
    noSlides: 'В презентации пока нет слайдов: добавьте .md-файл в её папку.',
  },
};

/** Picks English or Russian from a BCP 47 language list; English is the fallback. */
export function pickStrings(languages: readonly string[]): Strings {
  return languages.some((l) => l.toLowerCase().startsWith('ru')) && !languages[0]?.toLowerCase().startsWith('en') ? STRINGS.ru : STRINGS.en;
}

/** Strings for this window. */
export const t: Strings = pickStrings(typeof navigator === 'undefined' ? ['en'] : navigator.languages?.length ? navigator.languages : [navigator.language]);
