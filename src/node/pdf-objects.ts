/**
 * Just enough of a PDF reader to add to a PDF without re-writing it: the trailer of a classic
 * cross-reference table, the catalog, and the page tree. Chromium (Skia) writes exactly this
 * kind of file; anything else (cross-reference streams, objects inside object streams) is
 * reported as unsupported and the caller falls back to a full re-write.
 */

/** A parsed value with the source text it came from (dictionary values are copied verbatim). */
export type PdfValue =
  | { kind: 'dict'; entries: Map<string, PdfValue>; raw: string }
  | { kind: 'array'; items: PdfValue[]; raw: string }
  | { kind: 'ref'; num: number; gen: number; raw: string }
  | { kind: 'name'; name: string; raw: string }
  | { kind: 'other'; raw: string };

/** The file is not a PDF this reader handles. */
export class UnsupportedPdfError extends Error {}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set('()<>[]{}/%'.split('').map((c) => c.charCodeAt(0)));

/** A cursor over the file's bytes, read as Latin-1 so every byte is one character. */
class Lexer {
  constructor(
    readonly text: string,
    public pos: number,
  ) {}

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (WHITE.has(c)) this.pos++;
      else if (c === 0x25) while (this.pos < t.length && t[this.pos] !== '\n' && t[this.pos] !== '\r') this.pos++;
      else break;
    }
  }

  /** A run of regular characters (number, keyword, name body). */
  word(): string {
    const start = this.pos;
    while (this.pos < this.text.length && !WHITE.has(this.text.charCodeAt(this.pos)) && !DELIM.has(this.text.charCodeAt(this.pos))) this.pos++;
    return this.text.slice(start, this.pos);
  }

  value(depth = 0): PdfValue {
    if (depth > 64) throw new UnsupportedPdfError('objects nested too deeply');
    this.skipSpace();
    const start = this.pos;
    const t = this.text;
    const raw = (): string => t.slice(start, this.pos);
    if (t.startsWith('<<', this.pos)) {
      this.pos += 2;
      const entries = new Map<string, PdfValue>();
      for (;;) {
        this.skipSpace();
        if (t.startsWith('>>', this.pos)) break;
        if (t[this.pos] !== '/') throw new UnsupportedPdfError(`expected a name at byte ${this.pos}`);
        this.pos++;
        const key = this.word();
        entries.set(key, this.value(depth + 1));
      }
      this.pos += 2;
      return { kind: 'dict', entries, raw: raw() };
    }
    const c = t[this.pos];
    if (c === '[') {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (t[this.pos] === ']') break;
        if (this.pos >= t.length) throw new UnsupportedPdfError('unterminated array');
        items.push(this.value(depth + 1));
      }
      this.pos++;
      return { kind: 'array', items, raw: raw() };
    }
    if (c === '/') {
      this.pos++;
      return { kind: 'name', name: this.word(), raw: raw() };
    }
    if (c === '(') {
      let nest = 0;
      for (; this.pos < t.length; this.pos++) {
        const ch = t[this.pos];
        if (ch === '\\') this.pos++;
        else if (ch === '(') nest++;
        else if (ch === ')' && --nest === 0) break;
      }
      this.pos++;
      return { kind: 'other', raw: raw() };
    }
    if (c === '<') {
      const end = t.indexOf('>', this.pos);
      if (end < 0) throw new UnsupportedPdfError('unterminated string');
      this.pos = end + 1;
      return { kind: 'other', raw: raw() };
    }
    const word = this.word();
    if (!word) throw new UnsupportedPdfError(`unexpected character at byte ${this.pos}`);
    if (/^\d+$/.test(word)) {
      // "n g R" is a reference; look ahead without consuming anything else.
      const save = this.pos;
      this.skipSpace();
      const gen = this.word();
      this.skipSpace();
      if (/^\d+$/.test(gen) && this.text[this.pos] === 'R' && !/[A-Za-z0-9]/.test(this.text[this.pos + 1] ?? '')) {
        this.pos++;
        return { kind: 'ref', num: Number(word), gen: Number(gen), raw: raw() };
      }
      this.pos = save;
    }
    return { kind: 'other', raw: raw() };
  }
}

/** What an incremental update needs to know about a PDF. */
export interface PdfLayout {
  /** The file read as Latin-1 (one character per byte). */
  text: string;
  /** Trailer entries, verbatim (Root, Info, ID, ...). */
  trailer: Map<string, PdfValue>;
  /** Offset of the last cross-reference section. */
  startxref: number;
  /** First free object number. */
  size: number;
  catalogRef: { num: number; gen: number };
  catalog: Map<string, PdfValue>;
  /** Every page, in order. */
  pages: { num: number; gen: number }[];
  /** Byte offset of every object in use, by number. */
  offsets: Map<number, number>;
}

