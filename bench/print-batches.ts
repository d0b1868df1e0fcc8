/**
 * `BENCH_PARTS=batches`: the print page's own work per batch, without process start, deck load
 * or Chromium launch, so notes pages can be compared closely with `slides` (both one slide per
 * page; decks of at least 250 slides). In one Chromium, for each of the two:
 * load the print page with pages 0-125 (as an export does), then for every later batch of 125
 * pages time the render (DOM, fonts, fit, notes) and Chromium's print, and read the renderer's
 * own counters (Chrome DevTools Protocol `Performance.getMetrics`: main-thread task, layout and
 * style time). Layouts alternate between rounds; medians over every batch of every round.
 */
import type { Browser } from 'playwright-core';

const BATCH = 125;
const LAYOUTS = ['slides', 'notes'];
/** The window an export opens for each (the page size: 1280x720 slides, A4 notes pages). */
const VIEWPORT: Record<string, { width: number; height: number }> = { slides: { width: 1280, height: 720 }, notes: { width: 794, height: 1123 } };

export interface BatchRow {
  layout: string;
  renderMs: number;
  printMs: number;
  /** Renderer main thread: all tasks, layout, style recalculation (ms per batch). */
  taskMs: number;
  layoutMs: number;
  styleMs: number;
  /** (render + print) over the `slides` layout's. */
  ratioToSlides: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function benchPrintBatches(browser: Browser, printUrl: string, rounds: number): Promise<BatchRow[]> {
  const samples = new Map<string, Record<'render' | 'print' | 'task' | 'layout' | 'style', number[]>>(LAYOUTS.map((l) => [l, { render: [], print: [], task: [], layout: [], style: [] }]));
  for (let r = 0; r < rounds; r++) {
    for (const layout of r % 2 ? [...LAYOUTS].reverse() : LAYOUTS) {
      const context = await browser.newContext({ viewport: VIEWPORT[layout]! });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async (): Promise<Record<string, number>> => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      await page.goto(`${printUrl}&layout=${layout}&from=0&to=${BATCH}`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 120_000 });
      const s = samples.get(layout)!;
      const { pages } = JSON.parse((await page.evaluate(() => document.documentElement.dataset.state)) ?? '{}') as { pages: number };
      // Full batches only: a short last one would pull the per-batch median down.
      for (let from = BATCH; from + BATCH <= pages; from += BATCH) {
        const m0 = await metrics();
        const t0 = performance.now();
        await page.evaluate(([f, t]) => (window as unknown as { lecternPrintPages: (f: number, t: number) => Promise<unknown> }).lecternPrintPages(f, t), [from, from + BATCH] as const);
        const t1 = performance.now();
        await page.pdf({ printBackground: true, preferCSSPageSize: true });
        const t2 = performance.now();
        const m1 = await metrics();
        s.render.push(t1 - t0);
        s.print.push(t2 - t1);
        s.task.push((m1.TaskDuration! - m0.TaskDuration!) * 1000);
        s.layout.push((m1.LayoutDuration! - m0.LayoutDuration!) * 1000);
        s.style.push((m1.RecalcStyleDuration! - m0.RecalcStyleDuration!) * 1000);
      }
      await context.close();
    }
  }
  const total = (l: string): number => median(samples.get(l)!.render) + median(samples.get(l)!.print);
  return LAYOUTS.map((layout) => {
    const s = samples.get(layout)!;
    return {
      layout,
      renderMs: Math.round(median(s.render)),
      printMs: Math.round(median(s.print)),
      taskMs: Math.round(median(s.task)),
      layoutMs: Math.round(median(s.layout)),
      styleMs: Math.round(median(s.style)),
      ratioToSlides: +(total(layout) / total('slides')).toFixed(2),
    };
  });
}

export function printBatchTable(rows: { slides: number; batches: BatchRow[] }[]): void {
  console.log(`\nslides | layout | per batch of ${BATCH} pages: render ms | print ms | x slides | renderer task ms | layout ms | style ms`);
  for (const r of rows)
    for (const b of r.batches) console.log(`${String(r.slides).padStart(6)} | ${b.layout.padEnd(9)} | ${b.renderMs} | ${b.printMs} | ${b.ratioToSlides}x | ${b.taskMs} | ${b.layoutMs} | ${b.styleMs}`);
}
