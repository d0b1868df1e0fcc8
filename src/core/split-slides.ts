import { slidePartsOf, type Line } from './chunk-notes';
import { DEFAULT_RULES, type SplitRules } from './split-rules';

/** A slide cut out of a file, before Markdown rendering. */
export interface SlideChunk {
  /** 1-based line in the file where the chunk starts. */
  line: number;
  body: string;
  notes: string;
  /** The slide carries reveal.js's `<!-- .slide: data-visibility="hidden" -->`. */
  hidden?: boolean;
  /** Marp directives from the slide's comments (`_class`, `paginate`, …), as written. */
  directives?: Record<string, string>;
  /** Slidev's per-slide front matter (`layout`, `class`, `background`, `src`) and its first line. */
  meta?: { yaml: string; line: number };
  /** Came after a vertical separator (reveal.js stack); shown flattened, in order. */
  vertical?: boolean;
}

/** Front matter found at the top of a file: its raw YAML and where the body starts. */
export interface FrontMatterSplit {
  yaml: string | null;
  /** 1-based line of the first YAML line (2 when present). */
  yamlLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Set when the block was opened with `---js`, `---coffee`…: never evaluated, only reported. */
  foreignLanguage?: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SEPARATOR = /^---[ \t]*$/;
/** Slidev: a `---` directly followed by `key:` lines up to the next `---` is the next slide's front matter. */
const SLIDE_META_START = /^[\w-]+[ \t]*:/;

/** Splits a file into its YAML front matter (if the file starts with `---`) and the body. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const none: FrontMatterSplit = { yaml: null, yamlLine: 0, body: text, bodyLine: 1 };
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines[0] ?? '';
  const foreign = /^---([a-z]+)\s*$/i.exec(first);
  if (!SEPARATOR.test(first) && !foreign) return none;
  const end = lines.findIndex((l, i) => i > 0 && (SEPARATOR.test(l) || /^\.\.\.\s*$/.test(l)));
  if (end < 0) return none;
  // A file may also open with a slide separator; only a block that starts like YAML is front matter.
  // YAML comments (`# try also 'default'`, as Slidev's starter opens) are skipped.
  const firstContent = lines.slice(1, end).find((l) => l.trim() !== '' && !/^#(\s|$)/.test(l));
  const onlyComments = firstContent === undefined && lines.slice(1, end).some((l) => l.trim() !== '');
  if (!foreign && (onlyComments || (firstContent !== undefined && !/^[\w-]+\s*:/.test(firstContent)))) return none;
  const split: FrontMatterSplit = { yaml: lines.slice(1, end).join('\n'), yamlLine: 2, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
  if (foreign) split.foreignLanguage = foreign[1]!;
  return split;
}

/**
 * Splits a body into slides at the dialect's separators outside code (`---` by default, `----`
 * for reveal.js vertical slides, a deck's own `separator` patterns, Marp's `headingDivider`), and
 * each slide into content, speaker notes and directives (see chunk-notes.ts).
 */
export function splitSlides(body: string, bodyLine: number, rules: SplitRules = DEFAULT_RULES): SlideChunk[] {
  const lines = body.split(/\r\n|\r|\n/);
  const text = lines.join('\n');
  const code = codeLines(lines);
  const starts: number[] = [0];
  for (const l of lines) starts.push(starts[starts.length - 1]! + l.length + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const cuts = findCuts(text, lines, code, lineAt, starts, rules);
  const chunks: SlideChunk[] = [];
  let from = 0;
  let meta: SlideChunk['meta'];
  let vertical = false;
  for (const cut of [...cuts, { start: text.length, end: text.length, vertical: false, meta: undefined }]) {
    let at = from;
    // A separator matched up to its line end: the slide starts on the next line.
    if (text[at] === '\n' && at > 0) at++;
    const first = lineAt(at);
    const slice = text.slice(at, cut.start);
    // Slidev front matter lines are counted in the file (not the body) from here on.
    const fileMeta = meta ? { ...meta, line: bodyLine + meta.line - 1 } : undefined;
    chunks.push(finishChunk(bodyLine + first, slice, first, code, rules, fileMeta, vertical));
    from = cut.end;
    meta = cut.meta;
    vertical = cut.vertical;
  }
  return chunks;
}

/** Which lines are code: inside or delimiting a fence, or an indented code block. */
export function codeLines(lines: string[]): boolean[] {
  let fence: string | null = null;
  let indented = false;
  return lines.map((line, i) => {
    const m = FENCE.exec(line);
    const prev = i > 0 ? lines[i - 1]! : '';
    indented = !fence && /^( {4}|\t)/.test(line) && (indented || prev.trim() === '') && line.trim() !== '';
    if (fence) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = null;
      return true;
    }
    if (m) {
      fence = m[1]!;
      return true;
    }
    return indented;
  });
}

interface Cut {
  start: number;
  end: number;
  vertical: boolean;
  meta: SlideChunk['meta'];
}

/** Where the body is cut, in order: separator matches outside code, and headings that divide. */
function findCuts(text: string, lines: string[], code: boolean[], lineAt: (o: number) => number, starts: number[], rules: SplitRules): Cut[] {
  const cuts: Cut[] = [];
  const add = (re: RegExp | null, vertical: boolean): void => {
    if (!re) return;
    for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
      if (!m[0].length) continue;
      const line = lineAt(m.index + (m[0].startsWith('\n') ? 1 : 0));
      if (code[line]) continue;
      cuts.push({ start: m.index, end: m.index + m[0].length, vertical, meta: undefined });
    }
  };
  add(rules.separator, false);
  add(rules.vertical, true);
  cuts.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping matches (`----` also holds `---` for a custom pattern): the first, longest wins.
  const merged: Cut[] = [];
  for (const c of cuts) if (!merged.length || c.start >= merged[merged.length - 1]!.end) merged.push(c);
  if (rules.dialect === 'slidev') takeSlideMeta(lines, lineAt, starts, merged);
  if (rules.headingLevels.length) addHeadingCuts(lines, code, starts, lineAt, merged, rules.headingLevels);
  return merged;
}