const asDict = (v: PdfValue | undefined, what: string): Map<string, PdfValue> => {
  if (v?.kind !== 'dict') throw new UnsupportedPdfError(`${what} is not a dictionary`);
  return v.entries;
};

/** Reads the trailer, the catalog and the page tree of a PDF with a classic cross-reference table. */
export function readPdfLayout(bytes: Uint8Array): PdfLayout {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const tail = text.lastIndexOf('startxref');
  if (tail < 0) throw new UnsupportedPdfError('no startxref');
  const startxref = Number(/^startxref\s+(\d+)/.exec(text.slice(tail, tail + 40))?.[1]);
  if (!Number.isFinite(startxref) || !text.startsWith('xref', startxref)) throw new UnsupportedPdfError('no classic cross-reference table');
  // Offsets of every object: the table's subsections ("first count" then count 20-byte rows).
  const offsets = new Map<number, number>();
  const lex = new Lexer(text, startxref + 4);
  for (;;) {
    lex.skipSpace();
    const first = lex.word();
    if (first === 'trailer') break;
    lex.skipSpace();
    const count = Number(lex.word());
    if (!/^\d+$/.test(first) || !Number.isFinite(count)) throw new UnsupportedPdfError('bad cross-reference table');
    lex.skipSpace();
    for (let i = 0; i < count; i++) {
      const row = text.slice(lex.pos, lex.pos + 20);
      const m = /^(\d{10}) (\d{5}) ([nf])/.exec(row);
      if (!m) throw new UnsupportedPdfError('bad cross-reference entry');
      if (m[3] === 'n') offsets.set(Number(first) + i, Number(m[1]));
      lex.pos += 20;
    }
  }
  const trailer = asDict(lex.value(), 'the trailer');
  // An earlier section (an already updated file) would need the /Prev chain: not Chromium's output.
  if (trailer.has('Prev') || trailer.has('XRefStm')) throw new UnsupportedPdfError('the file was already updated');
  const object = (ref: PdfValue | undefined): PdfValue => {
    if (ref?.kind !== 'ref') throw new UnsupportedPdfError('expected a reference');
    return objectAt(text, offsets, ref.num, ref.gen).value;
  };
  const rootRef = trailer.get('Root');
  const catalog = asDict(object(rootRef), 'the catalog');
  const pages: { num: number; gen: number }[] = [];
  const seen = new Set<number>();
  const walk = (ref: PdfValue | undefined, depth: number): void => {
    if (ref?.kind !== 'ref' || seen.has(ref.num) || depth > 32) throw new UnsupportedPdfError('bad page tree');
    seen.add(ref.num);
    const node = asDict(object(ref), 'a page tree node');
    const type = node.get('Type');
    if (type?.kind === 'name' && type.name === 'Page') return void pages.push({ num: ref.num, gen: ref.gen });
    const kids = node.get('Kids');
    if (kids?.kind !== 'array') throw new UnsupportedPdfError('a page tree node has no kids');
    for (const kid of kids.items) walk(kid, depth + 1);
  };
  walk(catalog.get('Pages'), 0);
  const size = Number(trailer.get('Size')?.raw);
  if (!Number.isInteger(size) || rootRef?.kind !== 'ref') throw new UnsupportedPdfError('bad trailer');
  return { text, trailer, startxref, size, catalogRef: { num: rootRef.num, gen: rootRef.gen }, catalog, pages, offsets };
}

/** Object `num` (generation `gen`) at its offset in the table: its value and where the value's text ends (a stream's data follows). */
export function objectAt(text: string, offsets: Map<number, number>, num: number, gen = 0): { value: PdfValue; end: number } {
  const at = offsets.get(num);
  if (at === undefined) throw new UnsupportedPdfError(`object ${num} is not in the table`);
  const lex = new Lexer(text, at);
  for (const expected of [String(num), String(gen), 'obj']) {
    lex.skipSpace();
    if (lex.word() !== expected) throw new UnsupportedPdfError(`object ${num} is not where the table says`);
  }
  const value = lex.value();
  return { value, end: lex.pos };
}

/** Number of pages of a PDF Chromium printed, or null when this reader cannot tell. */
export function countPdfPages(bytes: Uint8Array): number | null {
  try {
    return readPdfLayout(bytes).pages.length;
  } catch (err) {
    if (err instanceof UnsupportedPdfError) return null;
    throw err;
  }
}
