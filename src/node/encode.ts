import { TEXT_ENCODING_LABELS, type TextFormat } from '../core/text-encoding';
import { decodeLegacy, type LegacyEncoding } from './guess-encoding';

/** Text encoded for saving, or a message saying which character the encoding cannot hold. */
export type Encoded = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const reverseTables = new Map<LegacyEncoding, Map<number, number>>();

/**
 * Code point -> byte for a single-byte encoding, built once from the reader's own decoding
 * (`decodeLegacy`), so saving is the exact inverse of what was read (no second table to drift).
 */
function reverseTable(encoding: LegacyEncoding): Map<number, number> {
  let table = reverseTables.get(encoding);
  if (!table) {
    table = new Map();
    for (let byte = 0; byte < 256; byte++) {
      const ch = decodeLegacy(new Uint8Array([byte]), encoding);
      const cp = ch.codePointAt(0)!;
      // U+FFFD marks an unmapped byte; the first byte for a code point wins.
      if (ch.length === 1 && cp !== 0xfffd && !table.has(cp)) table.set(cp, byte);
    }
    reverseTables.set(encoding, table);
  }
  return table;
}

/** At most this many different characters are named in a refusal; the rest are counted. */
const MAX_NAMED = 5;

function encodeSingleByte(text: string, encoding: LegacyEncoding): Encoded {
  const table = reverseTable(encoding);
  const out = new Uint8Array(text.length);
  // Every character the encoding lacks, with the line it first appears on: the user fixes them all at once.
  const missing = new Map<string, number>();
  let n = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp === 10) line++;
    const byte = table.get(cp);
    if (byte === undefined) {
      const ch = String.fromCodePoint(cp);
      if (!missing.has(ch)) missing.set(ch, line);
    } else out[n++] = byte;
    if (cp > 0xffff) i++;
  }
  if (!missing.size) return { ok: true, bytes: out.subarray(0, n) };
  const named = [...missing].slice(0, MAX_NAMED).map(([ch, at]) => `line ${at}: “${ch}” (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  const more = missing.size > MAX_NAMED ? ` and ${missing.size - MAX_NAMED} more` : '';
  const one = missing.size === 1;
  return { ok: false, message: `${named.join(', ')}${more} cannot be saved in ${TEXT_ENCODING_LABELS[encoding]}; remove ${one ? 'it' : 'them'} or save the file as UTF-8 (nothing was written)` };
}

/**
 * Encodes text in a file's own format (encoding and BOM), so a save keeps the file's bytes as
 * they were except for what the user typed. Refuses with a message naming the first character
 * the encoding cannot hold and its line, instead of writing `?` (docs/pitfalls.md: iconv-lite does).
 */
export function encodeText(text: string, format: Pick<TextFormat, 'encoding' | 'bom'>): Encoded {
  const { encoding, bom } = format;
  if (encoding === 'windows-1251' || encoding === 'koi8-r' || encoding === 'latin1') {
    // Legacy 8-bit files have no BOM; one here would be a character the table lacks anyway.
    return encodeSingleByte(text, encoding);
  }
  // A lone surrogate (a code point of its own in a `u` pattern) cannot be written in any Unicode encoding without becoming U+FFFD.
  const lone = text.search(/\p{Cs}/u);
  if (lone >= 0) return { ok: false, message: `line ${text.slice(0, lone).split('\n').length}: a broken character (U+${text.charCodeAt(lone).toString(16).toUpperCase()}) cannot be saved` };
  if (encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return { ok: true, bytes: bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body };
  }
  const le = Buffer.from(text, 'utf16le');
  const body = encoding === 'utf-16be' ? Buffer.from(le).swap16() : le;
  const mark = encoding === 'utf-16be' ? [0xfe, 0xff] : [0xff, 0xfe];
  return { ok: true, bytes: bom ? Buffer.concat([Buffer.from(mark), body]) : body };
}
