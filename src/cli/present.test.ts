import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_NO_ELECTRON, present } from './present';

/**
 * The "Done when" proof: a stand-in `electron` (named as electron/index.js resolves it
 * under ELECTRON_OVERRIDE_DIST_PATH when no binary was downloaded) records its argv and env.
 */
const STAND_IN = `#!/usr/bin/env node
const fs = require('node:fs');
fs.writeFileSync(process.env.STAND_IN_LOG, JSON.stringify({ argv: process.argv.slice(2), env: process.env }));
if (process.env.STAND_IN_MODE === 'suid') {
  process.stderr.write('[1:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I\\'m aborting now. You need to make sure that ' + __dirname + '/chrome-sandbox is owned by root and has mode 4755.\\n');
  process.kill(process.pid, 'SIGTRAP');
}
`;

let dir: string;
let appDir: string;
let dist: string;
let logFile: string;
let lines: string[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-present-'));
  appDir = path.join(dir, 'app');
  dist = path.join(dir, 'dist');
  logFile = path.join(dir, 'log.json');
  await mkdir(path.join(appDir, 'out/main'), { recursive: true });
  await writeFile(path.join(appDir, 'package.json'), JSON.stringify({ name: 'lectern', productName: 'Lectern', main: 'out/main/index.js' }));
  await writeFile(path.join(appDir, 'out/main/index.js'), '');
  await mkdir(dist);
  await writeFile(path.join(dist, 'electron'), STAND_IN);
  await chmod(path.join(dist, 'electron'), 0o755);
  lines = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function run(env: NodeJS.ProcessEnv, uid = 1000, extra: { smoke?: boolean } = {}): Promise<{ code: number; argv: string[]; env: Record<string, string> }> {
  const code = await present({
    appDir,
    deckDir: '/decks/talk',
    env: { PATH: process.env.PATH, ELECTRON_OVERRIDE_DIST_PATH: dist, STAND_IN_LOG: logFile, ...env },
    platform: 'linux',
    uid,
    log: (l) => lines.push(l),
    ...extra,
  });
  const record = JSON.parse(await readFile(logFile, 'utf8').catch(() => '{"argv":[],"env":{}}')) as { argv: string[]; env: Record<string, string> };
  return { code, ...record };
}

describe.skipIf(process.platform === 'win32')('lectern present with a stand-in Electron (ELECTRON_OVERRIDE_DIST_PATH)', () => {
  it('starts Electron on the app folder (so package.json names the app), then the deck', async () => {
    const { code, argv } = await run({});
    expect(code).toBe(0);
    expect(argv).toEqual([appDir, '/decks/talk']);
    expect(argv.some((a) => a.endsWith('index.js'))).toBe(false);
  });

  it('removes an inherited ELECTRON_RUN_AS_NODE, keeps the rest of the environment', async () => {
    const { env } = await run({ ELECTRON_RUN_AS_NODE: '1', LANG: 'ru_RU.UTF-8' });
    expect(env.ELECTRON_RUN_AS_NODE).toBeUndefined();
    expect(env.LANG).toBe('ru_RU.UTF-8');
  });

  it('asks for X11 (XWayland) on Wayland, by WAYLAND_DISPLAY or XDG_SESSION_TYPE', async () => {
    expect((await run({ WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' })).argv[0]).toBe('--ozone-platform=x11');
    expect((await run({ XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' })).argv[0]).toBe('--ozone-platform=x11');
    expect((await run({ DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' })).argv).toEqual([appDir, '/decks/talk']);
  });

  it('keeps native Wayland when the user chose it with LECTERN_OZONE_PLATFORM', async () => {
    const { argv } = await run({ WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0', LECTERN_OZONE_PLATFORM: 'wayland' });
    expect(argv).toEqual(['--ozone-platform=wayland', appDir, '/decks/talk']);
  });

  it('as root passes --no-sandbox with a one-line warning', async () => {
    const { argv } = await run({}, 0);
    expect(argv).toContain('--no-sandbox');
    expect(lines.filter((l) => /root/.test(l))).toHaveLength(1);
    expect((await run({}, 1000)).argv).not.toContain('--no-sandbox');
  });

  it('explains the SUID sandbox abort in plain words, with both ways out and serve', async () => {
    const { code } = await run({ STAND_IN_MODE: 'suid' });
    expect(code).not.toBe(0);
    const text = lines.join('\n');
    expect(text).toMatch(/does not let apps build their own sandbox/);
    expect(text).toContain(`sudo chown root:root ${path.join(dist, 'chrome-sandbox')} && sudo chmod 4755`);
    expect(text).toMatch(/\.deb or AppImage/);
    expect(text).toContain('lectern serve /decks/talk');
  });

  it('passes the smoke flag to the app', async () => {
    expect((await run({}, 1000, { smoke: true })).argv).toEqual([appDir, '/decks/talk', '--lectern-smoke']);
  });

  it('a binary that cannot start is one clear line, not a stack trace', async () => {
    await chmod(path.join(dist, 'electron'), 0o644);
    const { code } = await run({});
    expect(code).toBe(2);
    expect(lines).toEqual([expect.stringMatching(/^lectern: cannot start Electron: .*electron is not executable/)]);
  });

  it('an override folder without a binary is the offline case (exit 3), nothing downloaded', async () => {
    await rm(path.join(dist, 'electron'));
    expect(await run({})).toMatchObject({ code: EXIT_NO_ELECTRON });
    expect(lines.join('\n')).toMatch(/No Electron binary: ELECTRON_OVERRIDE_DIST_PATH .* holds none[\s\S]*lectern serve/);
  });
});
