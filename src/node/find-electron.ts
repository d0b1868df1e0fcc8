import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Why no Electron binary could be had, in words for the user. */
export const NO_ELECTRON = 'No Electron binary is available (it is downloaded on first use and the download failed or is not possible offline).';

/** The installed `electron` npm package's folder, or null when it is not installed. */
export function electronPackageDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The executable's path inside the package's dist folder, as `electron/index.js` names it:
 * path.txt when the binary was downloaded, else plain `electron` (also under
 * ELECTRON_OVERRIDE_DIST_PATH, where index.js falls back to that name on every OS).
 */
export function electronExecutableName(pkgDir: string): string {
  const pathFile = path.join(pkgDir, 'path.txt');
  return (existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '') || 'electron';
}

/**
 * Finds the Electron executable without the side effects of `require('electron')` (which
 * downloads): ELECTRON_OVERRIDE_DIST_PATH, then an already-downloaded binary. Null when none.
 */
export function findElectron(env: NodeJS.ProcessEnv = process.env, pkgDir: string | null = electronPackageDir()): string | null {
  if (!pkgDir) return null;
  const name = electronExecutableName(pkgDir);
  const file = env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, name) : path.join(pkgDir, 'dist', name);
  return existsSync(file) ? file : null;
}
