/**
 * `npm run bench`: export, load and live-reload timings for generated decks of 10, 100 and 500
 * slides, each reported as a ratio to a baseline measured in the same run with the same browser
 * (printing/loading one static pre-rendered page of the same slides). Never asserted in tests.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startBrowserHost } from '../src/node/browser-host';
import { benchBrowserOptions, printStaticPage } from './baseline-print';
import { benchLayouts, printLayoutTable } from './export-layouts';
import { generateDeck } from './generate-deck';
import { timeReexport } from './reexport';
import { timeKeyToAudience } from './key-latency';
import { watchPeakMemory } from './process-memory';
import { serveStatic } from './static-server';
import { medianBreakdown, parseTimings, printBreakdownTable, type ExportBreakdown } from './breakdown';
import { timeEditorLatency, timeServeToFirstSlide } from './live-latency';
import { benchPeers, peerCell } from './peers';
import { benchPrintBatches, printBatchTable } from './print-batches';
import { compareBuilds, fromUserCwd } from './ab';
import { TIMINGS_ENV } from '../src/node/export-timings';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RENDERER = path.join(ROOT, 'out/renderer');
const SELF = fileURLToPath(import.meta.url);
/**
 * BENCH_PARTS picks what to measure (comma-separated; all by default): export (with its
 * breakdown), layouts (every layout and Marp), reexport, live (serve to first slide, editor
 * and save latency, key to audience, reload), peers (DeckTape, Slidev), batches (the print
 * page's work per batch, notes pages against slides; not in the default set). BENCH_RUNS overrides
 * the rounds per size. BENCH_SKIP_EXPORT=1 is the old spelling of BENCH_PARTS=live.
 */
const PARTS = new Set((process.env.BENCH_SKIP_EXPORT === '1' ? 'live' : (process.env.BENCH_PARTS ?? 'export,layouts,reexport,live,peers')).split(','));
const SKIP_EXPORT = !PARTS.has('export');

interface Timed {
  ms: number;
  peakMb: number;
  timings?: ExportBreakdown;
}

/** Runs a node script as a child process; wall time and peak memory of its whole process tree. */
function timeChild(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    const stop = watchPeakMemory(child.pid!, 50);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      const peakMb = stop();
      if (code !== 0) reject(new Error(`${args.join(' ')} failed: ${err}`));
      else resolve({ ms: performance.now() - start, peakMb, ...(parseTimings(err) ? { timings: parseTimings(err)! } : {}) });
    });
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Time from navigation to a ready page (our app: slides shown; baseline: fonts loaded). */
async function timeLoad(page: Page, url: string, app: boolean): Promise<number> {
  const start = performance.now();
  await page.goto(url);
  if (app) await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  else
    await page.evaluate(async () => {
      void document.body.offsetHeight;
      await document.fonts.ready;
    });
  return performance.now() - start;
}

