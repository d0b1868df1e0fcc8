import { diagnostic } from './diagnostic-text';
import type { Diagnostic } from './types';

/** One subject of a comparison deck (`compare:` in deck.yaml), with its card colour. */
export interface CompareSubject {
  name: string;
  /** A name from COMPARE_COLORS; the CSS class of its cards is `cmp-c-<color>`. */
  color: string;
}

/**
 * Card colours a deck may name. A fixed palette, not free CSS: each one is tuned for contrast on
 * the light and the dark theme and on a washed-out projector, and deck HTML may carry no styles.
 */
const COMPARE_COLORS = ['slate', 'green', 'blue', 'teal', 'orange', 'red', 'purple', 'gold'] as const;

/** Colours given, in order, to subjects that name none. */
const DEFAULT_ORDER = ['blue', 'green', 'orange', 'purple'];

/** A comparison has 2 to 4 subjects: more no longer fit side by side on a 16:9 slide. */
const MAX_SUBJECTS = 4;

/**
 * Reads deck.yaml's `compare` value: a list of names (`[Flask, Django]`), a list mixing names and
 * one-key maps (`- Flask: slate`), or a map of name to colour. Problems become diagnostics at `line`.
 */
export function parseCompare(value: unknown, file: string, line: number | undefined, diagnostics: Diagnostic[]): CompareSubject[] {
  const warn = (params: Record<string, string | number>): void => {
    diagnostics.push(diagnostic({ severity: 'warning', code: 'compare-config', file, line, params }));
  };
  const entries: [string, unknown][] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'string' || typeof item === 'number') entries.push([String(item), undefined]);
      else if (item && typeof item === 'object' && Object.keys(item).length === 1) entries.push(Object.entries(item)[0]!);
      else {
        warn({ reason: 'entry' });
        return [];
      }
    }
  } else if (value && typeof value === 'object') entries.push(...Object.entries(value));
  else {
    warn({ reason: 'list' });
    return [];
  }
  const subjects: CompareSubject[] = [];
  for (const [rawName, rawColor] of entries) {
    const name = rawName.trim();
    if (!name) continue;
    if (subjects.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      warn({ reason: 'twice', name });
      continue;
    }
    let color = DEFAULT_ORDER.find((c) => !subjects.some((s) => s.color === c)) ?? 'slate';
    if (rawColor !== undefined && rawColor !== null) {
      const wanted = String(rawColor).trim().toLowerCase();
      if ((COMPARE_COLORS as readonly string[]).includes(wanted)) color = wanted;
      else warn({ reason: 'colour', colour: String(rawColor), name, colours: COMPARE_COLORS.join(', ') });
    }
    subjects.push({ name, color });
  }
  if (subjects.length === 1) {
    warn({ reason: 'too-few' });
    return [];
  }
  if (subjects.length > MAX_SUBJECTS) {
    warn({ reason: 'too-many', count: subjects.length, max: MAX_SUBJECTS });
    return subjects.slice(0, MAX_SUBJECTS);
  }
  return subjects;
}

/** The declared subject a heading names: its text is the name, or starts with it and a non-letter (`Flask: one file`, `Flask-Admin`). */
export function subjectOfHeading(text: string, subjects: readonly CompareSubject[]): CompareSubject | undefined {
  const t = text.trim().toLowerCase();
  let best: CompareSubject | undefined;
  for (const s of subjects) {
    const n = s.name.toLowerCase();
    if (t === n || (t.startsWith(n) && !/[\p{L}\p{N}_]/u.test(t[n.length]!))) {
      if (!best || n.length > best.name.length) best = s;
    }
  }
  return best;
}
