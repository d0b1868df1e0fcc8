import { type Document, isCollection, isScalar, visit } from 'yaml';

/**
 * Where a YAML error's problem begins. The parser reports an unclosed quote or bracket where it
 * gave up (the end of the block, lines later); the problem is the opening quote or bracket: the
 * start of the innermost quoted value or flow collection (`[…]`, `{…}`) the error falls in.
 * Other errors are reported where they are.
 */
export function yamlErrorStart(doc: Document, errorPos: number): number {
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
