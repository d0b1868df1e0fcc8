// The layering rule of CONTRIBUTING.md (Layers) as data, checked by scripts/check-layers.mjs and its test.
import { builtinModules } from 'node:module';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** For each layer (folder under src/), which other layers and packages its files may import. */
export const LAYERS = {
  core: { layers: ['core'], packages: ['marked', 'yaml', 'highlight.js', 'diff', 'katex', 'safe-regex2', 'node-emoji'] },
  shared: { layers: ['core', 'shared'], packages: [] },
  node: { layers: ['core', 'shared', 'node'], packages: ['chokidar', 'pdf-lib', 'playwright-core'], node: true },
  renderer: { layers: ['core', 'shared', 'renderer'], packages: ['reveal.js', 'dompurify', '@fontsource', 'vite', '@codemirror', '@lezer/highlight'] },
  preload: { layers: ['shared'], packages: ['electron'] },
  main: { layers: ['core', 'shared', 'node', 'main'], packages: ['electron', 'pdf-lib'], node: true },
  cli: { layers: ['core', 'shared', 'node', 'cli'], packages: [], node: true },
};

/** Test files may also import test tools and fixtures. */
const TEST_PACKAGES = ['vitest', 'vite', 'jsdom', 'marked', 'pdf-lib', 'dompurify', 'rolldown'];

/** The layer a `src/<layer>/…` path belongs to, or null. */
export function layerOf(file) {
  return /(?:^|\/)src\/([^/]+)\//.exec(file.replaceAll('\\', '/'))?.[1] ?? null;
}

/** Import specifiers of a TypeScript source (static, dynamic, require, side-effect). */
export function importsOf(source) {
  const specs = [];
  // Comments may mention modules (`require('electron')` in prose); only code counts.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  const re = /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*['"]([^'"]+)['"]|\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of code.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3]);
  return specs;
}

/** Returns a message for every import in `file` that breaks the layering rule. */
export function layerViolations(file, source, resolveRelative) {
  const layer = layerOf(file);
  const rule = layer && LAYERS[layer];
  if (!rule) return [];
  const isTest = /\.test\.ts$/.test(file);
  const problems = [];
  for (const spec of importsOf(source)) {
    if (spec.startsWith('.')) {
      const target = layerOf(resolveRelative(file, spec));
      if (target && !rule.layers.includes(target) && !(isTest && target === layer)) problems.push(`${file}: ${layer} must not import ${layer === target ? '' : target + ' '}(${spec})`);
      continue;
    }
    if (NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0])) {
      if (!rule.node && !isTest) problems.push(`${file}: ${layer} must not import the Node module ${spec}`);
      continue;
    }
    const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    const allowed = [...rule.packages, ...(isTest ? TEST_PACKAGES : [])];
    if (!allowed.some((p) => pkg === p || spec === p || spec.startsWith(`${p}/`))) problems.push(`${file}: ${layer} must not import ${spec}`);
  }
  return problems;
}
