import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The custom scheme every app page and deck file is served from. */
export const SCHEME = 'lectern';

// The main bundle is out/main/index.js; its siblings are out/renderer and out/preload. Resolving
// from import.meta.url (not process.cwd()) works for dev runs, packaged apps (where it is inside
// app.asar in the resources folder, which Electron reads like a folder) and the CLI-spawned Electron alike.
// The build shares code between index.js and cli.js through out/main/chunks/, so this module may
// end up one folder deeper.

/** The layout around the main-process module at `moduleUrl` (out/main/x.js or out/main/chunks/x.js). @internal */
export function appLayoutFrom(moduleUrl: string): { rendererDir: string; preload: string } {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const mainDir = path.basename(here) === 'chunks' ? path.dirname(here) : here;
  return {
    rendererDir: path.resolve(mainDir, '../renderer'),
    preload: path.resolve(mainDir, '../preload/index.cjs'),
  };
}

/** This app's files: the built renderer pages (index.html, print.html, assets/) and the bundled, sandbox-compatible CommonJS preload. */
export const APP_LAYOUT = appLayoutFrom(import.meta.url);

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
