import { describe, expect, it } from 'vitest';
import { decodeText, decodeTextAs, decodeWithChoice } from './decode';
import { guessLegacyEncoding, scoreRussian } from './guess-encoding';

const utf16le = (s: string): Buffer => Buffer.from(s, 'utf16le');
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

/** Test-only 8-bit encoder: the inverse of the decoder's table (the product never encodes). */
function encode8(text: string, label: string): Buffer {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 255; b >= 0; b--) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from(
    [...text].map((ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`${ch} not in ${label}`);
      return b;
    }),
  );
}

const RUSSIAN = '# Введение\n\nFlask - это микрофреймворк, а Django - полноценный фреймворк с ORM и админкой.\nЗаметка: показать код.\n';
const SHORT_RUSSIAN = '# Привет';
const FRENCH = '# Café crème\n\nLe résumé de la présentation: à bientôt, garçon! Über naïve.\n';

describe('decodeText: BOM first', () => {
  it('reads UTF-8 with and without BOM; the BOM never reaches the text', () => {
    expect(decodeText(Buffer.from('---\ntitle: Ж\n---'))).toEqual({ ok: true, text: '---\ntitle: Ж\n---', encoding: 'utf-8', bom: false, guessed: false });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---')]))).toEqual({ ok: true, text: '---', encoding: 'utf-8', bom: true, guessed: false });
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('# Привет')]))).toEqual({ ok: true, text: '# Привет', encoding: 'utf-16le', bom: true, guessed: false });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('# Привет')]))).toEqual({ ok: true, text: '# Привет', encoding: 'utf-16be', bom: true, guessed: false });
  });
  it('an odd byte count after a UTF-16 BOM is a message, not garbage', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('# A'), Buffer.from([0x41])]))).toMatchObject({ ok: false, message: expect.stringContaining('UTF-16 LE') });
  });
});

describe('decodeText: NUL pattern before UTF-8', () => {
  it('decodes UTF-16 LE and BE without a BOM (ASCII and Russian with spaces)', () => {
    expect(decodeText(utf16le('# Hello world, plain ASCII\r\n'))).toEqual({ ok: true, text: '# Hello world, plain ASCII\r\n', encoding: 'utf-16le', bom: false, guessed: false });
    expect(decodeText(utf16le(RUSSIAN))).toMatchObject({ ok: true, text: RUSSIAN, encoding: 'utf-16le' });
    expect(decodeText(utf16be(RUSSIAN))).toMatchObject({ ok: true, text: RUSSIAN, encoding: 'utf-16be' });
    expect(decodeText(utf16le('Emoji 🎉 and 中文 text'))).toMatchObject({ ok: true, text: 'Emoji 🎉 and 中文 text' });
  });
  it('refuses binary files: NULs at both parities, or NULs with non-text units', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    expect(decodeText(png)).toMatchObject({ ok: false, message: expect.stringContaining('binary') });
    // 16-bit integers: NULs only at odd offsets, but the units are control characters.
    const ints = Buffer.alloc(200);
    for (let i = 0; i < 100; i++) ints.writeUInt16LE(i % 7, i * 2);
    expect(decodeText(ints)).toMatchObject({ ok: false, message: expect.stringContaining('binary') });
  });
});

