import type { OptionProblem } from './print-option-text';

/** A parsed `--range`: the 0-based slide indices it selects, in deck order, or why it is wrong (English text, and a code for other languages). */
export type RangeResult = { ok: true; slides: number[] } | { ok: false; error: string; problem: OptionProblem };

/**
 * Parses a slide range such as `3-7,12` against a deck of `slideCount` slides. Numbers are the
 * 1-based slide numbers `lectern check` prints; `5-` means 5 to the end. Overlaps are merged,
 * the result is in deck order.
 */
export function parseSlideRange(text: string, slideCount: number): RangeResult {
  const spec = text.trim();
  if (!spec) return { ok: false, error: 'the range is empty; write e.g. 3-7,12', problem: { code: 'range-empty' } };
  const picked = new Set<number>();
  for (const raw of spec.split(',')) {
    const part = raw.trim();
    const m = /^(\d+)(?:\s*-\s*(\d*))?$/.exec(part);
    if (!m) return { ok: false, error: `\`${part || raw}\` is not a slide number or range; write e.g. 3-7,12`, problem: { code: 'range-syntax', params: { part: part || raw } } };
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : m[2] === '' ? slideCount : Number(m[2]);
    if (from < 1) return { ok: false, error: `slide numbers start at 1, not ${from}`, problem: { code: 'range-start', params: { from } } };
    if (to < from) return { ok: false, error: `\`${part}\` runs backwards; write ${to}-${from}`, problem: { code: 'range-backwards', params: { part, from, to } } };
    if (from > slideCount || to > slideCount) {
      return {
        ok: false,
        error: `\`${part}\` is past the end: the deck has ${slideCount} slide${slideCount === 1 ? '' : 's'}`,
        problem: { code: 'range-past-end', params: { part, count: slideCount } },
      };
    }
    for (let n = from; n <= to; n++) picked.add(n - 1);
  }
  return { ok: true, slides: [...picked].sort((a, b) => a - b) };
}
