import { FIT_MIN_SCALE } from '../../core/fit';
import { OVERFLOW_CODE } from '../../core/fit-check';
import type { Deck, Diagnostic, Slide } from '../../core/types';
import { ft } from '../fit/fit-strings';
import { findOverflowing } from '../fit/slides-fit';

type Source = 'buffer' | 'saved';

/**
 * The editor's warnings about slides that do not fit even shrunk to the limit: every slide of
 * the shown file as typed (measured again only where the text changed), and the other files'
 * slides as last loaded. Measured by the views' own fitting, off screen, so the result does not
 * depend on the preview panel's size or styles.
 */
export class FitProblems {
  /** Warnings from the shown file's buffer and from the deck as loaded, and the run measuring each. */
  private readonly found: Record<Source, Diagnostic[]> = { buffer: [], saved: [] };
  private readonly runs: Record<Source, number> = { buffer: 0, saved: 0 };

  constructor(private readonly changed: () => void) {}

  /** Measures the slides of the shown file's buffer; `changed` is called when its warnings change. */
  watchBuffer(file: string, slides: readonly Slide[], versions: Record<string, number>): void {
    this.watch('buffer', slides, versions, (slide, i) => ({ ...warning(slide, i + 1, true), file }));
  }

  /** Measures the loaded deck's slides (for the files not shown). */
  watchDeck(deck: Deck): void {
    this.watch('saved', deck.slides, deck.assetVersions, (slide, i) => warning(slide, i + 1, false));
  }

  /** Warnings for the shown file, from its buffer. */
  forFile(shownFile: string): Diagnostic[] {
    return this.found.buffer.filter((d) => d.file === shownFile);
  }

  /** Warnings for every other file, as loaded. */
  otherFiles(shownFile: string): Diagnostic[] {
    return this.found.saved.filter((d) => d.file !== shownFile);
  }

  /** Measures `slides` (a newer run of the same source stops this one) and keeps their warnings. */
  private watch(source: Source, slides: readonly Slide[], versions: Record<string, number>, toWarning: (slide: Slide, index: number) => Diagnostic): void {
    const run = ++this.runs[source];
    void findOverflowing(slides, versions, () => run !== this.runs[source]).then((found) => {
      const list = found?.map((i) => toWarning(slides[i]!, i));
      if (!list || JSON.stringify(list) === JSON.stringify(this.found[source])) return;
      this.found[source] = list;
      this.changed();
    });
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
