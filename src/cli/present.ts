import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { downloadElectron } from '../node/electron-download';
import { describeSpawnError, explainElectronExit } from '../node/electron-exit';
import { planElectronLaunch } from '../node/electron-launch';
import { electronPackageDir, findElectron, NO_ELECTRON } from '../node/find-electron';

/** Exit code: no Electron binary and no network to fetch one (the offline case). @internal */
export const EXIT_NO_ELECTRON = 3;
/** Exit code: the Electron download failed for another reason (disk, HTTP error, checksum). */
const EXIT_DOWNLOAD_FAILED = 4;

/** What `present` needs from its surroundings (injectable for tests). */
export interface PresentOptions {
  /** The app folder: package.json with `main` pointing at the built main process. */
  appDir: string;
  deckDir: string | null;
  smoke?: boolean;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  uid?: number;
  log?: (line: string) => void;
}

function formatMB(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** Finds Electron, downloading it once (with progress) when possible; a number is the exit code. */
async function obtainElectron(env: NodeJS.ProcessEnv, log: (line: string) => void, deck: string): Promise<string | number> {
  const found = findElectron(env);
  if (found) return found;
  const pkgDir = electronPackageDir();
  const instead = `Without the app you can still present and export:\n  lectern serve ${deck}    (present in any browser, with live reload)\n  lectern export ${deck} -o slides.pdf`;
  if (env.ELECTRON_OVERRIDE_DIST_PATH || !pkgDir) {
    log(
      `lectern: No Electron binary: ${env.ELECTRON_OVERRIDE_DIST_PATH ? `ELECTRON_OVERRIDE_DIST_PATH (${env.ELECTRON_OVERRIDE_DIST_PATH}) holds none` : 'the electron package is not installed (run npm ci)'}.\n${instead}`,
    );
    return EXIT_NO_ELECTRON;
  }
  const version = (JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  log(`Electron ${version} is not downloaded yet: downloading it once (about 100 MB, needs the network)…`);
  let shown = 0;
  const outcome = await downloadElectron({
    pkgDir,
    env,
    onProgress: (bytes) => {
      if (bytes - shown < 1_048_576) return;
      shown = bytes;
      log(`  … ${formatMB(bytes)} downloaded`);
    },
    onOutput: (text) => process.stderr.write(text),
  });
  const binary = outcome.ok ? findElectron(env) : null;
  if (binary) {
    log('Electron downloaded.');
    return binary;
  }
  if (!outcome.ok && outcome.offline) {
    log(`lectern: the Electron download could not reach the network (${outcome.error}). ${NO_ELECTRON}\n${instead}`);
    return EXIT_NO_ELECTRON;
  }
  const nodeNote = Number(process.versions.node.split('.')[0]) < 22 ? `\n(Electron's installer asks for Node 22.12 or later; this is Node ${process.versions.node}.)` : '';
  log(
    `lectern: the Electron download failed: ${outcome.ok ? 'the installer finished but left no binary' : outcome.error}${nodeNote}\nDelete node_modules/electron and run npm ci, then try again.\n${instead}`,
  );
  return EXIT_DOWNLOAD_FAILED;
}

/**
 * `lectern present`: starts the Electron app on the app folder (see electron-launch.ts), passes
 * its output through, and explains a start-up abort in plain words. Resolves to the exit code.
 */
export async function present(options: PresentOptions): Promise<number> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.error(line));
  const deck = options.deckDir ?? '<deck>';
  const manifest = path.join(options.appDir, 'package.json');
  const main = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { main?: string }).main : undefined;
  if (!main || !existsSync(path.join(options.appDir, main))) {
    log('lectern: the app is not built yet: run `npm run build` first');
    return 2;
  }
  const electron = await obtainElectron(env, log, deck);
  if (typeof electron === 'number') return electron;
  const plan = planElectronLaunch({
    appDir: options.appDir,
    deckDir: options.deckDir,
    env,
    platform: options.platform ?? process.platform,
    uid: options.uid ?? process.getuid?.(),
    appArgs: options.smoke ? ['--lectern-smoke'] : [],
  });
  plan.notices.forEach((line) => log(line));
  return new Promise((resolve) => {
    let tail = '';
    const child = spawn(electron, plan.args, { stdio: ['inherit', 'inherit', 'pipe'], env: plan.env });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      tail = (tail + text).slice(-16_384);
      process.stderr.write(text);
    });
    child.on('error', (err) => {
      log(describeSpawnError(err, electron));
      resolve(2);
    });
    child.on('close', (code, signal) => {
      const advice = explainElectronExit(code, signal, tail, electron, deck);
      if (advice) log(advice);
      resolve(code ?? 1);
    });
  });
}
