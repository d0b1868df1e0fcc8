import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { ROOT } from './support/decks';

const run = promisify(execFile);

// The bench's numbers are never judged by the tests (time on a shared machine says little),
// but the bench must keep working: the editor's preview moved into a shadow root once and its
// live part timed out unnoticed. One small run of the parts that work at 10 slides.
test('npm run bench still measures export, re-export and the live paths (10 slides, one round)', async () => {
  test.setTimeout(240_000);
  const results = await mkdtemp(path.join(os.tmpdir(), 'lectern-bench-smoke-'));
  const env = { ...process.env, BENCH_SIZES: '10', BENCH_RUNS: '1', BENCH_PARTS: 'export,reexport,live', BENCH_RESULTS_DIR: results };
  let stdout: string;
  let row;
  try {
    stdout = (await run(process.execPath, [path.join(ROOT, 'out/main/bench.js')], { env, encoding: 'utf8', timeout: 230_000 })).stdout;
    row = JSON.parse(await readFile(path.join(results, 'latest.json'), 'utf8')).results[0];
  } finally {
    await rm(results, { recursive: true, force: true });
  }
  expect(row.slides).toBe(10);
  for (const key of ['exportMs', 'baselineExportMs', 'exportRatio', 'loadMs', 'reloadMs', 'keyToAudienceMs', 'serveToFirstSlideMs', 'keyToPreviewMs', 'saveToProjectorMs'])
    expect(Number.isFinite(row[key]) && row[key] > 0, `${key} = ${row[key]}`).toBe(true);
  expect(row.reexport.map((r: { layout: string }) => r.layout)).toEqual(['slides', 'notes', 'handout-4']);
  for (const r of row.reexport) expect(r.reexportMs).toBeGreaterThan(0);
  // The tables a person reads.
  expect(stdout).toContain('editor keystroke to preview ms');
  expect(stdout).toMatch(/\n\s+10 \| \d+ \| [\d.]+ \| [\d.]+\n/);
});
