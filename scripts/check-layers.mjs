#!/usr/bin/env node
// Fails when any file under src/ imports across the layers that CONTRIBUTING.md (Layers) forbids.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { layerViolations } from './layers.mjs';

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

const resolveRelative = (file, spec) => path.relative(process.cwd(), path.resolve(path.dirname(file), spec));
const problems = [...walk('src')].flatMap((f) => layerViolations(f, readFileSync(f, 'utf8'), resolveRelative));
if (problems.length) {
  console.error(`Layering rule broken (see CONTRIBUTING.md, Layers):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('layers: ok');