/** Slidev's per-slide front matter: `---`, `key: value` lines, `---` is one cut carrying the YAML. */
function takeSlideMeta(lines: string[], lineAt: (o: number) => number, starts: number[], cuts: Cut[]): void {
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i]!;
    const line = lineAt(cut.end - 1) + 1;
    if (!SLIDE_META_START.test(lines[line] ?? '')) continue;
    const close = lines.findIndex((l, j) => j > line && SEPARATOR.test(l));
    if (close < 0) continue;
    cut.meta = { yaml: lines.slice(line, close).join('\n'), line: line + 1 };
    cut.end = starts[close]! + lines[close]!.length;
    // The closing `---` is part of this cut, not a separator of its own.
    while (cuts[i + 1] && cuts[i + 1]!.start < cut.end) cuts.splice(i + 1, 1);
  }
}

/** Marp's `headingDivider`: a heading of those levels starts a slide unless it already starts one. */
function addHeadingCuts(lines: string[], code: boolean[], starts: number[], lineAt: (o: number) => number, cuts: Cut[], levels: number[]): void {
  const extra: Cut[] = [];
  let ci = 0;
  let sinceCut = 0; // content lines since the last cut
  lines.forEach((l, i) => {
    while (ci < cuts.length && lineAt(cuts[ci]!.end) < i) {
      ci++;
      sinceCut = 0;
    }
    const h = code[i] ? null : /^(#{1,6})[ \t]/.exec(l);
    if (h && levels.includes(h[1]!.length) && sinceCut > 0) {
      extra.push({ start: starts[i]!, end: starts[i]!, vertical: false, meta: undefined });
      sinceCut = 0;
    }
    if (l.trim() !== '' && !/^\s*<!--[\s\S]*-->\s*$/.test(l)) sinceCut++;
  });
  cuts.push(...extra);
  cuts.sort((a, b) => a.start - b.start);
}

function finishChunk(line: number, text: string, firstLine: number, code: boolean[], rules: SplitRules, meta: SlideChunk['meta'], vertical: boolean): SlideChunk {
  const content: Line[] = [];
  let notes: string[] | null = null;
  text.split('\n').forEach((t, k) => {
    const isCode = code[firstLine + k] ?? false;
    if (notes) {
      notes.push(t);
      return;
    }
    const m = !isCode && rules.notes ? rules.notes.exec(t) : null;
    if (m) {
      const rest = t.slice(m.index + m[0].length).trim();
      notes = rest ? [rest] : [];
      return;
    }
    content.push({ text: t, code: isCode });
  });
  const parts = slidePartsOf(content, notes, rules.dialect);
  const chunk: SlideChunk = { line, body: parts.body, notes: parts.notes };
  if (parts.hidden) chunk.hidden = true;
  if (Object.keys(parts.directives).length) chunk.directives = parts.directives;
  if (meta) chunk.meta = meta;
  if (vertical) chunk.vertical = true;
  return chunk;
}
