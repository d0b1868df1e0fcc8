import { statfs } from 'node:fs/promises';
import type { ExportProblem } from '../core/export-problem';

/** An export failure the user can fix (no browser, print page failed, no slides, folder not writable, player not built): one line, exit code 2. */
export class ExportError extends Error {}

/** Below this much free space, a failed export is blamed on the disk: a PDF page can take megabytes. */
const LOW_SPACE_BYTES = 32 * 1024 * 1024;

const DISK_CODES: Record<string, string> = { ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up' };

/**
 * The sentence the Export dialog shows for a failed export. A full disk reaches us in two shapes:
 * our own write fails with ENOSPC, or Chromium, which spools the PDF in the temp folder, answers
 * "Protocol error (IO.read): Read failed". Either way the user is told the disk is full and which
 * folder, instead of a protocol message. `folders`: where the export wrote (its temp folder first).
 */
export async function explainExportFailure(err: unknown, message: string, folders: string[]): Promise<{ message: string; problem: ExportProblem }> {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? '';
  for (const folder of folders) {
    // Free bytes on the disk holding the folder (null where it cannot be told).
    const info = await statfs(folder).catch(() => null);
    const free = info ? info.bavail * info.bsize : null;
    const full = code in DISK_CODES || (free !== null && free < LOW_SPACE_BYTES);
    if (!full) continue;
    const why = DISK_CODES[code] ?? 'the disk is full';
    const left = free === null ? '' : ` (${(free / 1048576).toFixed(1)} MB free)`;
    return { message: `The PDF could not be written: ${why} at ${folder}${left}. Free some space and export again.`, problem: { code: 'disk-full', folder } };
  }
  return { message, problem: { code: 'other', detail: message } };
}
