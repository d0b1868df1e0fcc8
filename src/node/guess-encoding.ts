import type { TextEncodingName } from '../core/text-encoding';

/**
 * Guessing the encoding of text that is neither UTF-8 nor UTF-16: the old 8-bit encodings of
 * Russian decks (Windows-1251, KOI8-R) and Western European Latin-1. Every byte sequence is
 * "valid" in all three, so validity decides nothing (docs/pitfalls.md: chardet/jschardet guess with low
 * confidence); the letters do.
 */

/** Legacy 8-bit encodings the guess chooses from. */
export type LegacyEncoding = Extract<TextEncodingName, 'windows-1251' | 'koi8-r' | 'latin1'>;

/** Frequency (%) of each lowercase Russian letter in ordinary prose (National Corpus figures). */
const RUSSIAN_FREQUENCY: Record<string, number> = {
  о: 10.97,
  е: 8.45,
  а: 8.01,
  и: 7.35,
  н: 6.7,
  т: 6.26,
  с: 5.47,
  р: 4.73,
  в: 4.54,
  л: 4.4,
  к: 3.49,
  м: 3.21,
  д: 2.98,
  п: 2.81,
  у: 2.62,
  я: 2.01,
  ы: 1.9,
  ь: 1.74,
  г: 1.7,
  з: 1.65,
  б: 1.59,
  ч: 1.44,
  й: 1.21,
  х: 0.97,
  ж: 0.94,
  ш: 0.73,
  ю: 0.64,
  ц: 0.48,
  щ: 0.36,
  э: 0.32,
  ф: 0.26,
  ъ: 0.04,
  ё: 0.04,
};

/** Bytes that never occur in text (C0 controls other than tab, LF, FF, CR and ESC). */
const CONTROL_BYTE = (b: number): boolean => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b;

/**
 * Decodes with one of the 8-bit encodings Lectern reads. `latin1` is ISO-8859-1 exactly (byte n
 * is U+00nn, as Node's Buffer `latin1`): TextDecoder's `latin1` label means Windows-1252 in the
 * WHATWG spec but decodes as ISO-8859-1 in Node 20, so it is not used for it.
 */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  if (encoding === 'latin1') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * How much `text` reads like Russian: the mean corpus frequency of its Cyrillic letters, capitals
 * counting a quarter (a KOI8-R file read as Windows-1251, or the reverse, comes out as mostly
 * capitals of rare letters). Ordinary prose scores about 5.5, a wrong table under 2.
 * @internal
 */
export function scoreRussian(text: string): number {
  let sum = 0;
  let letters = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const f = RUSSIAN_FREQUENCY[lower];
    if (f === undefined) continue;
    letters++;
    sum += lower === ch ? f : f / 4;
  }
  return letters ? sum / letters : 0;
}

/**
 * Share of bytes >= 0x80 that stand in a run of at least three such bytes. Russian words are
 * whole runs of high bytes in any 8-bit Cyrillic table; Latin-1 text has an accented letter here
 * and there inside ASCII words (`café`, `für`).
 */
function highByteRunShare(bytes: Uint8Array): number {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  const close = (): void => {
    if (run >= 3) inRuns += run;
    run = 0;
  };
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      run++;
    } else close();
  }
  close();
  return high ? inRuns / high : 0;
}

/**
 * Guesses the 8-bit encoding of bytes that are not UTF-8, or returns null when they look like a
 * binary file (control bytes no text editor writes).
 */
export function guessLegacyEncoding(bytes: Uint8Array): { encoding: LegacyEncoding; text: string } | null {
  let controls = 0;
  for (const b of bytes) if (CONTROL_BYTE(b)) controls++;
  if (controls > Math.max(2, bytes.length * 0.01)) return null;
  const runs = highByteRunShare(bytes);
  const cp1251 = decodeLegacy(bytes, 'windows-1251');
  const koi8 = decodeLegacy(bytes, 'koi8-r');
  const s1251 = scoreRussian(cp1251);
  const sKoi8 = scoreRussian(koi8);
  const best = Math.max(s1251, sKoi8);
  // Isolated accented letters, or Cyrillic that reads badly in both tables: Western text.
  if (runs < 0.5 || best < 3) {
    return { encoding: 'latin1', text: decodeLegacy(bytes, 'latin1') };
  }
  return s1251 >= sKoi8 ? { encoding: 'windows-1251', text: cp1251 } : { encoding: 'koi8-r', text: koi8 };
}
