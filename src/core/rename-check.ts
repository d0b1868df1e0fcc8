/**
 * Whether two file names are one name on a case-insensitive disk (macOS APFS and HFS+, Windows
 * NTFS, FAT): equal after Unicode normalization (macOS keeps `é` as e + accent) and case folding.
 */
export function sameNameIgnoringCase(a: string, b: string): boolean {
  const fold = (name: string): string => name.normalize('NFC').toLowerCase().toUpperCase();
  return fold(a) === fold(b);
}

/** The identity of a file on disk (device and inode), or null when no file has that name. */
export type FileIdentity = { dev: number; ino: number } | null;

/**
 * What a rename of `from` to `to` must do, given what the disk says each name is:
 * - 'nothing': the same name;
 * - 'missing': `from` is not there;
 * - 'move': `to` is free;
 * - 'via-temp': both names are one file (a case-only change on a case-insensitive disk): the
 *   file goes through a temp name, as renaming a file onto itself may do nothing;
 * - 'taken': `to` is another file (on a case-sensitive disk `Case.md` beside `case.md`; on a
 *   case-insensitive one a file `case.md` when renaming `a.md` to `Case.md`), never replaced.
 */
export function renameAction(from: string, to: string, source: FileIdentity, target: FileIdentity): 'nothing' | 'missing' | 'move' | 'via-temp' | 'taken' {
  if (from === to) return 'nothing';
  if (!source) return 'missing';
  if (!target) return 'move';
  const oneFile = target.dev === source.dev && target.ino === source.ino;
  // A hard link under another name is one file too, but renaming onto it would drop a name.
  return oneFile && sameNameIgnoringCase(from, to) ? 'via-temp' : 'taken';
}
