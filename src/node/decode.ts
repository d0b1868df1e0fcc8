import { TEXT_ENCODING_LABELS, type TextEncodingName, type TextFormat } from '../core/text-encoding';
import { decodeLegacy, guessLegacyEncoding, type LegacyEncoding } from './guess-encoding';

/** A file's bytes decoded to text with the format to write it back in, or a message saying why they could not be. */
export type Decoded =
  | ({ ok: true; text: string; warning?: string; reason?: 'damaged' | 'chosen'; damaged?: number; chosen?: boolean; chosenEncoding?: TextEncodingName } & TextFormat)
  | { ok: false; message: string; params: { reason: 'nul' | 'control' | 'utf8' | 'utf16'; encoding?: string } };

/** Bytes looked at for the NUL pattern: enough to tell text from binary, cheap on 10 MB files. */
const SNIFF_BYTES = 64 * 1024;

/**
 * UTF-16 code units a text file does not plausibly contain: anything outside whitespace and the
 * printable ranges of Latin, Greek, Cyrillic, punctuation, symbols, CJK and emoji. Binary data
 * read as UTF-16 is mostly such units (control characters, private-use or unassigned areas);
 * real text has few, so counting them is cheaper than testing every unit.
 */
const IMPLAUSIBLE_UNITS = /[^\t\n\f\r\x20-\x7e\xa0-\u058f\u2000-\u2bff\u3000-\u9fff\uac00-\udfff\uff00-\ufffd]/g;

/**
 * The NUL-byte rule (after VS Code): text never contains NUL, so a file with NULs is UTF-16
 * (LE when the NULs sit at odd offsets, BE at even) if it decodes to plausible text, and binary
 * otherwise. Runs before strict UTF-8, because ASCII in UTF-16 is also valid UTF-8.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'binary' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  if (!even && !odd) return null;
  // NULs at both parities in comparable numbers: a binary file, not text in any encoding.
  const le = odd > even * 9;
  const be = even > odd * 9;
  if (!le && !be) return 'binary';
  const units = Math.floor(n / 2);
  // One character per unit: a lone surrogate becomes one U+FFFD, plausible like the surrogate range itself.
  const sample = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes.subarray(0, units * 2));
  const plausible = units - (sample.match(IMPLAUSIBLE_UNITS)?.length ?? 0);
  if (units === 0 || plausible < units * 0.95) return 'binary';
  return le ? 'utf-16le' : 'utf-16be';
}

/**
 * Decodes slide-file bytes, deciding the encoding in this order: a BOM; the NUL pattern (UTF-16
 * without BOM, else a binary file, refused); strict UTF-8 (or UTF-8 with a few damaged
 * sequences); then a guess among Windows-1251, KOI8-R and Latin-1 by Russian letter frequency.
 * Anything not certain is marked `guessed`, so the user is told.
 * @internal
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', true);
  const sniffed = sniffUtf16(bytes);
  if (sniffed === 'binary') return { ok: false, message: 'is a binary file (it contains NUL bytes), not Markdown text; it was skipped', params: { reason: 'nul' } };
  if (sniffed) return utf16(bytes, sniffed, false);
  const strict = utf8(bytes, false);
  if (strict.ok) return strict;
  const damaged = damagedUtf8(bytes);
  if (damaged) return damaged;
  const guess = guessLegacyEncoding(bytes);
  if (!guess) return { ok: false, message: 'is a binary file (control bytes no text has), not Markdown text; it was skipped', params: { reason: 'control' } };
  return { ok: true, text: guess.text, encoding: guess.encoding, bom: false, guessed: true };
}

/**
 * Decodes bytes with an encoding the user chose (reopening a file whose guess was wrong). A BOM
 * of that encoding is dropped and remembered; bytes invalid in UTF-8/UTF-16 give a message.
 */
export function decodeTextAs(bytes: Uint8Array, encoding: TextEncodingName): Decoded {
  if (encoding === 'utf-8') return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? utf8(bytes.subarray(3), true) : utf8(bytes, false);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const bom = encoding === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
    return utf16(bom ? bytes.subarray(2) : bytes, encoding, bom);
  }
  return { ok: true, text: decodeLegacy(bytes, encoding satisfies LegacyEncoding), encoding, bom: false, guessed: false };
}

/**
 * UTF-8 with a few broken sequences (a truncated download, a bad copy): read as UTF-8 with the
 * damage shown as U+FFFD, rather than the whole file as mojibake in an 8-bit guess.
 */
function damagedUtf8(bytes: Uint8Array): Decoded | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let damaged = 0;
  let valid = 0;
  for (const ch of text) {
    if (ch === '\ufffd') damaged++;
    else if (ch.charCodeAt(0) > 0x7f) valid++;
  }
  if (valid < 8 || damaged > valid / 50) return null;
  const warning = `is not valid UTF-8: ${damaged} damaged byte sequence(s) are shown as \ufffd; the rest was read as UTF-8; if the file is in another encoding, choose it in the editor's Encoding menu`;
  return { ok: true, text, encoding: 'utf-8', bom: false, guessed: true, warning, reason: 'damaged', damaged };
}

/**
 * Decodes a file's bytes in the encoding the user chose for it (marked `chosen`), or detects the
 * encoding when there is no choice. A choice the bytes no longer fit (the file was rewritten as
 * something else) falls back to detection, with a warning saying so: the deck keeps working.
 */
export function decodeWithChoice(bytes: Uint8Array, chosen: TextEncodingName | undefined): Decoded {
  if (!chosen) return decodeText(bytes);
  const as = decodeTextAs(bytes, chosen);
  if (as.ok) return { ...as, chosen: true };
  const detected = decodeText(bytes);
  if (!detected.ok) return detected;
  return {
    ...detected,
    guessed: true,
    reason: 'chosen',
    chosenEncoding: chosen,
    warning: `${as.message.replace(/; save it as UTF-8$/, '')}, the encoding chosen for it: read as ${TEXT_ENCODING_LABELS[detected.encoding]} instead; choose its encoding again in the editor`,
  };
}

function utf8(bytes: Uint8Array, bom: boolean): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom, guessed: false };
  } catch {
    return { ok: false, message: 'is not valid UTF-8; save it as UTF-8', params: { reason: 'utf8' } };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, bom, guessed: false };
  } catch {
    return {
      ok: false,
      message: `is not valid ${TEXT_ENCODING_LABELS[encoding]} (odd length or a broken surrogate pair); save it as UTF-8`,
      params: { reason: 'utf16', encoding: TEXT_ENCODING_LABELS[encoding] },
    };
  }
}