/** File write to updated DOM: an in-page observer stamps the moment the new text appears. */
async function timeReload(page: Page, file: string, marker: string): Promise<number> {
  await page.evaluate((m) => {
    const w = window as unknown as { __seen?: number };
    w.__seen = 0;
    const obs = new MutationObserver((records) => {
      if (!w.__seen && records.some((r) => r.target.textContent?.includes(m))) {
        w.__seen = performance.timeOrigin + performance.now();
        obs.disconnect();
      }
    });
    obs.observe(document.querySelector('.reveal .slides')!, { subtree: true, childList: true, characterData: true });
  }, marker);
  const text = await readFile(file, 'utf8');
  const written = performance.timeOrigin + performance.now();
  await writeFile(file, text.replace(/^## Слайд 1: .*$/m, `## Слайд 1: ${marker}`));
  // Interval polling: requestAnimationFrame-based polling can stall in a headless page.
  await page.waitForFunction(() => !!(window as unknown as { __seen?: number }).__seen, undefined, { timeout: 30_000, polling: 20 });
  return (await page.evaluate(() => (window as unknown as { __seen: number }).__seen)) - written;
}

async function benchSize(work: string, size: number, runs: number) {
  const deckDir = await generateDeck(path.join(work, `deck-${size}`), size);
  const host = await startBrowserHost({ deckDir, rendererDir: RENDERER, watch: true, dataDir: path.join(work, 'data') });
  const browser = await chromium.launch(benchBrowserOptions());
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    // The baseline page: our print page once rendered, saved as static HTML without scripts.
    await page.goto(host.pageUrl('print.html'));
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 120_000 });
    const staticDir = path.join(work, `static-${size}`);
    await mkdir(staticDir);
    await writeFile(path.join(staticDir, 'index.html'), (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, ''));
    await cp(path.join(RENDERER, 'assets'), path.join(staticDir, 'assets'), { recursive: true });
    const staticServer = await serveStatic(staticDir);
    const exports: Timed[] = [];
    const baselines: Timed[] = [];
    const loads: number[] = [];
    const baseLoads: number[] = [];
    const reloads: number[] = [];
    const serveStarts: number[] = [];
    const live = PARTS.has('live');
    for (let r = 0; r < runs; r++) {
      // Alternate the order so neither side always runs on a warmer machine.
      const pair = [
        async () => baselines.push(await timeChild([SELF, '--baseline', staticDir, path.join(work, 'base.pdf')])),
        async () => exports.push(await timeChild([path.join(ROOT, 'bin/lectern.mjs'), 'export', deckDir, '-o', path.join(work, 'out.pdf')], { ...process.env, [TIMINGS_ENV]: 'json' })),
      ];
      if (!SKIP_EXPORT) for (const step of r % 2 ? pair.reverse() : pair) await step();
      if (!live) continue;
      baseLoads.push(await timeLoad(page, staticServer.url, false));
      loads.push(await timeLoad(page, host.url, true));
      serveStarts.push(await timeServeToFirstSlide(browser, path.join(ROOT, 'bin/lectern.mjs'), deckDir));
    }
    if (live) {
      await page.goto(host.url);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      for (let r = 0; r < Math.max(3, runs); r++) reloads.push(await timeReload(page, path.join(deckDir, '001-part.md'), `маркер ${r}`));
    }
    await staticServer.close();
    const keys = live ? await timeKeyToAudience(browser, host, 21) : { keyToAudienceMs: NaN, baselineRoundTripMs: NaN, ratio: NaN };
    const editor = live ? await timeEditorLatency(browser, host, 9) : null;
    const exp = exports.length ? median(exports.map((e) => e.ms)) : NaN;
    const base = baselines.length ? median(baselines.map((e) => e.ms)) : NaN;
    const extraRuns = Number(process.env.BENCH_RUNS) || 3;
    const reexport = PARTS.has('reexport') ? await timeReexport({ deckDir, rendererDir: RENDERER, work, runs: extraRuns, layouts: ['slides', 'notes', 'handout-4'] }) : null;
    const baselineChild = () => timeChild([SELF, '--baseline', staticDir, path.join(work, 'base.pdf')]);
    const layouts = PARTS.has('layouts') ? await benchLayouts({ root: ROOT, deckDir, work, runs: extraRuns, baseline: baselineChild, time: timeChild }) : null;
    const peerBase = Number.isFinite(base) ? base : PARTS.has('peers') ? (await baselineChild()).ms : NaN;
    const peers = PARTS.has('peers') ? { baselineMs: Math.round(peerBase), ...(await benchPeers({ root: ROOT, deckDir, work, runs: extraRuns, baselineMs: peerBase, time: timeChild })) } : null;
    const batches = PARTS.has('batches') && size >= 250 ? await benchPrintBatches(browser, host.pageUrl('print.html'), extraRuns) : null;
    return {
      batches,
      layouts,
      reexport,
      peers,
      breakdown: medianBreakdown(exports.flatMap((e) => (e.timings ? [e.timings] : []))),
      serveToFirstSlideMs: serveStarts.length ? Math.round(median(serveStarts)) : null,
      keyToPreviewMs: editor?.keyToPreviewMs ?? null,
      saveToProjectorMs: editor?.saveToProjectorMs ?? null,
      slides: size,
      exportMs: Math.round(exp),
      baselineExportMs: Math.round(base),
      exportRatio: +(exp / base).toFixed(2),
      exportPeakMb: Math.max(0, ...exports.map((e) => e.peakMb)),
      baselinePeakMb: Math.max(0, ...baselines.map((e) => e.peakMb)),
      loadMs: Math.round(median(loads)),
      baselineLoadMs: Math.round(median(baseLoads)),
      loadRatio: +(median(loads) / median(baseLoads)).toFixed(2),
      reloadMs: Math.round(median(reloads)),
      keyToAudienceMs: keys.keyToAudienceMs,
      keyBaselineMs: keys.baselineRoundTripMs,
      keyRatio: keys.ratio,
    };
  } finally {
    await browser.close();
    await host.close();
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--baseline') return printStaticPage(process.argv[3]!, process.argv[4]!);
  if (process.argv[2] === '--ab') return compareBuilds(process.argv.slice(3));
  if (process.argv[2] === '--deck') return void console.log(await generateDeck(fromUserCwd(process.argv[3]!), Number(process.argv[4])));
  const sizes = (process.env.BENCH_SIZES ?? '10,100,500').split(',').map(Number);
  const work = await mkdtemp(path.join(os.tmpdir(), 'lectern-bench-'));
  const results = [];
  try {
    for (const size of sizes) {
      const row = await benchSize(work, size, Number(process.env.BENCH_RUNS) || (size >= 500 ? 3 : 5));
      results.push(row);
      console.log(JSON.stringify(row));
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  console.log('\nslides | export ms (x baseline) | peak MB (baseline) | load ms (x baseline) | reload ms | key->audience ms (x round trip)');
  for (const r of results) {
    console.log(
      `${String(r.slides).padStart(6)} | ${r.exportMs} (${r.exportRatio}x of ${r.baselineExportMs}) | ${r.exportPeakMb} (${r.baselinePeakMb}) | ${r.loadMs} (${r.loadRatio}x of ${r.baselineLoadMs}) | ${r.reloadMs} | ${r.keyToAudienceMs} (${r.keyRatio}x of ${r.keyBaselineMs})`,
    );
  }
  console.log('Targets: export within 1.25x of the baseline at 100 and 500 slides; reload under 150 ms and console key to audience under 50 ms at 500 slides.');
  printBreakdownTable(results.flatMap((r) => (r.breakdown ? [{ slides: r.slides, ...r.breakdown }] : [])));
  console.log('\nslides | floor | Lectern | Marp CLI | DeckTape (reveal.js) | Slidev');
  for (const r of results) {
    const marp = r.peers?.marp ?? r.layouts?.marp ?? null;
    console.log(
      `${String(r.slides).padStart(6)} | 1.00x (${r.peers?.baselineMs ?? r.baselineExportMs} ms) | ${r.exportRatio}x (${r.exportMs} ms) | ${r.layouts || r.peers ? peerCell(marp) : 'not measured'} | ${r.peers ? peerCell(r.peers.decktape) : 'not measured'} | ${r.peers ? peerCell(r.peers.slidev) : 'not measured'}`,
    );
  }
  console.log('\nslides | serve to first slide ms | editor keystroke to preview ms | editor save to projector ms');
  for (const r of results) console.log(`${String(r.slides).padStart(6)} | ${r.serveToFirstSlideMs ?? '-'} | ${r.keyToPreviewMs ?? '-'} | ${r.saveToProjectorMs ?? '-'}`);
  const withLayouts = results.flatMap((r) => (r.layouts ? [{ slides: r.slides, ...r.layouts }] : []));
  if (withLayouts.length) printLayoutTable(withLayouts);
  const withBatches = results.flatMap((r) => (r.batches ? [{ slides: r.slides, batches: r.batches }] : []));
  if (withBatches.length) printBatchTable(withBatches);
  const withReexport = results.filter((r) => r.reexport);
  if (withReexport.length) {
    console.log('\nslides | layout | first export ms | re-export after editing one file ms | ratio');
    for (const r of withReexport) for (const x of r.reexport!) console.log(`${String(r.slides).padStart(6)} | ${x.layout.padEnd(9)} | ${x.firstMs} | ${x.reexportMs} | ${x.ratio}x`);
  }
  const dir = process.env.BENCH_RESULTS_DIR ?? path.join(ROOT, 'bench/results');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2));
}

await main();
