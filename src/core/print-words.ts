import { formatDate, type UiLanguage } from './i18n';

/**
 * The words Lectern prints on notes and handout pages, in the deck's language (`lang` in
 * deck.yaml or front matter): Russian for `ru`, English otherwise.
 */
export function printLanguage(lang: string): UiLanguage {
  return /^ru\b/i.test(lang) ? 'ru' : 'en';
}

/** A header date: an ISO date (2026-12-04) in the deck's language («4 декабря 2026 г.»); other text as written. */
export function headerDate(date: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return date;
  const day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // 2026-02-31 rolls over into March: such a date is shown as written.
  if (day.getMonth() !== Number(m[2]) - 1) return date;
  return formatDate(printLanguage(lang), day);
}

/** The label of a slide's notes box and thumbnail: "Слайд 2" / "Slide 2". */
export function slideLabel(n: number, lang: string): string {
  return printLanguage(lang) === 'ru' ? `Слайд ${n}` : `Slide ${n}`;
}

/** The label of notes continued from the page before: "Слайд 2 (продолжение)" / "Slide 2 (continued)". */
export function continuedLabel(n: number, lang: string): string {
  return printLanguage(lang) === 'ru' ? `Слайд ${n} (продолжение)` : `Slide ${n} (continued)`;
}

/** The mark at the end of notes that go on over the page: "продолжение на с. 5 →" / "continued on p. 5 →". */
export function continuedOn(page: number, lang: string): string {
  return printLanguage(lang) === 'ru' ? `продолжение на с. ${page} →` : `continued on p. ${page} →`;
}

/** The label of the ruled area of a last handout page. */
export function notesAreaLabel(lang: string): string {
  return printLanguage(lang) === 'ru' ? 'Заметки' : 'Notes';
}

/** A footer naming every section on a page, in order, each once ("Философия и подход · ORM и базы данных"). */
export function footerSections(titles: readonly string[]): string {
  return [...new Set(titles.filter(Boolean))].join(' · ');
}
