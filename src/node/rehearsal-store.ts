import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sectionTimesOfRecord, type RehearsalRecord } from '../core/rehearsal';
import { writeFileAtomic } from './atomic-write';
import { containedDir, containedFile, isContainedDir } from './contained-dir';
import { deckRootOf } from './deck-path';

/** Where rehearsal records live, inside the deck folder (dot folders are never slides). */
const REHEARSAL_DIR = path.join('.lectern', 'rehearsals');

/** File name of a record: its end time, sortable, safe on every file system. */
function rehearsalFileName(record: RehearsalRecord): string {
  return `${record.endedAt.replace(/[:.]/g, '-')}.json`;
}

/**
 * Saves a finished run beside the deck; returns its per-section times (the new "last run").
 * Refused when `.lectern` or `rehearsals` is a link: records are written inside the deck only.
 */
export async function saveRehearsal(deckDir: string, record: RehearsalRecord): Promise<Record<string, number> | null> {
  const dir = await containedDir(deckRootOf(deckDir), REHEARSAL_DIR.split(path.sep));
  await writeFileAtomic(await containedFile(dir, rehearsalFileName(record)), `${JSON.stringify(record, null, 2)}\n`);
  return sectionTimesOfRecord(record);
}

/** Per-section times of the newest readable record, or null when there is none. */
export async function loadLastRehearsal(deckDir: string): Promise<Record<string, number> | null> {
  const root = deckRootOf(deckDir);
  const dir = path.join(root, REHEARSAL_DIR);
  // A planted link is not followed for reading either (it would show another deck's times).
  if (!(await isContainedDir(root, REHEARSAL_DIR.split(path.sep)))) return null;
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.json'))
    .sort()
    .reverse();
  for (const name of names) {
    try {
      const times = sectionTimesOfRecord(JSON.parse(await readFile(path.join(dir, name), 'utf8')));
      if (times) return times;
    } catch {
      // A damaged record is skipped; the one before it still helps.
    }
  }
  return null;
}