describe('decodeText: strict UTF-8, then a guessed legacy encoding', () => {
  it('reads Windows-1251 Russian, marked as guessed', () => {
    expect(decodeText(encode8(RUSSIAN, 'windows-1251'))).toEqual({ ok: true, text: RUSSIAN, encoding: 'windows-1251', bom: false, guessed: true });
    expect(decodeText(encode8(SHORT_RUSSIAN, 'windows-1251'))).toMatchObject({ text: SHORT_RUSSIAN, encoding: 'windows-1251', guessed: true });
  });
  it('reads KOI8-R Russian, marked as guessed', () => {
    expect(decodeText(encode8(RUSSIAN, 'koi8-r'))).toEqual({ ok: true, text: RUSSIAN, encoding: 'koi8-r', bom: false, guessed: true });
    expect(decodeText(encode8(SHORT_RUSSIAN, 'koi8-r'))).toMatchObject({ text: SHORT_RUSSIAN, encoding: 'koi8-r', guessed: true });
  });
  it('reads Latin-1 Western text, marked as guessed; every byte maps to U+00nn', () => {
    expect(decodeText(Buffer.from(FRENCH, 'latin1'))).toEqual({ ok: true, text: FRENCH, encoding: 'latin1', bom: false, guessed: true });
    const all = Uint8Array.from({ length: 224 }, (_, i) => i + 32);
    expect(decodeTextAs(all, 'latin1')).toEqual({ ok: true, text: String.fromCharCode(...all), encoding: 'latin1', bom: false, guessed: false });
  });
  it('UTF-8 Russian with one damaged sequence stays UTF-8, the damage shown as U+FFFD and reported', () => {
    const bytes = Buffer.concat([Buffer.from(RUSSIAN), Buffer.from([0xd0])]);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: `${RUSSIAN}\ufffd`,
      encoding: 'utf-8',
      bom: false,
      guessed: true,
      damaged: 1,
      reason: 'damaged',
      warning: expect.stringContaining('1 damaged byte sequence'),
    });
  });
  it('invalid UTF-8 in English text is read as Latin-1, not refused', () => {
    expect(decodeText(Buffer.from([0x23, 0x20, 0x41, 0xff, 0x42]))).toMatchObject({ ok: true, encoding: 'latin1', guessed: true, text: '# AÿB' });
  });
  it('refuses control bytes without NULs as binary', () => {
    expect(decodeText(Buffer.from([0x01, 0x02, 0x03, 0x80, 0x81, 0x04, 0x05, 0x06, 0x07, 0x08]))).toMatchObject({ ok: false, message: expect.stringContaining('binary') });
  });
  it('an empty file is empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8', bom: false, guessed: false });
  });
});

describe('guessLegacyEncoding and scoreRussian', () => {
  it('scores real Russian high and a wrong table low', () => {
    expect(scoreRussian(RUSSIAN)).toBeGreaterThan(4);
    const wrong = new TextDecoder('windows-1251').decode(encode8(RUSSIAN, 'koi8-r'));
    expect(scoreRussian(wrong)).toBeLessThan(2);
  });
  it('names the table prose was written in', () => {
    expect(guessLegacyEncoding(encode8(RUSSIAN, 'koi8-r'))).toMatchObject({ encoding: 'koi8-r', text: RUSSIAN });
    expect(guessLegacyEncoding(encode8(RUSSIAN, 'windows-1251'))).toMatchObject({ encoding: 'windows-1251', text: RUSSIAN });
  });
});

describe('decodeTextAs (reopen with another encoding)', () => {
  it('reads with the chosen encoding, not guessed', () => {
    const bytes = encode8(SHORT_RUSSIAN, 'koi8-r');
    expect(decodeTextAs(bytes, 'koi8-r')).toEqual({ ok: true, text: SHORT_RUSSIAN, encoding: 'koi8-r', bom: false, guessed: false });
    expect(decodeTextAs(bytes, 'windows-1251')).toMatchObject({ ok: true, encoding: 'windows-1251', guessed: false });
    expect(decodeTextAs(bytes, 'utf-8')).toMatchObject({ ok: false });
    expect(decodeTextAs(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('x')]), 'utf-16le')).toEqual({ ok: true, text: 'x', encoding: 'utf-16le', bom: true, guessed: false });
  });
});

describe('decodeWithChoice (the encoding remembered for a file)', () => {
  const UPPER = '# ВВЕДЕНИЕ\n\nПЛАН ЛЕКЦИИ\n';
  it('an all-capitals KOI8-R file is guessed wrong; the chosen encoding reads it right', () => {
    const bytes = encode8(UPPER, 'koi8-r');
    // Capitals in KOI8-R are small letters in Windows-1251: the guess prefers the wrong table.
    expect(decodeWithChoice(bytes, undefined)).toMatchObject({ encoding: 'windows-1251', guessed: true });
    expect(decodeWithChoice(bytes, 'koi8-r')).toEqual({ ok: true, text: UPPER, encoding: 'koi8-r', bom: false, guessed: false, chosen: true });
  });
  it('no choice: detection as usual', () => {
    expect(decodeWithChoice(Buffer.from(RUSSIAN), undefined)).toEqual(decodeText(Buffer.from(RUSSIAN)));
  });
  it('a choice the bytes no longer fit falls back to detection, with a warning naming the choice', () => {
    const decoded = decodeWithChoice(encode8(RUSSIAN, 'windows-1251'), 'utf-8');
    expect(decoded).toMatchObject({
      ok: true,
      text: RUSSIAN,
      encoding: 'windows-1251',
      guessed: true,
      warning: expect.stringMatching(/^is not valid UTF-8, the encoding chosen for it: read as Windows-1251 instead/),
    });
    expect(decoded).not.toHaveProperty('chosen');
  });
});
