import { readdir } from 'node:fs/promises';
import { sameNameIgnoringCase, type FileIdentity } from '../core/rename-check';

/**
 * What the disk says the new name of a rename is, corrected for disks that give every spelling
 * of a name its own inode number: exFAT or NTFS through FUSE (Linux's exfat-fuse, ntfs-3g), where
 * `stat Case.md` finds `case.md` under another number. A name that only differs in case or
 * Unicode normalization from the file being renamed, and that is not itself in the folder's
 * listing, is that file: on a case-sensitive disk a real `Case.md` beside `case.md` is listed.
 */
export async function renameTargetIdentity(dir: string, from: string, to: string, source: FileIdentity, target: FileIdentity): Promise<FileIdentity> {
  if (!source || !target || (target.dev === source.dev && target.ino === source.ino) || !sameNameIgnoringCase(from, to)) return target;
  const listed = await readdir(dir).catch(() => null);
  return listed && listed.includes(from) && !listed.includes(to) ? source : target;
}
