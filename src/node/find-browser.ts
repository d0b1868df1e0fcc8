import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** Environment variable that names the Chromium-family browser used for PDF export. */
export const BROWSER_ENV = 'LECTERN_CHROME';

const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
  win32: [
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Microsoft\\Edge\\Application\\msedge.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

/** How to get a browser, per platform, for the "no browser found" message. */
export const INSTALL_HINT: Record<string, string> = {
  linux: 'install one (Debian: `sudo apt-get install chromium`; Ubuntu, where Chromium is a snap: `sudo snap install chromium`) or set LECTERN_CHROME=/path/to/chrome',
  darwin: 'install Google Chrome or Microsoft Edge, or set LECTERN_CHROME=/path/to/chrome',
  win32: 'install Google Chrome or Microsoft Edge, or set LECTERN_CHROME=C:\\path\\to\\chrome.exe',
};

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a Chromium-family browser: LECTERN_CHROME first, then the usual install places, then
 * PATH. Returns null when none is found. Never downloads anything.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string | null {
  const fromEnv = env[BROWSER_ENV];
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  for (const c of CANDIDATES[platform] ?? []) if (isExecutable(c)) return c;
  const names = platform === 'win32' ? ['chrome.exe', 'msedge.exe'] : ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const n of names) if (isExecutable(path.join(dir, n))) return path.join(dir, n);
  }
  return null;
}

/** Flags that keep a headless Chromium offline and quiet (docs/pitfalls.md: it otherwise phones home). */
const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--no-default-browser-check',
  '--disable-domain-reliability',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/** The flags for launching the found browser: offline-friendly, and without the OS sandbox as root (Chromium refuses to start otherwise). */
export function chromiumArgs(): string[] {
  return process.getuid?.() === 0 ? [...CHROMIUM_ARGS, '--no-sandbox'] : [...CHROMIUM_ARGS];
}
