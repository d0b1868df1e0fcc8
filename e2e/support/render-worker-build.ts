import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/node/render-worker.ts');

/**
 * Bundles the rendering worker from the current sources into a temp folder, so unit tests run
 * the real worker (time and memory limits included) without depending on a possibly stale
 * `npm run build`. Uses rolldown, the bundler that ships with vite.
 */
export async function buildRenderWorkerForTests(): Promise<string> {
  const { build } = await import('rolldown');
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-worker-')), 'render-worker.mjs');
  await build({ input: SOURCE, platform: 'node', output: { file, format: 'esm' }, write: true, logLevel: 'silent' });
  return file;
}
