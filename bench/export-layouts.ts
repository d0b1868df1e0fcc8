/**
 * Export of every PDF layout, as ratios to the static baseline of the same deck (see run.ts),
 * and, where `@marp-team/marp-cli` is installed, to Marp printing the same slides. Installs
 * nothing: add the peer with `npm install --no-save @marp-team/marp-cli`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PRINT_LAYOUTS } from '../src/core/print-layout';
import { splitFrontMatter } from '../src/core/split-slides';

interface Timed {
  ms: number;
  peakMb: number;
}

/** One layout's result at one deck size. */
export interface LayoutRow {
  layout: string;
  ms: number;
  peakMb: number;
  /** Median time over the static baseline's. */
  ratio: number;
  /** Median time over the `slides` layout's. */
  ratioToSlides: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Marp's CLI entry when the peer is installed, else null: in this tree, or anywhere named by
 * LECTERN_MARP_CLI (so the peer never touches the project's node_modules).
 */
export function marpEntry(root: string): string | null {
  const entry = process.env.LECTERN_MARP_CLI ?? path.join(root, 'node_modules/@marp-team/marp-cli/marp-cli.js');
  return existsSync(entry) ? entry : null;
}

/** The deck as one Markdown file for Marp: front matter dropped, files joined with `---`. */
export async function deckAsOneFile(deckDir: string, out: string): Promise<void> {
  const files = (await readdir(deckDir)).filter((f) => f.endsWith('.md')).sort();
  const bodies = await Promise.all(files.map(async (f) => splitFrontMatter(await readFile(path.join(deckDir, f), 'utf8')).body.trim()));
  await writeFile(out, `---\nmarp: true\n---\n\n${bodies.join('\n\n---\n\n')}\n`);
}

/**
 * Times `lectern export --layout L` for every layout (`runs` each, interleaved so no layout
 * always runs on a warmer machine) and Marp when installed.
 */
export async function benchLayouts(options: {
  root: string;
  deckDir: string;
  work: string;
  runs: number;
  baseline: () => Promise<Timed>;
  time: (args: string[], env?: NodeJS.ProcessEnv) => Promise<Timed>;
}): Promise<{ layouts: LayoutRow[]; baselineMs: number; marp: { ms: number; ratio: number } | null }> {
  const cli = path.join(options.root, 'bin/lectern.mjs');
  const times = new Map<string, Timed[]>([...PRINT_LAYOUTS, 'baseline'].map((l) => [l, []]));
  for (let r = 0; r < options.runs; r++) {
    // The baseline runs in every round too, so each ratio compares runs of the same minutes.
    const order = r % 2 ? ['baseline', ...PRINT_LAYOUTS].reverse() : ['baseline', ...PRINT_LAYOUTS];
    for (const layout of order) {
      const run = layout === 'baseline' ? options.baseline() : options.time([cli, 'export', options.deckDir, '-o', path.join(options.work, `${layout}.pdf`), '--layout', layout]);
      times.get(layout)!.push(await run);
    }
  }
  const baselineMs = median(times.get('baseline')!.map((t) => t.ms));
  const ms = (l: string) => median(times.get(l)!.map((t) => t.ms));
  const layouts = PRINT_LAYOUTS.map((layout) => ({
    layout,
    ms: Math.round(ms(layout)),
    peakMb: Math.max(...times.get(layout)!.map((t) => t.peakMb)),
    ratio: +(ms(layout) / baselineMs).toFixed(2),
    ratioToSlides: +(ms(layout) / ms('slides')).toFixed(2),
  }));
  const marp = marpEntry(options.root);
  if (!marp) return { layouts, baselineMs: Math.round(baselineMs), marp: null };
  const md = path.join(options.work, 'marp-deck.md');
  await deckAsOneFile(options.deckDir, md);
  const marpTimes: number[] = [];
  // Marp finds its browser through CHROME_PATH; give it the same Chromium.
  const env = { ...process.env, CHROME_PATH: process.env.LECTERN_CHROME ?? '/usr/bin/chromium' };
  for (let r = 0; r < options.runs; r++) marpTimes.push((await options.time([marp, '--pdf', '--allow-local-files', md, '-o', path.join(options.work, 'marp.pdf')], env)).ms);
  const marpMs = median(marpTimes);
  return { layouts, baselineMs: Math.round(baselineMs), marp: { ms: Math.round(marpMs), ratio: +(marpMs / baselineMs).toFixed(2) } };
}

/** Prints one table row per layout and size. */
export function printLayoutTable(rows: { slides: number; baselineMs: number; layouts: LayoutRow[]; marp: { ms: number; ratio: number } | null }[]): void {
  console.log('\nslides | layout | export ms | x baseline | x slides | peak MB');
  for (const r of rows) {
    console.log(`${String(r.slides).padStart(6)} | baseline  | ${r.baselineMs} | 1x |  |`);
    for (const l of r.layouts) console.log(`${String(r.slides).padStart(6)} | ${l.layout.padEnd(9)} | ${l.ms} | ${l.ratio}x | ${l.ratioToSlides}x | ${l.peakMb}`);
    console.log(
      `${String(r.slides).padStart(6)} | marp-cli  | ${r.marp ? `${r.marp.ms} | ${r.marp.ratio}x` : 'not installed (npm install --no-save @marp-team/marp-cli, or LECTERN_MARP_CLI=<path to marp-cli.js>)'}`,
    );
  }
  console.log('Targets: slides within 1.25x of the baseline and faster than every peer; other layouts within 1.1x of slides.');
}
