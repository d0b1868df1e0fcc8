import { buildDeck, type SlideRenderer } from './build-deck';
import { DECK_CONFIG_FILE } from './deck-config';
import { isSlideFileName } from './natural-sort';
import type { Diagnostic, Slide } from './types';

/** One file of a deck as the editor previews it: its slides and the problems found in its text. */
export interface FilePreview {
  slides: Slide[];
  diagnostics: Diagnostic[];
}

/**
 * Builds the slides of one file from the editor's text with the same pipeline as a deck load
 * (so the preview and `lectern check` agree), without touching the disk. deck.yaml previews as
 * deck settings: no slides, only its problems. `render` renders one slide's Markdown (null: too
 * complex); the editor passes a guarded one (renderer/edit/guarded-preview.ts).
 */
export function previewFile(id: string, text: string, deckYaml: string | null, render?: SlideRenderer): FilePreview {
  const isConfig = id === DECK_CONFIG_FILE;
  // A skipped file (`_draft.md`) is not part of the deck, but its author still wants to see it.
  const name = isSlideFileName(id) ? id : 'preview.md';
  const deck = buildDeck({ files: isConfig ? [] : [{ name, text }], config: isConfig ? text : deckYaml, folderName: '' }, undefined, render);
  const ours = (file: string) => file === name || (isConfig && file === id);
  const diagnostics = deck.diagnostics.filter((d) => ours(d.file) && d.code !== 'deck-empty').map((d) => ({ ...d, file: id }));
  return { slides: deck.slides.map((s) => (s.file === id ? s : { ...s, file: id, id: s.id.replace(name, id) })), diagnostics };
}

/** The slide whose source contains 1-based `line` (the last one starting at or before it), or the first. */
export function slideAtLine(slides: readonly Slide[], line: number): Slide | undefined {
  let found = slides[0];
  for (const slide of slides) if (slide.line <= line) found = slide;
  return found;
}

/** The 1-based line of a slide's first non-blank source line: where "go to this slide" puts the cursor. */
export function firstContentLine(slide: Slide): number {
  const blank = /^(?:[ \t]*\n)*/.exec(slide.source)![0];
  return slide.line + (blank.match(/\n/g)?.length ?? 0);
}
