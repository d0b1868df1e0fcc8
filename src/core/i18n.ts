/**
 * The one language rule of every page and of the app's shell: the UI language is the first of
 * the user's languages that Lectern speaks, English otherwise; numbers of things, dates and
 * times are formatted in that language (24-hour time in Russian).
 */

/** The languages of Lectern's interface. */
export type UiLanguage = 'en' | 'ru';

/** The first of `languages` (BCP 47, most preferred first) that Lectern speaks; English when none. */
export function pickLanguage(languages: readonly string[]): UiLanguage {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'ru' || base === 'en') return base;
  }
  return 'en';
}

/** Word forms by plural category: English needs `one` and `other`; Russian also `few` and `many`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `count` followed by the right form of a word for it (1 слайд, 3 слайда, 5 слайдов). */
export function plural(lang: UiLanguage, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return `${count} ${form}`;
}

const locale = (lang: UiLanguage): string => (lang === 'ru' ? 'ru-RU' : 'en-US');
const clock = (lang: UiLanguage) => ({ hour: '2-digit', minute: '2-digit', hourCycle: lang === 'ru' ? 'h23' : 'h12' }) as const;

/** A wall-clock time (hours and minutes) as people of that language write it. */
export function formatTime(lang: UiLanguage, date: Date): string {
  return new Intl.DateTimeFormat(locale(lang), clock(lang)).format(date);
}

/** A calendar date (with the time when asked) in that language's order and month names. */
export function formatDate(lang: UiLanguage, date: Date, withTime = false): string {
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', ...(withTime ? clock(lang) : {}) }).format(date);
}
