// @vitest-environment jsdom
/**
 * Lectern's own fault suite beyond the reported findings (issue 15): new variants of each attack
 * class, run against the real modules. Every probe throws when Lectern does not hold. The table of
 * probes tried/held per class in docs/security.md is made from this run:
 * `LECTERN_UPDATE_DOCS=1 npx vitest run scripts/fault-suite.test.ts` rewrites it; otherwise the
 * test fails when the table is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../test/support/temp-dir';
import { addFileProbes } from './fault-suite/file-probes';
import { useProbeTempDirs, type ProbeClasses } from './fault-suite/support';
import { addWebProbes } from './fault-suite/web-probes';

const DOC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'security.md');
useProbeTempDirs(useTempDirs());
const results: { cls: string; name: string; held: boolean }[] = [];
const CLASSES: ProbeClasses = {};
addFileProbes(CLASSES);
addWebProbes(CLASSES);

for (const [cls, probes] of Object.entries(CLASSES)) {
  describe(cls, () => {
    for (const [name, run] of probes) {
      it(name, async () => {
        try {
          await run();
          results.push({ cls, name, held: true });
        } catch (err) {
          results.push({ cls, name, held: false });
          throw err;
        }
      });
    }
  });
}

/** The table of docs/security.md, between its markers. */
function table(): string {
  const rows = Object.keys(CLASSES).map((cls) => {
    const mine = results.filter((r) => r.cls === cls);
    return `| ${cls} | ${mine.length} | ${mine.filter((r) => r.held).length} |`;
  });
  const total = results.length;
  return ['| Class | Probes tried | Held |', '|---|---|---|', ...rows, `| **All** | **${total}** | **${results.filter((r) => r.held).length}** |`].join('\n');
}

afterAll(async () => {
  if (results.length !== Object.values(CLASSES).flat().length) return; // a filtered run says nothing about the table
  const doc = await readFile(DOC, 'utf8');
  const updated = doc.replace(/(<!-- fault-suite:start -->\n)[\s\S]*?(\n<!-- fault-suite:end -->)/, `$1${table()}$2`);
  if (process.env.LECTERN_UPDATE_DOCS) await writeFile(DOC, updated);
  else expect(updated, 'docs/security.md: the fault-suite table is stale; run with LECTERN_UPDATE_DOCS=1').toBe(doc);
});
