import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const utf16le = (s: string) => Buffer.from(s, 'utf16le');

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM; the BOM never reaches the text', () => {
    expect(decodeText(Buffer.from('---\ntitle: Ж\n---'))).toMatchObject({ ok: true, text: '---\ntitle: Ж\n---', encoding: 'utf-8', bom: false });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---')]))).toMatchObject({ ok: true, text: '---', encoding: 'utf-8', bom: true });
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('# Привет')]))).toMatchObject({ ok: true, text: '# Привет' });
    const be = Buffer.from(utf16le('# Привет')).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ ok: true, text: '# Привет' });
  });
  it('refuses UTF-16 without BOM, binary and non-UTF-8 with a message instead of garbage', () => {
    expect(decodeText(utf16le('# Hello world, plain ASCII'))).toMatchObject({ ok: false, message: expect.stringContaining('UTF-16') });
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]))).toMatchObject({ ok: false });
    const cp1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in Windows-1251
    expect(decodeText(cp1251)).toMatchObject({ ok: false, message: expect.stringContaining('Windows-1251') });
  });
});
