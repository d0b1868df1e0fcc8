import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { brokenCitations, citedPaths, headingAnchor, markdownLinks } from './doc-links.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('citations of repository files', () => {
  it('finds paths and bare document names in comments, not deck file names in strings', () => {
    const text = `// see docs/pitfalls.md and src/node/paths.ts (PITFALLS: links), shared/PITFALLS.md\nconst f = '01-intro.md';`;
    expect(citedPaths(text).sort()).toEqual(['PITFALLS.md', 'docs/pitfalls.md', 'shared/PITFALLS.md', 'src/node/paths.ts']);
    expect(citedPaths('/* see ARCHITECTURE.md */')).toEqual(['ARCHITECTURE.md']);
  });

  it('reads local Markdown links and GitHub heading anchors', () => {
    expect(markdownLinks('[a](docs/x.md#keys) [b](https://x.org) ![c](img/p.png) `[d](no.md)`')).toEqual(['docs/x.md#keys', 'img/p.png']);
    expect(headingAnchor('Where Lectern keeps things')).toBe('where-lectern-keeps-things');
    expect(headingAnchor('`deck.yaml` keys')).toBe('deckyaml-keys');
  });

  it('no source file, README or doc cites a file (or heading) the repository does not hold', () => {
    expect(brokenCitations(ROOT)).toEqual([]);
  });
});
