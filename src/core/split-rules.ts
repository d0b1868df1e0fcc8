import { diagnostic } from './diagnostic-text';
import safeRegex from 'safe-regex2';
import type { Diagnostic } from './types';

/** Which tool a deck was written for: decides separators, notes and directives. */
export type Dialect = 'lectern' | 'marp' | 'reveal-md' | 'slidev';

/** How a file's body is cut into slides and each slide into content and notes. */
export interface SplitRules {
  dialect: Dialect;
  /** A horizontal slide break, matched on the whole body (flags `gm`). */
  separator: RegExp;
  /** A vertical slide break (reveal.js stacks): flattened in order, each its own slide. */
  vertical: RegExp | null;
  /** The line that starts speaker notes (the rest of the slide); null: no such line. */
  notes: RegExp | null;
  /** Marp's `headingDivider`: headings of these levels start a new slide. */
  headingLevels: number[];
}

const LINE_SEPARATOR = /^---[ \t]*$/gm;
const LINE_VERTICAL = /^----[ \t]*$/gm;
/** Marp (markdown-it) splits at every horizontal rule, written `---`, `***` or `___`. */
const MARP_SEPARATOR = /^(?:---|\*\*\*|___)[ \t]*$/gm;
const NOTE_LINE = /^[ \t]*notes?:[ \t]*/i;

/** Lectern's own rules: `---` between slides, `----` for reveal-md's vertical slides, `Note:`. */
export const DEFAULT_RULES: SplitRules = { dialect: 'lectern', separator: LINE_SEPARATOR, vertical: LINE_VERTICAL, notes: NOTE_LINE, headingLevels: [] };

/** Front-matter (and deck.yaml) keys that set the rules, with their dialect. */
export const SPLIT_KEYS = ['separator', 'verticalSeparator', 'notesSeparator', 'headingDivider'] as const;

/** Marp's directives (global and local) as front-matter keys; `title` is Lectern's own key too. */
export const MARP_KEYS = [
  'marp',
  'theme',
  'style',
  'headingDivider',
  'size',
  'math',
  'lang',
  'description',
  'author',
  'image',
  'keywords',
  'url',
  'paginate',
  'header',
  'footer',
  'class',
  'backgroundColor',
  'backgroundImage',
  'backgroundPosition',
  'backgroundRepeat',
  'backgroundSize',
  'color',
];

/** Keys only Slidev's headmatter uses: a file starting with them is a Slidev deck. */
export const SLIDEV_KEYS = [
  'layout',
  'highlighter',
  'drawings',
  'mdc',
  'colorSchema',
  'canvasWidth',
  'routerMode',
  'aspectRatio',
  'themeConfig',
  'fonts',
  'info',
  'download',
  'exportFilename',
  'addons',
  'lineNumbers',
  'monaco',
  'selectable',
  'record',
  'presenter',
  'transition',
  'seoMeta',
  'htmlAttrs',
  'hideInToc',
  'level',
  'routeAlias',
  'clicks',
  'preload',
  'dragPos',
];
export const REVEAL_KEYS = ['separator', 'verticalSeparator', 'notesSeparator', 'revealOptions', 'highlightTheme', 'scripts', 'preprocessor'];

/** Longest separator pattern accepted from a deck. */
const MAX_PATTERN = 300;

/** Guesses the dialect from the settings and, failing that, from tell-tale syntax in the body. */
function detectDialect(data: Record<string, unknown>, body: string): Dialect {
  if (data.marp === true) return 'marp';
  if (SLIDEV_KEYS.some((k) => k in data) || /^::[a-z-]+::[ \t]*$/m.test(body) || /<v-clicks?\b/.test(body)) return 'slidev';
  if (REVEAL_KEYS.some((k) => k in data)) return 'reveal-md';
  return 'lectern';
}

/**
 * A deck's separator pattern as a RegExp, or null with an error naming the file and line when it
 * does not compile or could backtrack catastrophically (the pattern comes from an untrusted deck
 * and runs over every slide file on every reload).
 */
function compileDeckPattern(source: unknown, key: string, file: string, line: number | undefined, diagnostics: Diagnostic[], flags = 'gm'): RegExp | null {
  const refuse = (params: Record<string, string | number>): null => {
    diagnostics.push(diagnostic({ severity: 'error', code: 'separator-refused', file, line, params: { key, ...params } }));
    return null;
  };
  if (typeof source !== 'string' || source === '') return refuse({ reason: 'not-text' });
  if (source.length > MAX_PATTERN) return refuse({ reason: 'long', max: MAX_PATTERN });
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (err) {
    return refuse({ reason: 'invalid', error: (err as Error).message });
  }
  if (!safeRegex(re)) return refuse({ reason: 'slow' });
  if (re.test('')) return refuse({ reason: 'empty' });
  re.lastIndex = 0;
  return re;
}

/** Marp's `headingDivider`: a level (1–6: that level and above) or a list of levels. */
function headingLevelsOf(value: unknown, file: string, line: number | undefined, diagnostics: Diagnostic[]): number[] {
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 6;
  if (ok(value)) return Array.from({ length: value }, (_, i) => i + 1);
  if (Array.isArray(value) && value.every(ok)) return [...new Set(value)];
  if (value === false || value === null) return [];
  diagnostics.push(diagnostic({ severity: 'warning', code: 'heading-divider', file, line }));
  return [];
}

/**
 * The rules for one file: its dialect's defaults, then `deck.yaml`'s keys, then the file's own
 * front matter (`separator`, `verticalSeparator`, `notesSeparator`, `headingDivider`).
 */
export function splitRulesOf(
  data: Record<string, unknown>,
  lines: Record<string, number>,
  body: string,
  file: string,
  diagnostics: Diagnostic[],
  deck: { data: Record<string, unknown>; lines: Record<string, number>; file: string } | null = null,
): SplitRules {
  const dialect = detectDialect({ ...deck?.data, ...data }, body);
  const rules: SplitRules = { ...DEFAULT_RULES, dialect };
  if (dialect === 'marp') {
    rules.separator = MARP_SEPARATOR;
    rules.vertical = null;
    rules.notes = null; // Marp shows `Note:` as text; its notes are comments
  } else if (dialect === 'slidev') {
    rules.notes = null; // Slidev's notes are the slide's last comment
  }
  for (const source of [deck, { data, lines, file }]) {
    if (!source) continue;
    const at = (k: string): number | undefined => source.lines[k];
    if (source.data.separator !== undefined) rules.separator = compileDeckPattern(source.data.separator, 'separator', source.file, at('separator'), diagnostics) ?? rules.separator;
    if (source.data.verticalSeparator !== undefined)
      rules.vertical = compileDeckPattern(source.data.verticalSeparator, 'verticalSeparator', source.file, at('verticalSeparator'), diagnostics) ?? rules.vertical;
    if (source.data.notesSeparator !== undefined) rules.notes = compileDeckPattern(source.data.notesSeparator, 'notesSeparator', source.file, at('notesSeparator'), diagnostics, 'i') ?? rules.notes;
    if (source.data.headingDivider !== undefined) rules.headingLevels = headingLevelsOf(source.data.headingDivider, source.file, at('headingDivider'), diagnostics);
  }
  return rules;
}
