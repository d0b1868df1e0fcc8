/**
 * Names of the text encodings Lectern reads and writes back. Shared by the decoder (which detects
 * them), the editor (which keeps them on save) and the UI (which shows a guessed one to the user).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r' | 'latin1';

/** How a file's bytes map to its text: encoding, whether it had a BOM, and whether the encoding was guessed. */
export interface TextFormat {
  encoding: TextEncodingName;
  bom: boolean;
  /** True when no BOM, NUL pattern or strict UTF-8 decided it (a legacy 8-bit guess): shown to the user. */
  guessed: boolean;
}

/** Every encoding a user may choose when reopening a file (the allowed list checked at the host boundary). */
export const TEXT_ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r', 'latin1'];

/** Whether a value from outside (renderer, a settings file) names an encoding Lectern reads. */
export function isTextEncodingName(value: unknown): value is TextEncodingName {
  return typeof value === 'string' && (TEXT_ENCODINGS as readonly string[]).includes(value);
}

/** Human names of the encodings, for messages and menus (the same in every language). */
export const TEXT_ENCODING_LABELS: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
  'koi8-r': 'KOI8-R',
  latin1: 'Latin-1 (ISO-8859-1)',
};
