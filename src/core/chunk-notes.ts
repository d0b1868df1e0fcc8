import { MARP_KEYS, type Dialect } from './split-rules';

/** One line of a slide with whether it is code (comments in code are code, not notes). */
export interface Line {
  text: string;
  code: boolean;
}

/** What a slide's comments and notes line gave: the body left to render, notes, directives. */
export interface SlideParts {
  body: string;
  notes: string;
  /** Marp directives written in comments (`<!-- _class: lead -->`), in order. */
  directives: Record<string, string>;
  hidden: boolean;
}

/** An inline code span (left alone) or an HTML comment. */
const CODE_SPAN_OR_COMMENT = /(`+)(?:(?!\n[ \t]*\n)[\s\S])*?\1|<!--([\s\S]*?)-->/g;
/** reveal.js's way to hide one slide, in a `.slide:` directive. */
const HIDDEN_DIRECTIVE = /^\s*\.slide:.*\bdata-visibility\s*=\s*["']?hidden\b/;
/** reveal.js element and slide attributes: never notes (Lectern reads only `data-visibility`). */
const REVEAL_DIRECTIVE = /^\s*\.(slide|element):/;
/** Marp's directives (global and local, `_` for this slide only), and Lectern's `transition`. */
const MARP_DIRECTIVES = [...MARP_KEYS, 'title', 'transition'];
const DIRECTIVE_LINE = new RegExp(`^\\s*(_?(?:${MARP_DIRECTIVES.join('|')}))\\s*:\\s*(.*?)\\s*$`);
/** Marp's `<!-- fit -->` in a heading: kept for the Markdown renderer, never a note. */
const FIT_COMMENT = /^\s*fit\s*$/;

/** The directives in a comment when every line of it is one, else null. */
function directivesIn(inner: string): Record<string, string> | null {
  const lines = inner.split('\n').filter((l) => l.trim() !== '');
  if (!lines.length) return null;
  const found: Record<string, string> = {};
  for (const l of lines) {
    const m = DIRECTIVE_LINE.exec(l);
    if (!m) return null;
    // A YAML scalar as written in a directive: quotes removed.
    found[m[1]!] = /^(["'])([\s\S]*)\1$/.exec(m[2]!)?.[2] ?? m[2]!;
  }
  return found;
}

/**
 * Takes a slide's comments apart as its dialect reads them: Lectern and Marp take every comment
 * that is not a directive as notes; reveal-md drops comments (its notes follow `Note:`); Slidev
 * takes the slide's last comment, when nothing but blank space follows it, as its notes.
 */
export function slidePartsOf(content: Line[], noteLines: string[] | null, dialect: Dialect): SlideParts {
  const commentNotes: string[] = [];
  const directives: Record<string, string> = {};
  let hidden = false;
  let last: { inner: string } | null = null;
  const takeComments = (text: string, isLastProse: boolean): string =>
    text.replace(CODE_SPAN_OR_COMMENT, (whole, ticks: string | undefined, inner: string, offset: number) => {
      if (ticks) return whole;
      if (FIT_COMMENT.test(inner)) return whole;
      const found = REVEAL_DIRECTIVE.test(inner) ? {} : directivesIn(inner);
      if (found) {
        Object.assign(directives, found);
        if (HIDDEN_DIRECTIVE.test(inner)) hidden = true;
      } else if (dialect === 'lectern' || dialect === 'marp') {
        commentNotes.push(inner.trim());
      } else if (dialect === 'slidev' && isLastProse && text.slice(offset + whole.length).trim() === '') {
        last = { inner };
      }
      // Keep the line count so source lines of what follows stay right.
      return '\n'.repeat((whole.match(/\n/g) ?? []).length);
    });
  const groups: { code: boolean; text: string }[] = [];
  for (const l of content) {
    const prev = groups[groups.length - 1];
    if (prev && prev.code === l.code && !l.code) prev.text += `\n${l.text}`;
    else groups.push({ code: l.code, text: l.text });
  }
  const lastProse = groups.map((g) => !g.code).lastIndexOf(true);
  const trailingCode = groups.slice(lastProse + 1).some((g) => g.text.trim() !== '');
  const body = groups.map((g, i) => (g.code ? g.text : takeComments(g.text, i === lastProse && !trailingCode))).join('\n');
  // Slidev's `[click]` markers time parts of a note to click steps; Lectern shows the note whole.
  if (last) commentNotes.push((last as { inner: string }).inner.replace(/^[ \t]*\[click(:\d+)?\][ \t]*\n?/gm, '').trim());
  const notes = [...commentNotes, ...(noteLines ? [noteLines.join('\n').trim()] : [])].filter(Boolean).join('\n\n');
  return { body, notes, directives, hidden };
}
