#!/usr/bin/env node
// Runs every test (vitest unit tests, then Playwright e2e) and ends with one summary line
// "N passed, N failed, N skipped" that CI reads. Exit code is non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lectern-tests-'));
const run = (cmd, args, env = {}) => spawnSync(process.execPath, [cmd, ...args], { stdio: 'inherit', env: { ...process.env, ...env } }).status;

const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

const unitJson = path.join(tmp, 'unit.json');
ok = run('node_modules/vitest/vitest.mjs', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]) === 0 && ok;
try {
  const unit = JSON.parse(readFileSync(unitJson, 'utf8'));
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
} catch {
  totals.failed += 1;
  ok = false;
}

const e2eJson = path.join(tmp, 'e2e.json');
ok = run('node_modules/@playwright/test/cli.js', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson }) === 0 && ok;
try {
  const e2e = JSON.parse(readFileSync(e2eJson, 'utf8'));
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
  // Say why tests were skipped (e.g. no Electron binary), once per reason.
  const reasons = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const a of t.annotations ?? []) if (a.type === 'skip') reasons.set(a.description ?? '(no reason given)', (reasons.get(a.description) ?? 0) + 1);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of e2e.suites ?? []) walk(suite);
  for (const [reason, count] of reasons) console.log(`skipped ${count} e2e test(s): ${reason}`);
} catch {
  totals.failed += 1;
  ok = false;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
