import { diagnostic } from './diagnostic-text';
import type { SlideChunk } from './split-slides';
import { splitFrontMatter, splitSlides } from './split-slides';
import type { SplitRules } from './split-rules';
import type { Diagnostic } from './types';
import { pathSegments } from './url-policy';

/** How deep `src:` imports may nest (an import of an import of…); deeper ones are reported. */
const MAX_DEPTH = 4;

/** The deck-relative path a `src:` value names (`./pages/a.md` -> `pages/a.md`), or null when it leaves the deck. */
function importPath(raw: string): string | null {
  const parts = pathSegments(raw.trim().replace(/^["']|["']$/g, ''));
  return parts?.length && /\.md$/i.test(parts[parts.length - 1]!) ? parts.join('/') : null;
}

/** The `src:` values of a text's slide front matter blocks, for the reader to load. */
export function importsIn(text: string): string[] {
  return [...text.matchAll(/^src:[ \t]*(\S.*?)[ \t]*$/gm)].map((m) => importPath(m[1]!)).filter((p): p is string => p !== null);
}

/**
 * Slidev's `src: ./pages/x.md`: the slide is replaced by the slides of that file (its own
 * content is ignored, as Slidev does). Imported slides point at the `src:` line of the file
 * being built, since that is where the presenter can act on them.
 */
export function expandImports(chunks: SlideChunk[], includes: ReadonlyMap<string, string>, rules: SplitRules, file: string, diagnostics: Diagnostic[], depth = 0): SlideChunk[] {
  return chunks.flatMap((chunk) => {
    const raw = chunk.meta ? /^src:[ \t]*(\S.*?)[ \t]*$/m.exec(chunk.meta.yaml)?.[1] : undefined;
    if (!raw || !chunk.meta) return [chunk];
    const at = chunk.meta.line + chunk.meta.yaml.split('\n').findIndex((l) => l.startsWith('src:'));
    const path = importPath(raw);
    const text = path ? includes.get(path) : undefined;
    if (text === undefined || depth >= MAX_DEPTH) {
      const reason = !path ? 'outside' : depth >= MAX_DEPTH ? 'depth' : 'missing';
      diagnostics.push(diagnostic({ severity: 'warning', code: 'import-missing', file, line: at, params: { reason, src: raw, depth: MAX_DEPTH } }));
      return [];
    }
    const fm = splitFrontMatter(text);
    const inner = splitSlides(fm.body, fm.bodyLine, rules).filter((c) => c.body.trim() !== '' || c.meta);
    const rest = chunk.meta.yaml
      .split('\n')
      .filter((l) => !l.startsWith('src:'))
      .join('\n');
    // The importing block's other keys (`background`, `layout`) and the file's own front matter apply to its first slide.
    if (inner[0] && !inner[0].meta) inner[0] = { ...inner[0], meta: { yaml: [rest, fm.yaml ?? ''].filter((y) => y.trim()).join('\n'), line: at } };
    return expandImports(inner, includes, rules, file, diagnostics, depth + 1).map((c) => ({ ...c, line: at, meta: c.meta ? { ...c.meta, line: at } : undefined }));
  });
}
