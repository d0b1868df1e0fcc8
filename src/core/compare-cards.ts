import { subjectOfHeading, type CompareSubject } from './compare-config';
import { codeLines } from './split-slides';

/** Where the generated summary matrix goes: the HTML the marker line becomes before rendering. */
export const SUMMARY_SLOT = '<div class="cmp-summary-slot"></div>';

/** The marker line that asks for the summary matrix: `::: summary` alone on its line. */
const SUMMARY_MARKER = /^ {0,3}:::[ \t]*summary[ \t]*$/i;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/** Slides laid out by hand with the legacy classes (`<div class="columns">`) are left as written. */
const LEGACY = /class\s*=\s*["'][^"']*\bcol(?:umns)?\b/i;
/** Cards start at headings of level 3 and below: a level-1/2 heading is the slide's own title. */
const MIN_CARD_LEVEL = 3;

/** A heading right after a row of cards, at the cards' level, that names no declared subject. */
interface StrayHeading {
  text: string;
  /** 0-based line inside the slide body. */
  line: number;
}

/** A slide's Markdown with its comparison blocks wrapped as card rows, ready for rendering. */
export interface CompareBlocks {
  markdown: string;
  /** The slide holds the `::: summary` marker (replaced by SUMMARY_SLOT). */
  summarySlot: boolean;
  /** Subjects the slide's cards show, in order of appearance. */
  cards: string[];
  stray: StrayHeading[];
}

interface Heading {
  line: number;
  level: number;
  text: string;
}

/**
 * Lays out a slide's comparison blocks: a level-3+ heading naming a declared subject starts a
 * card that runs to the next heading of the same or a higher level; consecutive cards at one
 * level form a row of equal-height cards in the subjects' colours (docs/comparison-decks.md).
 */
export function wrapCompareBlocks(markdown: string, subjects: readonly CompareSubject[]): CompareBlocks {
  const lines = markdown.split('\n');
  const headings: Heading[] = [];
  const code = codeLines(lines);
  let summarySlot = false;
  lines.forEach((line, i) => {
    if (code[i]) return;
    if (SUMMARY_MARKER.test(line)) {
      lines[i] = `\n${SUMMARY_SLOT}\n`;
      summarySlot = true;
      return;
    }
    const h = HEADING.exec(line);
    // Heading text without inline Markdown emphasis or code marks.
    if (h) headings.push({ line: i, level: h[1]!.length, text: h[2]!.replace(/[*_`]/g, '').trim() });
  });
  const result: CompareBlocks = { markdown: lines.join('\n'), summarySlot, cards: [], stray: [] };
  if (!subjects.length || LEGACY.test(markdown)) return result;
  const before = new Map<number, string>();
  const after = new Map<number, string>();
  for (let i = 0; i < headings.length; i++) {
    const first = headings[i]!;
    if (first.level < MIN_CARD_LEVEL || !subjectOfHeading(first.text, subjects)) continue;
    const row: { start: Heading; subject: CompareSubject; end: number }[] = [];
    let j = i;
    while (j < headings.length) {
      const h = headings[j]!;
      const subject = h.level === first.level ? subjectOfHeading(h.text, subjects) : undefined;
      if (!subject) break;
      let k = j + 1;
      while (k < headings.length && headings[k]!.level > first.level) k++;
      row.push({ start: h, subject, end: k < headings.length ? headings[k]!.line : lines.length });
      j = k;
    }
    const next = headings[j];
    if (next && next.level === first.level) result.stray.push({ text: next.text, line: next.line });
    before.set(first.line, `<div class="cmp-row cmp-n${row.length}">\n`);
    for (const card of row) {
      before.set(card.start.line, `${before.get(card.start.line) ?? ''}\n<div class="cmp-card cmp-c-${card.subject.color}">\n\n`);
      after.set(card.end - 1, `${after.get(card.end - 1) ?? ''}\n\n</div>\n`);
      result.cards.push(card.subject.name);
    }
    const last = row[row.length - 1]!.end - 1;
    after.set(last, `${after.get(last)!}</div>\n\n`);
    i = j - 1;
  }
  if (!before.size) return result;
  result.markdown = lines.map((l, i) => `${before.get(i) ?? ''}${l}${after.get(i) ?? ''}`).join('\n');
  return result;
}
