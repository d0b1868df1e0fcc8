import { splitRulesOf } from './split-rules';
import { splitFrontMatter } from './split-slides';
import { parseYamlMap } from './yaml-map';

/** Lines tried, after the one read from the deck's own pattern, when the pattern's text is not literal. */
const COMMON_SEPARATORS = ['---', '***', '___', '<!-- slide -->', '<!-- .slide -->', '==='];

/** The literal text a simple separator pattern stands for: `^---$`, `\n---\n`, `^\r?\n<!-- s -->\r?\n$`. */
function literalOf(source: string): string {
  return source
    .replace(/\\r\??|\\n|\\s\*|\[ \\t\]\*|^\^|\$$/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/**
 * The line that starts a new slide in this file: `---` unless the deck's `deck.yaml` (or the
 * file's own front matter) sets another `separator`. Each candidate is checked against the rules
 * the slides are split by, so the inserted line really cuts there.
 */
export function separatorLine(deckYaml: string | null, fileText: string): string {
  const deck = deckYaml === null ? null : { ...parseYamlMap(deckYaml, 'deck.yaml', 0, []), file: 'deck.yaml' };
  const fm = splitFrontMatter(fileText);
  const own = fm.yaml === null ? { data: {}, lines: {} } : parseYamlMap(fm.yaml, 'file', 0, []);
  const rules = splitRulesOf(own.data, own.lines, fm.body, 'file', [], deck);
  const source = [own.data.separator, deck?.data.separator].find((s): s is string => typeof s === 'string');
  const candidates = [...(source ? [literalOf(source)] : []), ...COMMON_SEPARATORS];
  const cuts = (line: string): boolean => line !== '' && new RegExp(rules.separator.source, rules.separator.flags.replace('g', '')).test(`A\n\n${line}\n\nB`);
  return candidates.find(cuts) ?? '---';
}
