import { describe, expect, it } from 'vitest';
import type { TextEncodingName } from '../core/text-encoding';
import { encodeText } from './encode';

const bytesOf = (r: ReturnType<typeof encodeText>): number[] =>
  r.ok
    ? [...r.bytes]
    : (() => {
        throw new Error(r.message);
      })();

describe('encodeText', () => {
  it('writes Windows-1251 Russian text byte for byte', () => {
    expect(bytesOf(encodeText('Привет', { encoding: 'windows-1251', bom: false }))).toEqual([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect(bytesOf(encodeText('Ёё№', { encoding: 'windows-1251', bom: false }))).toEqual([0xa8, 0xb8, 0xb9]);
  });
  it('writes KOI8-R and Latin-1', () => {
    expect(bytesOf(encodeText('Привет', { encoding: 'koi8-r', bom: false }))).toEqual([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);
    expect(bytesOf(encodeText('café', { encoding: 'latin1', bom: false }))).toEqual([0x63, 0x61, 0x66, 0xe9]);
  });
  for (const encoding of ['windows-1251', 'koi8-r', 'latin1'] as TextEncodingName[]) {
    it(`${encoding}: every byte decodes and encodes back to itself`, () => {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      const text = new TextDecoder(encoding).decode(all);
      const back = encodeText(text, { encoding, bom: false });
      const unmapped = [...text].filter((c) => c === '\ufffd').length;
      if (unmapped) expect(back.ok).toBe(false);
      else expect(bytesOf(back)).toEqual([...all]);
    });
  }
  it('refuses a character the encoding lacks, naming it and its line, instead of writing ?', () => {
    const r = encodeText('# Привет\n\nлюбовь ❤ и 😀\n', { encoding: 'windows-1251', bom: false });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^line 3: “❤” \(U\+2764\), line 3: “😀” \(U\+1F600\) cannot be saved in Windows-1251/) });
    const astral = encodeText('a\nb 😀', { encoding: 'koi8-r', bom: false });
    expect(astral).toMatchObject({ ok: false, message: expect.stringContaining('line 2: “😀” (U+1F600)') });
  });
  it('names every missing character (each once, with its first line), so one message lists them all', () => {
    const r = encodeText('€ a\n😀 €\n✓', { encoding: 'koi8-r', bom: false });
    expect(r).toEqual({
      ok: false,
      message: 'line 1: “€” (U+20AC), line 2: “😀” (U+1F600), line 3: “✓” (U+2713) cannot be saved in KOI8-R; remove them or save the file as UTF-8 (nothing was written)',
    });
    const many = encodeText('😀😁😂🤣😃😄😅', { encoding: 'windows-1251', bom: false });
    expect(many).toMatchObject({ ok: false, message: expect.stringContaining('and 2 more cannot be saved') });
  });
  it('writes UTF-8 and UTF-16 with and without BOM', () => {
    expect(bytesOf(encodeText('Ж', { encoding: 'utf-8', bom: false }))).toEqual([0xd0, 0x96]);
    expect(bytesOf(encodeText('Ж', { encoding: 'utf-8', bom: true }))).toEqual([0xef, 0xbb, 0xbf, 0xd0, 0x96]);
    expect(bytesOf(encodeText('Ж', { encoding: 'utf-16le', bom: true }))).toEqual([0xff, 0xfe, 0x16, 0x04]);
    expect(bytesOf(encodeText('Ж', { encoding: 'utf-16be', bom: true }))).toEqual([0xfe, 0xff, 0x04, 0x16]);
    expect(bytesOf(encodeText('Ж', { encoding: 'utf-16le', bom: false }))).toEqual([0x16, 0x04]);
  });
  it('refuses a lone surrogate rather than writing U+FFFD', () => {
    expect(encodeText('ok\n\ud800', { encoding: 'utf-8', bom: false })).toMatchObject({ ok: false, message: expect.stringContaining('line 2') });
  });
});
