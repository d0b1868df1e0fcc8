/** A slide cut out of a file, before Markdown rendering. */
export interface SlideChunk {
  /** 1-based line in the file where the chunk starts. */
  line: number;
  body: string;
  notes: string;
  /** The slide carries reveal.js's `<!-- .slide: data-visibility="hidden" -->`. */
  hidden?: boolean;
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
const NOTE_LINE = /^notes?:[ \t]*(.*)$/i;
/** An inline code span (left alone) or an HTML comment (taken as notes). */
const CODE_SPAN_OR_COMMENT = /(`+)(?:(?!\n[ \t]*\n)[\s\S])*?\1|<!--([\s\S]*?)-->/g;
/** HTML comments that are directives (reveal-md's `.slide:`, Marp's `_class:`), not notes. */
/** reveal.js's way to hide one slide, in a `.slide:` directive. */
const HIDDEN_DIRECTIVE = /^\s*\.slide:.*\bdata-visibility\s*=\s*["']?hidden\b/;
const DIRECTIVE = /^\s*(\.slide:|\.element:|_?(class|paginate|header|footer|theme|size|style|marp|color|backgroundColor|backgroundImage|headingDivider|transition)\s*:)/;

/** Splits a file into its YAML front matter (if the file starts with `---`) and the body. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines[0] ?? '';
  const foreign = /^---([a-z]+)\s*$/i.exec(first);
  if (!SEPARATOR.test(first) && !foreign) return { yaml: null, yamlLine: 0, body: text, bodyLine: 1 };
  const end = lines.findIndex((l, i) => i > 0 && (SEPARATOR.test(l) || /^\.\.\.\s*$/.test(l)));
  if (end < 0) return { yaml: null, yamlLine: 0, body: text, bodyLine: 1 };
  // A file may also open with a slide separator; only a block that starts like YAML is front matter.
  const firstContent = lines.slice(1, end).find((l) => l.trim() !== '');
  if (!foreign && firstContent !== undefined && !/^[\w-]+\s*:/.test(firstContent)) {
    return { yaml: null, yamlLine: 0, body: text, bodyLine: 1 };
  }
  const split: FrontMatterSplit = { yaml: lines.slice(1, end).join('\n'), yamlLine: 2, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
  if (foreign) split.foreignLanguage = foreign[1]!;
  return split;
}

/**
 * Splits a body into slides at lines that are exactly `---` outside code fences, and each slide
 * into content and speaker notes (`Note:` to the end of the slide, or Marp-style HTML comments).
 */
export function splitSlides(body: string, bodyLine: number): SlideChunk[] {
  const lines = body.split(/\r\n|\r|\n/);
  const chunks: SlideChunk[] = [];
  let fence: string | null = null;
  let start = 0;
  let content: Line[] = [];
  let notes: string[] | null = null;
  const flush = (): void => {
    chunks.push(finishChunk(bodyLine + start, content, notes));
  };
  let indentedCode = false;
  lines.forEach((line, i) => {
    const fenceMatch = FENCE.exec(line);
    // An indented code block starts after a blank line; comments inside it are code too.
    const prev = i > 0 ? lines[i - 1]! : '';
    indentedCode = !fence && /^( {4}|\t)/.test(line) && (indentedCode || prev.trim() === '') && line.trim() !== '';
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && line.trim() === fenceMatch[1]) fence = null;
    } else if (fenceMatch) {
      fence = fenceMatch[1]!;
    } else if (SEPARATOR.test(line)) {
      flush();
      start = i + 1;
      content = [];
      notes = null;
      return;
    } else if (notes === null) {
      const note = NOTE_LINE.exec(line);
      if (note) {
        notes = note[1] ? [note[1]] : [];
        return;
      }
    }
    if (notes) notes.push(line);
    else content.push({ text: line, code: fence !== null || fenceMatch !== null || indentedCode });
  });
  flush();
  return chunks;
}

interface Line {
  text: string;
  /** Inside (or opening/closing) a code fence: comments there are code, not notes. */
  code: boolean;
}

function finishChunk(line: number, content: Line[], notes: string[] | null): SlideChunk {
  const commentNotes: string[] = [];
  let hidden = false;
  const takeComments = (text: string): string =>
    text.replace(CODE_SPAN_OR_COMMENT, (whole, ticks: string | undefined, inner: string) => {
      if (ticks) return whole;
      if (!DIRECTIVE.test(inner)) commentNotes.push(inner.trim());
      else if (HIDDEN_DIRECTIVE.test(inner)) hidden = true;
      // Keep the line count so source lines of what follows stay right.
      return '\n'.repeat((whole.match(/\n/g) ?? []).length);
    });
  const parts: string[] = [];
  let prose: string[] = [];
  for (const l of content) {
    if (l.code) {
      if (prose.length) parts.push(takeComments(prose.join('\n')));
      prose = [];
      parts.push(l.text);
    } else prose.push(l.text);
  }
  if (prose.length) parts.push(takeComments(prose.join('\n')));
  const body = parts.join('\n');
  const allNotes = [...commentNotes, ...(notes ? [notes.join('\n').trim()] : [])].filter(Boolean);
  const chunk: SlideChunk = { line, body, notes: allNotes.join('\n\n') };
  if (hidden) chunk.hidden = true;
  return chunk;
}
