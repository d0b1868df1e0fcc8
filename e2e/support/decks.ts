import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowserHost, type BrowserHost } from '../../src/node/browser-host';

/** Repository root and the built renderer that the hosts serve. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = path.join(ROOT, 'out/renderer');
export const FIXTURES = path.join(ROOT, 'e2e/fixtures/decks');
// Hosts started from sources render in the built worker, with its limits, like the product.
process.env.LECTERN_RENDER_WORKER ??= path.join(ROOT, 'out/main/render-worker.js');

/** Copies a fixture deck (or the bundled `slides/`) to a fresh temp folder the test may edit. */
export async function copyDeck(source: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-e2e-'));
  await cp(source, dir, { recursive: true });
  return dir;
}

/** Starts a watching browser host on a deck; call `close()` when done. */
export async function serveDeck(deckDir: string): Promise<BrowserHost & { dataDir: string; dispose(): Promise<void> }> {
  // Presenter settings go to a throwaway data folder, never the tester's own.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-e2e-data-'));
  const host = await startBrowserHost({ deckDir, rendererDir: RENDERER_DIR, watch: true, dataDir });
  return {
    ...host,
    dataDir,
    dispose: async () => {
      await host.close();
      await rm(deckDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
