import type { Diagnostic } from '../core/types';

/** One slide file as last read: its text (null: not readable) and what reading it reported. */
export interface FileRead {
  text: string | null;
  diagnostics: Diagnostic[];
  /** Its modification time and size when it was read (safe-read.ts `fileStamp`), when it was read at all. */
  stamp?: string;
}

/** The reads of a deck's slide files, by name, from one reload to the next. */
export type FileReads = ReadonlyMap<string, FileRead>;

/** What an incremental reload may reuse: the last reads, and the names that changed since. */
export interface ReadsSince {
  reads: FileReads;
  changed: ReadonlySet<string>;
}

/**
 * Reads at once. A deck of 100,000 files read all at once holds 100,000 pending reads (and
 * their buffers) in memory, and the garbage collector's pauses stall every key; a few dozen at a
 * time keep the file threads busy all the same.
 */
const CONCURRENT_READS = 32;

/**
 * Reads slide files, CONCURRENT_READS at a time, in the given order. With `since`, a file that
 * was read before and is not among `changed` keeps its last read: after an edit of one file of a
 * large deck only that file is read again.
 */
export async function readSlideFiles(
  names: readonly string[],
  readOne: (name: string, diagnostics: Diagnostic[], stamp: (stamp: string) => void) => Promise<string | null>,
  since?: ReadsSince,
  /** Start no more reads once this much text was read: the first files of `names` only. */
  enoughChars = Infinity,
): Promise<Map<string, FileRead>> {
  const reads = new Map<string, FileRead>();
  const wanted: string[] = [];
  for (const name of names) {
    const last = since && !since.changed.has(name) ? since.reads.get(name) : undefined;
    if (last) reads.set(name, last);
    else wanted.push(name);
  }
  let next = 0;
  let chars = 0;
  const worker = async (): Promise<void> => {
    while (next < wanted.length && chars < enoughChars) {
      const name = wanted[next++]!;
      const read: FileRead = { text: null, diagnostics: [] };
      read.text = await readOne(name, read.diagnostics, (stamp) => (read.stamp = stamp));
      chars += read.text?.length ?? 0;
      reads.set(name, read);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, wanted.length) }, worker));
  return reads;
}
