import katex from 'katex';
import type { MarkedExtension, Tokens } from 'marked';
import { escapeHtml } from './highlight';

/** A formula KaTeX could not typeset: shown as its source, reported with its text. */
export interface MathProblem {
  tex: string;
  message: string;
}

let problems: MathProblem[] = [];

/** Starts collecting problems for one render; returns them when the render is done. */
export function collectMathProblems(): () => MathProblem[] {
  problems = [];
  return () => problems;
}

/**
 * Typesets TeX to HTML with KaTeX, offline (its fonts ship with the renderer). Only KaTeX's
 * HTML output (spans with inline sizes, and SVG for radicals and stretchy arrows): no MathML, so
 * the sanitizer allows a small, checked set (see renderer/sanitize-math.ts). `trust` stays off,
 * so `\href`, `\includegraphics` and `\html…` never produce links, loads or attributes.
 */
function typeset(tex: string, display: boolean): string {
  try {
    return katex.renderToString(tex, { displayMode: display, output: 'html', throwOnError: true, strict: 'ignore', trust: false, maxExpand: 500, maxSize: 50 });
  } catch (err) {
    const message = (err as Error).message.replace(/^KaTeX parse error: /, '');
    problems.push({ tex, message });
    return `<code class="lectern-math-error">${escapeHtml(display ? `$$${tex}$$` : `$${tex}$`)}</code>`;
  }
}

/** Where marked should stop plain text to try math: the next `needle`, if any. */
function nextFinder(needle: string): (src: string) => number | undefined {
  return (src) => {
    const at = src.indexOf(needle);
    return at < 0 ? undefined : at;
  };
}
const nextDollar = nextFinder('$');
const nextDoubleDollar = nextFinder('$$');

/**
 * `$…$` and `$$…$$` as Marp, Slidev and pandoc read them: an opening `$` is not followed by a
 * space, a closing one is not preceded by a space nor followed by a digit, so "from $5 to $10"
 * stays text. `\$` is a dollar sign. Inline math never spans a backtick, so code spans stay code.
 */
export const mathExtension: MarkedExtension = {
  extensions: [
    {
      name: 'mathBlock',
      level: 'block',
      start: (src) => nextDoubleDollar(src),
      tokenizer(src) {
        const m = /^ {0,3}\$\$([\s\S]+?)\$\$[ \t]*(?:\n|$)/.exec(src);
        if (!m) return undefined;
        return { type: 'mathBlock', raw: m[0], text: m[1]!.trim() };
      },
      renderer: (token) => `<div class="lectern-math-display">${typeset(String((token as Tokens.Generic).text), true)}</div>\n`,
    },
    {
      name: 'mathInline',
      level: 'inline',
      start: (src) => nextDollar(src),
      tokenizer(src) {
        const display = /^\$\$(?!\s)([\s\S]+?)(?<!\s)\$\$/.exec(src);
        if (display) return { type: 'mathInline', raw: display[0], text: display[1]!, display: true };
        const m = /^\$(?![\s$])((?:\\.|[^\\$\n`])+?)(?<![\s\\])\$(?!\d)/.exec(src);
        if (!m) return undefined;
        return { type: 'mathInline', raw: m[0], text: m[1]!, display: false };
      },
      renderer: (token) => typeset(String((token as Tokens.Generic).text), (token as Tokens.Generic).display === true),
    },
  ],
};
