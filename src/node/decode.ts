import type { TextFormat } from '../core/text-encoding';

/** A file's bytes decoded to text with the format to write it back in, or a message saying why they could not be. */
export type Decoded = ({ ok: true; text: string } & TextFormat) | { ok: false; message: string };

/** Share of NUL bytes at even/odd positions that marks UTF-16 without a BOM (as VS Code does). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 ? odd++ : even++);
  return n >= 4 && (even > n * 0.3 || odd > n * 0.3);
}

/**
 * Decodes slide-file bytes: BOM first, then the NUL-byte rule, then strict UTF-8. Anything else
 * is refused with a message rather than shown as garbage (legacy encodings are detected later).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true, guessed: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true, guessed: false };
  if (looksLikeUtf16(bytes)) return { ok: false, message: 'looks like UTF-16 without a byte-order mark, or a binary file; save it as UTF-8' };
  if (bytes.includes(0)) return { ok: false, message: 'contains NUL bytes: this is a binary file, not Markdown' };
  return utf8(bytes, false);
}

function utf8(bytes: Uint8Array, bom: boolean): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom, guessed: false };
  } catch {
    return { ok: false, message: 'is not valid UTF-8 (perhaps Windows-1251 or KOI8-R); save it as UTF-8' };
  }
}
