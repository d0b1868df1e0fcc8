/**
 * Two builds against each other, for a change to the export: `npm run bench -- --ab OLD_CLI
 * NEW_CLI DECK [ROUNDS] [-- export options]` runs `lectern export` of the same deck with each
 * CLI (`bin/lectern.mjs` of two worktrees), rounds alternated so neither always runs on a warmer
 * machine, and prints the medians and NEW/OLD. `npm run bench -- --deck DIR N` writes the bench's
 * generated deck of N slides to DIR.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** A path as the user typed it: `npm run` starts scripts at the repository root, INIT_CWD is where npm was run. */
export const fromUserCwd = (p: string): string => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

export function compareBuilds(args: string[]): void {
  const dashes = args.indexOf('--');
  const [oldArg, newArg, deckArg, rounds = '5'] = dashes < 0 ? args : args.slice(0, dashes);
  if (!oldArg || !newArg || !deckArg) throw new Error('usage: --ab OLD_CLI NEW_CLI DECK [ROUNDS] [-- export options]');
  const [oldCli, newCli, deck] = [oldArg, newArg, deckArg].map(fromUserCwd) as [string, string, string];
  const extra = dashes < 0 ? [] : args.slice(dashes + 1);
  const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-ab-'));
  const times: Record<'old' | 'new', number[]> = { old: [], new: [] };
  for (let r = 0; r < Number(rounds); r++) {
    const pair: ['old' | 'new', string][] = [
      ['old', oldCli],
      ['new', newCli],
    ];
    for (const [name, cli] of r % 2 ? pair.reverse() : pair) {
      const start = performance.now();
      const run = spawnSync(process.execPath, [cli, 'export', deck, '-o', path.join(out, `${name}.pdf`), ...extra], {
        encoding: 'utf8',
        env: { ...process.env, LECTERN_DATA_DIR: path.join(out, 'data') },
      });
      if (run.status !== 0) throw new Error(`${name} build failed: ${run.stderr}`);
      times[name].push(performance.now() - start);
    }
  }
  const [o, n] = [median(times.old), median(times.new)];
  console.log(`old ${times.old.map(Math.round).join(', ')} ms (median ${Math.round(o)})`);
  console.log(`new ${times.new.map(Math.round).join(', ')} ms (median ${Math.round(n)})`);
  console.log(`new / old: ${(n / o).toFixed(3)}x; PDFs in ${out}`);
}
