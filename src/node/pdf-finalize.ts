// pdf-lib takes a second to load on a busy machine: only a merge of several batches needs it.
import type { PDFDict, PDFDocument } from 'pdf-lib';
import { appendOutlineAndMetadata, type PdfMetadata } from './pdf-append';
import { UnsupportedPdfError } from './pdf-objects';
import { DEFAULT_PRINT_OPTIONS, planOutline, planPrint, type OutlineEntry } from '../core/print-plan';
import type { Deck } from '../core/types';

/**
 * The outline of a one-slide-per-page PDF of the whole deck: one entry per section (file), and
 * under it one per titled slide (see `planOutline`).
 * @internal
 */
export function deckOutline(deck: Deck): OutlineEntry[] {
  return planOutline(deck, planPrint({ ...deck, slides: deck.slides.map((s) => ({ ...s, hidden: false, printSteps: false })) }, DEFAULT_PRINT_OPTIONS));
}

/** The document information of a deck's PDF holding the sections of `outline`. */
function deckMetadata(deck: Deck, outline: OutlineEntry[], producer: string): PdfMetadata {
  return {
    title: deck.config.title,
    ...(deck.config.author ? { author: deck.config.author } : {}),
    // The sections this PDF actually holds (a range or hidden files leave some out).
    subject: outline.map((e) => e.title).join(' · '),
    keywords: ['Lectern', 'slides'],
    creator: 'Lectern',
    producer,
    lang: deck.config.lang,
    date: new Date(),
  };
}

/**
 * Adds metadata and the outline to PDF bytes printed in one piece: appended as an incremental
 * update (the printed file is not parsed or written again), or, for a file the appender cannot
 * read, through a full re-write with pdf-lib.
 */
export async function finishPrintedPdf(bytes: Uint8Array, deck: Deck, outline: OutlineEntry[] = deckOutline(deck)): Promise<Uint8Array> {
  try {
    return appendOutlineAndMetadata(bytes, deckMetadata(deck, outline, 'Lectern (Chromium)'), outline);
  } catch (err) {
    if (!(err instanceof UnsupportedPdfError)) throw err;
    return finalizePdf(bytes, deck, outline);
  }
}

/**
 * Adds metadata and the outline to a PDF the appender cannot read as printed (pages picked from
 * several prints, another printer's file): pdf-lib loads it and writes it again with a classic
 * cross-reference table, and the appender adds to that (one outline writer for both paths).
 */
export async function finalizePdf(bytes: Uint8Array | PDFDocument, deck: Deck, outline: OutlineEntry[] = deckOutline(deck)): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  const doc = bytes instanceof PDFDocument ? bytes : await PDFDocument.load(bytes, { updateMetadata: false });
  await addSlideDestinations(doc, deck, outline);
  return appendOutlineAndMetadata(await doc.save({ useObjectStreams: false }), deckMetadata(deck, outline, 'Lectern (pdf-lib)'), outline);
}

/**
 * Names the pages links between slides lead to (`lectern-slide-N`, written by the print view for
 * the summary matrix rows) in a PDF assembled from several print calls, whose own name tables
 * are not copied: each section's first slide leads to its outline entry's page.
 */
async function addSlideDestinations(doc: PDFDocument, deck: Deck, outline: OutlineEntry[]): Promise<void> {
  const { PDFDict: Dict, PDFName } = await import('pdf-lib');
  const pages = doc.getPages();
  // A PDF printed in one piece has Chromium's own table (right for every link): only add to it.
  const kept = doc.catalog.lookupMaybe(PDFName.of('Dests'), Dict);
  const dests = kept ?? (doc.context.obj({}) as PDFDict);
  let at = 0;
  for (const entry of outline) {
    while (at < deck.sections.length && deck.sections[at]!.title !== entry.title) at++;
    const section = deck.sections[at++];
    const page = pages[entry.page];
    const name = section && PDFName.of(`lectern-slide-${section.firstSlide + 1}`);
    if (name && page && !dests.has(name)) dests.set(name, doc.context.obj([page.ref, PDFName.of('Fit')]));
  }
  if (!kept && dests.keys().length) doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests));
}
