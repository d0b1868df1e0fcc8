import { diagnostic } from './diagnostic-text';
import { type Document, isCollection, isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { Diagnostic } from './types';

/** Front matter and deck.yaml are small: anything larger is refused rather than parsed. */
const MAX_YAML_CHARS = 64 * 1024;

/** A parsed YAML mapping with the 1-based line of every top-level key. */
export interface YamlMap {
  data: Record<string, unknown>;
  lines: Record<string, number>;
}

/**
 * Where a YAML error's problem begins. The parser reports an unclosed quote or bracket where it
 * gave up (the end of the block, lines later); the problem is the opening quote or bracket: the
 * start of the innermost quoted value or flow collection (`[…]`, `{…}`) the error falls in.
 * Other errors are reported where they are.
 */
function yamlErrorStart(doc: Document, errorPos: number): number {
  let start = errorPos;
  visit(doc, {
    Node(_key, node) {
      const range = node.range;
      if (!range || range[0] > errorPos || errorPos > range[1] || range[0] >= errorPos) return;
      const opens = isScalar(node) ? node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' : isCollection(node) && node.flow === true;
      if (opens && (start === errorPos || range[0] > start)) start = range[0];
    },
  });
  return start;
}

/**
 * Parses a YAML mapping safely (no custom tags, alias bombs refused) and reports problems as
 * diagnostics at `file`, shifting line numbers by `lineOffset` (for front matter inside a file).
 */
export function parseYamlMap(text: string, file: string, lineOffset: number, diagnostics: Diagnostic[]): YamlMap {
  const empty: YamlMap = { data: {}, lines: {} };
  if (text.length > MAX_YAML_CHARS) {
    diagnostics.push(diagnostic({ severity: 'error', code: 'yaml-too-large', file, line: lineOffset + 1, params: { limit: MAX_YAML_CHARS / 1024 } }));
    return empty;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, customTags: [] });
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(yamlErrorStart(doc, firstError.pos[0]));
    diagnostics.push(
      diagnostic({ severity: 'error', code: 'yaml-syntax', file, line: pos.line + lineOffset, column: pos.col, params: { error: firstError.message.split('\n')[0]!, yamlCode: firstError.code } }),
    );
    return empty;
  }
  if (doc.contents === null) return empty;
  if (!isMap(doc.contents)) {
    diagnostics.push(diagnostic({ severity: 'error', code: 'yaml-not-mapping', file, line: lineOffset + 1 }));
    return empty;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    diagnostics.push(diagnostic({ severity: 'error', code: 'yaml-aliases', file, line: lineOffset + 1, params: { error: (err as Error).message } }));
    return empty;
  }
  const lines: Record<string, number> = {};
  for (const item of doc.contents.items) {
    if (isScalar(item.key) && item.key.range) lines[String(item.key.value)] = lineCounter.linePos(item.key.range[0]).line + lineOffset;
  }
  return { data: data as Record<string, unknown>, lines };
}

/**
 * Quotes top-level values that start with `@` or a backtick (`footer: @name`): YAML reserves
 * those characters, but Marp and Slidev decks use them as plain text.
 */
export function quoteReservedScalars(yaml: string): string {
  return yaml.replace(/^([\w-]+[ \t]*:[ \t]+)([@`][^\n]*?)[ \t]*$/gm, (_, key: string, value: string) => `${key}${JSON.stringify(value)}`);
}
