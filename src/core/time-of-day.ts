import type { UiLanguage } from './i18n';

/**
 * A time of day typed by the presenter: `17:30`, `9.05`, and (from habit, in either language)
 * `5:30 PM` or `5pm`. Minutes since midnight, or null.
 */
export function parseTimeOfDay(text: string): number | null {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?$/i.exec(text.trim());
  if (!m || (!m[2] && !m[3])) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (min > 59) return null;
  if (m[3]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  }
  return h > 23 ? null : h * 60 + min;
}

/** An example the time field shows while empty: 24-hour in Russian, 12-hour in English. */
export function timeOfDayExample(lang: UiLanguage): string {
  return lang === 'ru' ? '17:30' : '5:30 PM';
}
