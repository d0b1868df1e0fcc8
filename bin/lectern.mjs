#!/usr/bin/env node
// Entry of the `lectern` command: runs the built CLI (out/main/cli.js).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('lectern: not built yet; run `npm run build` in the Lectern folder first.');
  process.exit(2);
}
await import(cli);
