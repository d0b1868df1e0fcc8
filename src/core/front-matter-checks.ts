import { diagnostic } from './diagnostic-text';
import { FOREIGN_FRONT_MATTER_KEYS, FRONT_MATTER_KEYS } from './deck-config';
import type { Diagnostic } from './types';

/** Reads a yes/no front-matter key (`hidden`, `print-steps`), reporting other values at their line. */
export function readFlag(data: Record<string, unknown>, key: string, file: string, lines: Record<string, number>, diagnostics: Diagnostic[]): boolean {
  const v = data[key];
  if (v === undefined || v === null || typeof v === 'boolean') return v === true;
  diagnostics.push(diagnostic({ severity: 'warning', code: 'front-matter-flag', file, line: lines[key], params: { key, value: String(v) } }));
  return false;
}

/**
 * Whether a block between a file's first two `---` lines is settings: empty, or naming at least
 * one key Lectern, Marp or reveal-md knows (also when it does not parse, judged by its first key).
 */
export function looksLikeFrontMatter(yaml: string, data: Record<string, unknown>, errors: Diagnostic[]): boolean {
  const known = (key: string): boolean => (FRONT_MATTER_KEYS as readonly string[]).includes(key) || FOREIGN_FRONT_MATTER_KEYS.includes(key);
  if (yaml.trim() === '') return true;
  if (errors.length) return known(/^\s*([\w-]+)\s*:/.exec(yaml.split('\n').find((l) => l.trim()) ?? '')?.[1] ?? '');
  return Object.keys(data).some(known);
}

/** 0-based line offset of the first occurrence of `needle` in `text` (0 when absent). */
export function lineOf(text: string, needle: string): number {
  const at = needle ? text.indexOf(needle) : -1;
  return at < 0 ? 0 : text.slice(0, at).split('\n').length - 1;
}
