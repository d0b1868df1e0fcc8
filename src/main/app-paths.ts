import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The custom scheme every app page and deck file is served from. */
export const SCHEME = 'lectern';

// The main bundle is out/main/index.js; its siblings are out/renderer and out/preload. Resolving
// from import.meta.url (not process.cwd() or app.getAppPath()) works for dev runs, packaged apps
// and the CLI-spawned Electron alike. The build shares code between index.js and cli.js through
// out/main/chunks/, so this module may end up one folder deeper.
const here = path.dirname(fileURLToPath(import.meta.url));
const mainDir = path.basename(here) === 'chunks' ? path.dirname(here) : here;

/** Folder of the built renderer pages (index.html, print.html, assets/). */
export function defaultRendererDir(): string {
  return path.resolve(mainDir, '../renderer');
}

/** The bundled, sandbox-compatible CommonJS preload. */
export function preloadPath(): string {
  return path.resolve(mainDir, '../preload/index.cjs');
}

/** URL of an app page (`index.html`, `print.html`) for the deck with host key `deckKey`. */
export function pageUrl(deckKey: string, page: string): string {
  return `${SCHEME}://${deckKey}/${page}`;
}

/** Parses a URL, or null when it is not one (navigation targets come from untrusted pages). */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
