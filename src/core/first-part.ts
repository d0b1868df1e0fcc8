import type { DeckSources } from './build-deck';
import { parseDeckConfig } from './deck-config';
import { isSlideFileName, orderFiles } from './natural-sort';
import { splitFrontMatter, splitSlides } from './split-slides';
import type { SourceFile } from './types';

/**
 * Slide text (in characters) above which a deck is opened in two steps: its first files, then
 * all of it. Rendering Markdown is the slow part of opening (10,000 slides with code take
 * seconds), and the presenter needs the first slide first.
 */
export const FIRST_PART_CHARS = 256 * 1024;

/**
 * The sources of the deck's first slides, in the deck's order (deck.yaml `order` or natural
 * order), holding about `chars / 4` of text: whole files, and the first slides of a file too
 * large to wait for. Null when the deck is small enough to open in one step.
 */
export function firstPartOf(sources: DeckSources, chars = FIRST_PART_CHARS): DeckSources | null {
  const files = sources.files.filter((f) => isSlideFileName(f.name));
  const total = files.reduce((sum, f) => sum + f.text.length, 0);
  if (total <= chars) return null;
  const { config } = parseDeckConfig(sources.config, []);
  const byName = new Map(files.map((f) => [f.name, f]));
  const first: SourceFile[] = [];
  let size = 0;
  for (const name of orderFiles([...byName.keys()], config.order)) {
    const file = byName.get(name)!;
    if (size + file.text.length > chars / 2) {
      const cut = firstSlidesOf(file, chars / 4 - size);
      if (cut) first.push(cut);
      else if (!first.length) first.push(file);
      break;
    }
    first.push(file);
    size += file.text.length;
    if (size >= chars / 4) break;
  }
  if (first.length === files.length && first.every((f, i) => f === files[i])) return null;
  return { ...sources, files: first };
}

/**
 * The file cut before the first slide separator after `want` characters (same slide ids for
 * the slides kept); null when it has no separator after that point.
 */
function firstSlidesOf(file: SourceFile, want: number): SourceFile | null {
  const fm = splitFrontMatter(file.text);
  const lines = file.text.split(/\r\n|\r|\n/);
  // Characters before each line (separators counted as one).
  const offsets: number[] = [0];
  for (const line of lines) offsets.push(offsets[offsets.length - 1]! + line.length + 1);
  const chunks = splitSlides(fm.body, fm.bodyLine);
  // A chunk's content starts on `line` (1-based); its separator is the line before.
  const cutAt = chunks.slice(1).find((c) => offsets[c.line - 2]! >= want);
  if (!cutAt) return null;
  return { name: file.name, text: lines.slice(0, cutAt.line - 2).join('\n') };
}
