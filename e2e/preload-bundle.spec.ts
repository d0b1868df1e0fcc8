import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './support/decks';

/**
 * Electron's sandboxed preload gets a small polyfilled require(): `electron`, `events`, `timers`
 * and `url` (also with `node:`), and it cannot load a second file of the app
 * (https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts). The preload imports
 * shared modules (the host client, deck pieces), so the build must inline all of them; a split
 * chunk would leave every window without its host, and no Electron runs here to notice.
 */
const SANDBOX_MODULES = ['electron', 'events', 'timers', 'url'];

/** The module names a CommonJS bundle requires, and whether any require is computed. */
function requires(code: string): { names: string[]; computed: boolean } {
  const names = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
  return { names, computed: /\brequire\(\s*[^"'`\s]/.test(code) };
}

test('the built preload requires only what a sandboxed preload may, and no file of its own', async () => {
  // The check itself: a split chunk or a Node module would be caught.
  expect(requires('const a = require("./chunks/host-client.cjs"); require("fs")').names).toEqual(['./chunks/host-client.cjs', 'fs']);
  expect(requires('require(name)').computed).toBe(true);

  const code = await readFile(path.join(ROOT, 'out/preload/index.cjs'), 'utf8');
  const { names, computed } = requires(code);
  expect(names).toContain('electron');
  for (const name of names) expect(SANDBOX_MODULES, `out/preload/index.cjs requires ${name}`).toContain(name.replace(/^node:/, ''));
  expect(computed).toBe(false);
  expect(code).not.toMatch(/\bimport\s*\(/);
  // The shared host client is inside the bundle, not beside it.
  expect(code).toContain('lecternHost');
});
