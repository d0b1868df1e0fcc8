#!/usr/bin/env node
// Fails when a source file under src/ has more than 300 lines: new logic goes into a new small
// module instead of growing a big one.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MAX_LINES = 300;

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (/\.(ts|mjs|css|html)$/.test(p)) yield p;
  }
}

const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
const tooLong = [...walk('src')].map((f) => [f, lineCount(readFileSync(f, 'utf8'))]).filter(([, n]) => n > MAX_LINES);
if (tooLong.length) {
  console.error(`Files over ${MAX_LINES} lines (split them into smaller modules):\n  ${tooLong.map(([f, n]) => `${f}: ${n}`).join('\n  ')}`);
  process.exit(1);
}
console.log(`file size: ok (at most ${MAX_LINES} lines)`);
