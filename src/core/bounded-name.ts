/**
 * File systems limit a name to 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS), not characters:
 * 82 CJK characters are 246 UTF-8 bytes, and a temp name built from them fails with ENAMETOOLONG.
 */

/** UTF-8 length of a string, in bytes. @internal */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `text` of at most `maxBytes` UTF-8 bytes, never cutting a character in two. */
export function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += ch.length;
  }
  return text.slice(0, end);
}
