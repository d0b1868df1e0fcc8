import { DIAGNOSTIC_CATALOGUE, type ParamReader } from './diagnostic-catalogue';
import type { UiLanguage } from './i18n';
import type { Diagnostic, Severity } from './types';

/**
 * A diagnostic in a UI language: the text of its code built from its params. `message` (English,
 * the CLI's) is the fallback only for a code the catalogue does not know yet.
 */

const SEVERITY: Record<UiLanguage, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'note' },
  ru: { error: 'ошибка', warning: 'предупреждение', info: 'заметка' },
};

function reader(params: Diagnostic['params']): ParamReader {
  const v = (key: string): string => String(params?.[key] ?? '');
  return { v, c: (key) => `\`${v(key)}\``, n: (key) => Number(params?.[key] ?? 0) };
}

/** The text of a diagnostic (without file, line or severity) in `lang`. */
export function diagnosticText(lang: UiLanguage, d: Pick<Diagnostic, 'code' | 'params' | 'message'>): string {
  const texts = DIAGNOSTIC_CATALOGUE[d.code]?.[lang];
  const template = typeof texts === 'function' ? texts : texts?.[String(d.params?.reason ?? '')];
  if (template) return template(reader(d.params));
  // A code added elsewhere and not catalogued yet (the catalogue test fails on it): say what the check wrote.
  return d.message;
}

/** A diagnostic with its English `message` (what `lectern check` prints) written from the catalogue. */
export function diagnostic(d: Omit<Diagnostic, 'message'>): Diagnostic {
  return { ...d, message: diagnosticText('en', { ...d, message: '' }) };
}

/** One line for a problems list, all of it in `lang` (place as the CLI writes it): `01-intro.md:3 предупреждение: …`. */
export function diagnosticLine(lang: UiLanguage, d: Diagnostic): string {
  const where = [d.file, d.line, d.line ? d.column : undefined].filter((x) => x !== undefined).join(':');
  return `${where} ${SEVERITY[lang][d.severity]}: ${diagnosticText(lang, d)}`;
}
