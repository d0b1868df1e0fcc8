import { TEXT_ENCODING_LABELS, type TextEncodingName, type TextFormat } from '../core/text-encoding';

/** Text encoded for saving, or a message saying which character the encoding cannot hold. */
export type Encoded = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * TextDecoder label of each single-byte encoding, the same the decoder uses. (`latin1`: browsers
 * decode it as windows-1252, Node 20 as ISO-8859-1; the table below is whatever this runtime's
 * decoder does, so a save is always the inverse of the read.)
 */
const SINGLE_BYTE_LABELS: Partial<Record<TextEncodingName, string>> = { 'windows-1251': 'windows-1251', 'koi8-r': 'koi8-r', latin1: 'latin1' };

const reverseTables = new Map<TextEncodingName, Map<number, number>>();

/**
 * Code point -> byte for a single-byte encoding, built once from TextDecoder itself, so saving
 * is the exact inverse of what the decoder read (no dependency, no second table to drift).
 */
function reverseTable(encoding: TextEncodingName): Map<number, number> {
  let table = reverseTables.get(encoding);
  if (!table) {
    const decoder = new TextDecoder(SINGLE_BYTE_LABELS[encoding]!);
    table = new Map();
    for (let byte = 0; byte < 256; byte++) {
      const ch = decoder.decode(new Uint8Array([byte]));
      const cp = ch.codePointAt(0)!;
      // U+FFFD marks an unmapped byte; the first byte for a code point wins.
      if (ch.length === 1 && cp !== 0xfffd && !table.has(cp)) table.set(cp, byte);
    }
    reverseTables.set(encoding, table);
  }
  return table;
}

/** Human name of an encoding for messages. */
function encodingLabel(encoding: TextEncodingName): string {
  return TEXT_ENCODING_LABELS[encoding];
}

function describeChar(ch: string): string {
  const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `“${ch}” (U+${hex})`;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** At most this many different characters are named in a refusal; the rest are counted. */
const MAX_NAMED = 5;

function encodeSingleByte(text: string, encoding: TextEncodingName): Encoded {
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
  const named = [...missing].slice(0, MAX_NAMED).map(([ch, at]) => `line ${at}: ${describeChar(ch)}`);
  const more = missing.size > MAX_NAMED ? ` and ${missing.size - MAX_NAMED} more` : '';
  const one = missing.size === 1;
  return { ok: false, message: `${named.join(', ')}${more} cannot be saved in ${encodingLabel(encoding)}; remove ${one ? 'it' : 'them'} or save the file as UTF-8 (nothing was written)` };
}

/** A lone surrogate cannot be written in any Unicode encoding without becoming U+FFFD. */
function findLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
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
  const lone = findLoneSurrogate(text);
  if (lone >= 0) return { ok: false, message: `line ${lineAt(text, lone)}: a broken character (U+${text.charCodeAt(lone).toString(16).toUpperCase()}) cannot be saved` };
  if (encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return { ok: true, bytes: bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body };
  }
  const le = Buffer.from(text, 'utf16le');
  const body = encoding === 'utf-16be' ? Buffer.from(le).swap16() : le;
  const mark = encoding === 'utf-16be' ? [0xfe, 0xff] : [0xff, 0xfe];
  return { ok: true, bytes: bom ? Buffer.concat([Buffer.from(mark), body]) : body };
}
