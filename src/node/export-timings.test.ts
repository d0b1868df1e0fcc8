import { describe, expect, it } from 'vitest';
import { ExportTimings } from './export-timings';

describe('ExportTimings (LECTERN_EXPORT_TIMINGS)', () => {
  it('sums the batches of a phase and prints a table in phase order, or one JSON line for the bench', async () => {
    const t = new ExportTimings(true);
    t.add('print', 100, 400);
    t.add('launch', 10, 60);
    t.add('print', 500, 700);
    expect(await t.span('pdf', Promise.resolve(7))).toBe(7);
    const table = t.format(false, 1000);
    expect(table).toMatch(/Chromium launch\s+50 ms\s+\(from 10 ms\)/);
    expect(table).toMatch(/Chromium's print\s+500 ms\s+\(from 100 ms\)/);
    expect(table.indexOf('Chromium launch')).toBeLessThan(table.indexOf("Chromium's print"));
    expect(table).toMatch(/total\s+1000 ms/);
    const json = JSON.parse(t.format(true, 1000).replace(/^LECTERN_TIMINGS /, ''));
    expect(json).toMatchObject({ totalMs: 1000, phases: { launch: 50, print: 500 } });
  });

  it('lists every span in time order with `spans`, one line per batch, and times work given as a function from its start', async () => {
    const t = new ExportTimings(true);
    t.add('print', 500, 700);
    t.add('print', 100, 400);
    t.add('ready', 400, 500);
    let ran = 0;
    await t.span('pdf', async () => {
      ran = performance.now();
    });
    expect(t.format(false, 1000, true).split('\n').slice(0, 3)).toEqual([
      "     100 -    400 ms  Chromium's print",
      '     400 -    500 ms  print page readiness (fonts, layout)',
      "     500 -    700 ms  Chromium's print",
    ]);
    // The span starts before the work runs (work that ran before the call would not be timed).
    expect(t.spans.find((s) => s.name === 'pdf')!.start).toBeLessThanOrEqual(ran);
  });

  it('records nothing when not asked for', async () => {
    const t = new ExportTimings(false);
    t.add('print', 0, 10);
    await t.span('pdf', async () => 1);
    expect(t.spans).toEqual([]);
  });
});
