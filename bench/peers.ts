/**
 * DeckTape (printing a reveal.js page) and Slidev exporting the same generated deck, where the
 * user installed them outside the project: LECTERN_DECKTAPE=<path to decktape.js>,
 * LECTERN_SLIDEV=<path to Slidev's CLI bin>, and Marp (LECTERN_MARP_CLI) as export-layouts.ts
 * finds it. Never project dependencies.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontMatter } from '../src/core/split-slides';
import { deckAsOneFile, marpEntry } from './export-layouts';
import { serveStatic } from './static-server';

interface Timed {
  ms: number;
  peakMb: number;
}

/** One peer's median time, or why it was not measured. */
export type PeerResult = { ms: number; ratio: number } | { skipped: string };

/** A peer's PDF counts only if it holds the slides' text (a blank PDF is fast and useless). */
function hasText(pdf: string): boolean {
  try {
    return /слайд\s+1\D/i.test(execFileSync('pdftotext', ['-l', '3', pdf, '-'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const CHROME = (): string => process.env.LECTERN_CHROME ?? '/usr/bin/chromium';

/** The deck's slide files in order, front matter dropped. */
async function deckBodies(deckDir: string): Promise<string[]> {
  const files = (await readdir(deckDir)).filter((f) => f.endsWith('.md')).sort();
  return Promise.all(files.map(async (f) => splitFrontMatter(await readFile(path.join(deckDir, f), 'utf8')).body.trim()));
}

/** A reveal.js 6 page of the deck through its Markdown plugin (the usual way to write one by hand). */
async function revealPage(root: string, deckDir: string, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await cp(path.join(root, 'node_modules/reveal.js/dist'), path.join(dir, 'reveal'), { recursive: true });
  const markdown = (await deckBodies(deckDir)).join('\n\n---\n\n').replace(/<\/textarea>/gi, '');
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="reveal/reset.css"><link rel="stylesheet" href="reveal/reveal.css"><link rel="stylesheet" href="reveal/theme/white.css">
</head><body><div class="reveal"><div class="slides">
<section data-markdown data-separator="^\\n---\\n$" data-separator-notes="^Note:"><textarea data-template>
${markdown}
</textarea></section></div></div>
<script src="reveal/reveal.js"></script><script src="reveal/plugin/markdown.js"></script><script src="reveal/plugin/highlight.js"></script>
<script>Reveal.initialize({ width: 1280, height: 720, hash: true, plugins: [RevealMarkdown, RevealHighlight] });</script>
</body></html>`,
  );
}

/** Times DeckTape and Slidev `runs` times each where installed. */
export async function benchPeers(options: {
  root: string;
  deckDir: string;
  work: string;
  runs: number;
  baselineMs: number;
  time: (args: string[], env?: NodeJS.ProcessEnv) => Promise<Timed>;
}): Promise<{ marp: PeerResult; decktape: PeerResult; slidev: PeerResult }> {
  const ratio = (ms: number): PeerResult => ({ ms: Math.round(ms), ratio: +(ms / options.baselineMs).toFixed(2) });
  const limit = Number(process.env.BENCH_PEER_MAX_SLIDES ?? Infinity);
  const slides = (await deckBodies(options.deckDir)).join('\n---\n').split(/\n---\n/).length;
  const tooLarge = slides > limit ? `skipped above BENCH_PEER_MAX_SLIDES=${limit}` : null;

  let marp: PeerResult = { skipped: 'not installed (LECTERN_MARP_CLI=<path to marp-cli.js>)' };
  const marpCli = marpEntry(options.root);
  if (marpCli) {
    const md = path.join(options.work, 'marp-deck.md');
    await deckAsOneFile(options.deckDir, md);
    const times: number[] = [];
    // Marp finds its browser through CHROME_PATH.
    for (let r = 0; r < options.runs; r++)
      times.push((await options.time([marpCli, '--pdf', '--allow-local-files', md, '-o', path.join(options.work, 'marp.pdf')], { ...process.env, CHROME_PATH: CHROME() })).ms);
    marp = ratio(median(times));
  }

  let decktape: PeerResult = { skipped: 'not installed (LECTERN_DECKTAPE=<path to decktape.js>)' };
  const decktapeEntry = process.env.LECTERN_DECKTAPE;
  if (decktapeEntry && existsSync(decktapeEntry)) {
    if (tooLarge) decktape = { skipped: tooLarge };
    else {
      const dir = path.join(options.work, 'reveal');
      await revealPage(options.root, options.deckDir, dir);
      const server = await serveStatic(dir);
      try {
        const times: number[] = [];
        for (let r = 0; r < options.runs; r++)
          times.push(
            (await options.time([decktapeEntry, 'reveal', '--size', '1280x720', '--chrome-path', CHROME(), '--chrome-arg=--no-sandbox', server.url, path.join(options.work, 'decktape.pdf')])).ms,
          );
        decktape = hasText(path.join(options.work, 'decktape.pdf')) ? ratio(median(times)) : { skipped: 'printed blank pages' };
      } finally {
        await server.close();
      }
    }
  }

  let slidev: PeerResult = { skipped: 'not installed (LECTERN_SLIDEV=<path to the @slidev/cli bin>)' };
  const slidevEntry = process.env.LECTERN_SLIDEV;
  if (slidevEntry && existsSync(slidevEntry)) {
    if (tooLarge) slidev = { skipped: tooLarge };
    else {
      const md = path.join(options.work, 'slidev', 'slides.md');
      await mkdir(path.dirname(md), { recursive: true });
      await writeFile(md, `---\ntheme: default\n---\n\n${(await deckBodies(options.deckDir)).join('\n\n---\n\n')}\n`);
      const times: number[] = [];
      // Without a wait Slidev printed blank pages with the system Chromium here (checked below).
      const wait = process.env.BENCH_SLIDEV_WAIT ?? '1000';
      const out = path.join(options.work, 'slidev.pdf');
      for (let r = 0; r < options.runs; r++) times.push((await options.time([slidevEntry, 'export', md, '--output', out, '--executable-path', CHROME(), '--timeout', '720000', '--wait', wait])).ms);
      slidev = hasText(out) ? ratio(median(times)) : { skipped: `printed blank pages (try a longer BENCH_SLIDEV_WAIT than ${wait} ms)` };
    }
  }
  return { marp, decktape, slidev };
}

/** A peer's cell in the table: "2.35x (6100 ms)" or why not. */
export function peerCell(result: PeerResult | { ms: number; ratio: number } | null | undefined): string {
  if (!result) return 'not installed';
  return 'skipped' in result ? result.skipped : `${result.ratio}x (${result.ms} ms)`;
}
