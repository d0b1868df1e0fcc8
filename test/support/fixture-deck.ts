/** A small deck folder in a temp dir for main-process tests (never the bundled `slides/`). */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Title written to the fixture's deck.yaml. */
export const FIXTURE_TITLE = 'Тестовая колода';

/** Creates a two-file deck with Cyrillic text; returns its folder and a cleanup function. */
export async function makeFixtureDeck(): Promise<{ dir: string; root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'lectern-main-'));
  const dir = path.join(root, 'deck');
  await mkdir(dir);
  await writeFile(path.join(dir, 'deck.yaml'), `title: "${FIXTURE_TITLE}"\nlang: ru\n`);
  await writeFile(path.join(dir, '01-intro.md'), '# Привет\n\nПервый слайд\n\n---\n\n# Второй\n\nТекст\n');
  await writeFile(path.join(dir, '02-end.md'), '# Конец\n');
  return { dir, root, cleanup: () => rm(root, { recursive: true, force: true }) };
}
