import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sectionTimesOfRecord, type RehearsalRecord } from '../core/rehearsal';
import { writeFileAtomic } from './atomic-write';
import { deckRootOf } from './deck-path';

/** Where rehearsal records live, inside the deck folder (dot folders are never slides). */
export const REHEARSAL_DIR = path.join('.lectern', 'rehearsals');

/** File name of a record: its end time, sortable, safe on every file system. */
export function rehearsalFileName(record: RehearsalRecord): string {
  return `${record.endedAt.replace(/[:.]/g, '-')}.json`;
}

/** Saves a finished run beside the deck; returns its per-section times (the new "last run"). */
export async function saveRehearsal(deckDir: string, record: RehearsalRecord): Promise<Record<string, number> | null> {
  const dir = path.join(deckRootOf(deckDir), REHEARSAL_DIR);
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(path.join(dir, rehearsalFileName(record)), `${JSON.stringify(record, null, 2)}\n`);
  return sectionTimesOfRecord(record);
}

/** Per-section times of the newest readable record, or null when there is none. */
export async function loadLastRehearsal(deckDir: string): Promise<Record<string, number> | null> {
  const dir = path.join(deckRootOf(deckDir), REHEARSAL_DIR);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort().reverse();
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
