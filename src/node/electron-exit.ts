/**
 * Turns an Electron start-up failure into words a presenter can act on. Electron's own
 * messages are Chromium log lines; these say what happened and what to do instead.
 */

/** Chromium's abort when node_modules' chrome-sandbox is not root-owned with mode 4755 (Ubuntu 23.10+). */
const SUID_SANDBOX = /SUID sandbox helper binary was found, but is not configured correctly|No usable sandbox!/;

/** Plain-words explanation of the SUID sandbox abort, with both ways out and `serve`. */
function sandboxAdvice(electronPath: string, deck: string): string {
  const sandbox = electronPath.replace(/[^/\\]+$/, 'chrome-sandbox');
  return [
    'lectern: Electron stopped at start: this Linux system does not let apps build their own sandbox',
    '(Ubuntu 23.10 and later restrict unprivileged user namespaces), and the sandbox helper that',
    'came with Electron in node_modules is not set up to work without them.',
    'Two ways out:',
    '  1. install Lectern from its .deb or AppImage (the installer sets the helper up), or',
    `  2. set the helper up once yourself: sudo chown root:root ${sandbox} && sudo chmod 4755 ${sandbox}`,
    '     (or allow user namespaces: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0).',
    `Meanwhile you can present in any browser: lectern serve ${deck}`,
  ].join('\n');
}

/** What to print after Electron exited with `code`, given the tail of its stderr; null when nothing to add. */
export function explainElectronExit(code: number | null, signal: NodeJS.Signals | null, stderrTail: string, electronPath: string, deck: string): string | null {
  if (SUID_SANDBOX.test(stderrTail)) return sandboxAdvice(electronPath, deck);
  return code !== 0 && signal ? `lectern: the app was stopped by signal ${signal}` : null;
}

/** One line for an Electron binary that cannot even be started (missing, not executable). */
export function describeSpawnError(err: NodeJS.ErrnoException, electronPath: string): string {
  switch (err.code) {
    case 'ENOENT':
      return `lectern: cannot start Electron: ${electronPath} does not exist; delete node_modules/electron and run npm ci again`;
    case 'EACCES':
    case 'EPERM':
      return `lectern: cannot start Electron: ${electronPath} is not executable (permission denied)`;
    default:
      return `lectern: cannot start Electron (${electronPath}): ${err.message}`;
  }
}
