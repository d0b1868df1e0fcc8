import path from 'node:path';
import { containedDir } from './contained-dir';
import { deckRootOf } from './deck-path';
import { moveNoReplace } from './deck-renames';

/** What a trash does with a file the user deleted (system trash in the app, `.lectern/trash/` in the browser host). */
export type TrashFile = (file: string, id: string) => Promise<string>;

/**
 * Moves a file into `<deck>/.lectern/trash/` (the browser host has no system trash); returns where
 * it went. Refused when `.lectern` or `trash` is a link (the file would leave the deck), and never
 * replaces an earlier trashed file.
 */
export function deckTrash(deckDir: string): TrashFile {
  return async (file, id) => {
    const dir = await containedDir(deckRootOf(deckDir), ['.lectern', 'trash']);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    for (let n = 1; ; n++) {
      const name = `${stamp}-${n > 1 ? `${n}-` : ''}${id}`;
      try {
        await moveNoReplace(file, path.join(dir, name));
        return `.lectern/trash/${name}`;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 50) throw err;
      }
    }
  };
}
