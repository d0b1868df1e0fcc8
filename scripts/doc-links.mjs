// Finds citations of repository files that do not exist: in source comments and strings
// (`docs/pitfalls.md`, `src/node/paths.ts`, `PITFALLS.md`) and in Markdown links of the docs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders whose files may cite repository files; paths in them are checked. */
export const CODE_DIRS = ['src', 'scripts', 'e2e', 'bench', 'test', 'types'];
const TOP = ['src', 'docs', 'e2e', 'scripts', 'bench', 'test', 'types', 'resources', 'slides', 'bin', '.ci'];

/**
 * Documents other branches are writing (issue 11): links to them are allowed while they are
 * missing and checked like any other once they exist. Empty this list when they have landed.
 */
export const PENDING_DOCS = [];

/** Repository paths a source text names: `docs/x.md`, `src/a/b.ts`, and bare `NAME.md` files. */
export function citedPaths(text) {
  const found = new Set();
  const pathRe = new RegExp(`(?<![\\w./-])(?:${TOP.map((t) => t.replace('.', '\\.')).join('|')})/[\\w./-]*\\w\\.[a-z]{1,5}\\b`, 'g');
  for (const m of text.matchAll(pathRe)) found.add(m[0]);
  for (const m of text.matchAll(/(?<![\w./-])[A-Z][A-Z_-]+\.md\b/g)) found.add(m[0]);
  for (const m of text.matchAll(/(?<![\w.-])[\w-]+\/([A-Z][A-Z_-]+\.md)\b/g)) found.add(m[0]);
  // Documents this repository never held, once cited by name alone ("see PITFALLS").
  for (const m of text.matchAll(/\b(PITFALLS|ARCHITECTURE)\b(?!\.md)/g)) found.add(`${m[1]}.md`);
  return [...found];
}

/** GitHub's anchor for a heading. */
export function headingAnchor(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Local link targets of a Markdown text: [text](target) and <img src>, without web links. */
export function markdownLinks(text) {
  const code = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const links = [];
  for (const m of code.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    if (!/^[a-z][a-z+.-]*:/i.test(m[1])) links.push(m[1]);
  }
  return links;
}

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'fixtures') yield* walk(p);
    } else if (/\.(ts|mjs|css|html)$/.test(e.name)) yield p;
  }
}

/** Every broken citation in the repository at `root`, as "file: target" lines. */
export function brokenCitations(root) {
  const problems = [];
  const exists = (rel) => existsSync(path.join(root, rel)) || PENDING_DOCS.includes(rel);
  for (const dir of CODE_DIRS.filter((d) => existsSync(path.join(root, d)))) {
    for (const file of walk(path.join(root, dir))) {
      // This checker and its test quote examples; other tests may use made-up source paths.
      if (/doc-links\.(mjs|test\.ts)$/.test(file)) continue;
      const isTest = /\.(test|spec)\.ts$/.test(file);
      for (const cited of citedPaths(readFileSync(file, 'utf8'))) {
        if (isTest && !cited.endsWith('.md')) continue;
        if (!exists(cited)) problems.push(`${path.relative(root, file)}: ${cited}`);
      }
    }
  }
  const docs = [
    'README.md',
    'CONTRIBUTING.md',
    ...(existsSync(path.join(root, 'docs'))
      ? readdirSync(path.join(root, 'docs'))
          .filter((f) => f.endsWith('.md'))
          .map((f) => `docs/${f}`)
      : []),
  ];
  for (const doc of docs.filter((d) => existsSync(path.join(root, d)))) {
    const text = readFileSync(path.join(root, doc), 'utf8');
    // Paths named in the prose (`src/node/x.ts`) go stale when modules are merged or renamed.
    // Bare names (`CASE.md`) are examples in prose; files the bench writes exist only after a run.
    for (const cited of citedPaths(text)) if (cited.includes('/') && !cited.startsWith('bench/results/') && !exists(cited)) problems.push(`${doc}: ${cited}`);
    for (const link of markdownLinks(text)) {
      const [target, anchor] = link.split('#');
      const rel = target ? path.posix.normalize(path.posix.join(path.posix.dirname(doc), target)) : doc;
      if (!exists(rel)) {
        problems.push(`${doc}: link to ${link}`);
        continue;
      }
      if (!anchor || !rel.endsWith('.md') || !existsSync(path.join(root, rel)) || statSync(path.join(root, rel)).isDirectory()) continue;
      const headings =
        readFileSync(path.join(root, rel), 'utf8')
          .replace(/```[\s\S]*?```/g, '')
          .match(/^#{1,6} .*$/gm) ?? [];
      if (!headings.some((h) => headingAnchor(h.replace(/^#+ /, '')) === anchor)) problems.push(`${doc}: link to ${link} (no such heading)`);
    }
  }
  return problems;
}
