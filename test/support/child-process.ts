import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { rolldown } from 'rolldown';

/** Bundles a TypeScript entry (and what it imports) into one `.mjs` a plain `node` child can run. */
export async function bundleForChild(entry: string, outDir: string): Promise<string> {
  const bundle = await rolldown({ input: entry, platform: 'node', logLevel: 'silent' });
  const file = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await bundle.write({ file, format: 'esm', codeSplitting: false });
  await bundle.close();
  return file;
}

/** A running child and a promise of the first stdout line that matches. */
export function startChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; output: () => string; waitFor: (re: RegExp, ms?: number) => Promise<string>; exited: Promise<number | null> } {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (re: RegExp, ms = 15_000): Promise<string> =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const tick = (): void => {
        const hit = re.exec(out);
        if (hit) return resolve(hit[0]);
        if (child.exitCode !== null || Date.now() - started > ms) return reject(new Error(`child did not print ${re}: ${out}`));
        setTimeout(tick, 10);
      };
      tick();
    });
  return { child, output: () => out, waitFor, exited };
}
