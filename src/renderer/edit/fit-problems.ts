import { FIT_MIN_SCALE } from '../../core/fit';
import { OVERFLOW_CODE } from '../../core/fit-check';
import type { Deck, Diagnostic, Slide } from '../../core/types';
import { ft } from '../fit/fit-strings';
import { findOverflowing } from '../fit/slides-fit';

/**
 * The editor's warnings about slides that do not fit even shrunk to the limit: every slide of
 * the shown file as typed (measured again only where the text changed), and the other files'
 * slides as last loaded. Measured by the views' own fitting, off screen, so the result does not
 * depend on the preview panel's size or styles.
 */
export class FitProblems {
  private buffer: Diagnostic[] = [];
  private saved: Diagnostic[] = [];
  private bufferRun = 0;
  private deckRun = 0;

  constructor(private readonly changed: () => void) {}

  /** Measures the slides of the shown file's buffer; `changed` is called when its warnings change. */
  watchBuffer(file: string, slides: readonly Slide[], versions: Record<string, number>): void {
    const run = ++this.bufferRun;
    void findOverflowing(slides, versions, () => run !== this.bufferRun).then((found) => {
      if (found)
        this.update(
          'buffer',
          found.map((i) => ({ ...warning(slides[i]!, i + 1, true), file })),
        );
    });
  }

  /** Measures the loaded deck's slides (for the files not shown). */
  watchDeck(deck: Deck): void {
    const run = ++this.deckRun;
    void findOverflowing(deck.slides, deck.assetVersions, () => run !== this.deckRun).then((found) => {
      if (found)
        this.update(
          'saved',
          found.map((i) => warning(deck.slides[i]!, i + 1, false)),
        );
    });
  }

  /** Warnings for the shown file, from its buffer. */
  forFile(shownFile: string): Diagnostic[] {
    return this.buffer.filter((d) => d.file === shownFile);
  }

  /** Warnings for every other file, as loaded. */
  otherFiles(shownFile: string): Diagnostic[] {
    return this.saved.filter((d) => d.file !== shownFile);
  }

  private update(which: 'buffer' | 'saved', list: Diagnostic[]): void {
    const old = which === 'buffer' ? this.buffer : this.saved;
    if (JSON.stringify(old) === JSON.stringify(list)) return;
    if (which === 'buffer') this.buffer = list;
    else this.saved = list;
    this.changed();
  }
}

function warning(slide: Slide, number: number, inFile: boolean): Diagnostic {
  return {
    severity: 'warning',
    code: OVERFLOW_CODE,
    file: slide.file,
    line: slide.line,
    params: { reason: inFile ? 'file' : 'deck', slide: number, scale: Math.round(FIT_MIN_SCALE * 100) },
    message: ft.overflow(number, inFile),
  };
}
