/**
 * What a slide is for, which decides its vertical layout: content slides keep their title in one
 * band at the top (so titles do not jump from slide to slide); title, section, closing and `lead`
 * slides are centred. Decided from the slide's HTML and its place in the deck, nothing else.
 */
export type SlideKind = 'title' | 'section' | 'closing' | 'lead' | 'content';

/** Kinds on which the slide number is not shown (they are not "pages" of the talk). */
export const UNNUMBERED_KINDS: readonly SlideKind[] = ['title', 'closing'];

const LEAD = /<[a-z][^>]*\bclass\s*=\s*["'][^"']*\blead\b/i;
const FIRST_TAG = /^\s*(?:<!--[\s\S]*?-->\s*)*<([a-z][a-z0-9]*)\b/i;
const BLOCKS = /<(?:h[1-6]|p|ul|ol|pre|table|blockquote|div|img|figure)\b/gi;

/**
 * The kind of slide `index` of `count` in a deck, from its HTML: a `lead` block anywhere makes a
 * lead slide (the first and last become title and closing); a slide that opens with an `h1` and
 * has at most one more block is a title (first), closing (last) or section slide.
 */
export function slideKind(html: string, index: number, count: number): SlideKind {
  const first = FIRST_TAG.exec(html)?.[1]?.toLowerCase();
  const blocks = (html.match(BLOCKS) ?? []).length;
  const lead = LEAD.test(html);
  const headline = first === 'h1' && blocks <= 3;
  if (!lead && !headline) return 'content';
  if (index === 0) return 'title';
  if (index === count - 1 && count > 1) return 'closing';
  return lead ? 'lead' : 'section';
}
