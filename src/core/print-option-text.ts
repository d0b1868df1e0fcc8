import { plural, type UiLanguage } from './i18n';

/** Why a slide range or a print choice is refused, as a code and the values its text needs. */
export interface OptionProblem {
  code: 'range-empty' | 'range-syntax' | 'range-start' | 'range-backwards' | 'range-past-end' | 'range-all-hidden' | 'no-slides';
  params?: Readonly<Record<string, string | number>>;
}

type Texts = Record<OptionProblem['code'], (p: Readonly<Record<string, string | number>>) => string>;

const TEXTS: Record<UiLanguage, Texts> = {
  en: {
    'range-empty': () => 'the range is empty; write e.g. 3-7,12',
    'range-syntax': (p) => `“${p.part}” is not a slide number or range; write e.g. 3-7,12`,
    'range-start': (p) => `slide numbers start at 1, not ${p.from}`,
    'range-backwards': (p) => `“${p.part}” runs backwards; write ${p.to}-${p.from}`,
    'range-past-end': (p) => `“${p.part}” is past the end: the deck has ${plural('en', Number(p.count), { one: 'slide', other: 'slides' })}`,
    'range-all-hidden': () => 'every slide in that range is hidden; nothing to print',
    'no-slides': () => 'the deck has no slides to print',
  },
  ru: {
    'range-empty': () => 'диапазон пуст; напишите, например, 3-7,12',
    'range-syntax': (p) => `«${p.part}» — не номер слайда и не диапазон; напишите, например, 3-7,12`,
    'range-start': (p) => `номера слайдов начинаются с 1, а не с ${p.from}`,
    'range-backwards': (p) => `«${p.part}» идёт в обратном порядке; напишите ${p.to}-${p.from}`,
    'range-past-end': (p) => `«${p.part}» выходит за конец презентации: в ней ${plural('ru', Number(p.count), { one: 'слайд', few: 'слайда', many: 'слайдов', other: 'слайда' })}`,
    'range-all-hidden': () => 'все слайды этого диапазона скрыты; печатать нечего',
    'no-slides': () => 'в презентации нет слайдов для печати',
  },
};

/** A refused print choice in the UI language (the Export dialog; the CLI keeps its own English message). */
export function printOptionText(lang: UiLanguage, problem: OptionProblem): string {
  return TEXTS[lang][problem.code](problem.params ?? {});
}
