import { diagnostic } from './diagnostic-text';
import { parseCompare } from './compare-config';
import { parseDuration } from './duration';
import type { DeckConfig, Diagnostic } from './types';
import { MARP_KEYS, REVEAL_KEYS, SLIDEV_KEYS, SPLIT_KEYS } from './split-rules';
import { parseYamlMap } from './yaml-map';

/** Defaults for every `deck.yaml` key; documented in docs/deck-format.md. */
const DEFAULT_CONFIG: DeckConfig = { title: '', author: '', date: '', lang: 'en', theme: 'light', order: [], duration: 0, compare: [], progress: false };

/** Name of the optional deck settings file. */
export const DECK_CONFIG_FILE = 'deck.yaml';

/** Keys a slide file's front matter may set. */
export const FRONT_MATTER_KEYS = ['title', 'duration', 'hidden', 'print-steps', 'summary'] as const;

/**
 * Front-matter keys of Marp, reveal-md and Slidev: a file that starts with them is a front-matter block
 * (reported as ignored), so decks from those tools open unchanged.
 */
export const FOREIGN_FRONT_MATTER_KEYS: readonly string[] = [
  ...MARP_KEYS,
  'css',
  'background',
  'src',
  'theme-config',
  'slideNumber',
  'controls',
  'progress',
  'center',
  'hash',
  'enableMenu',
  'enableChalkboard',
  ...SLIDEV_KEYS,
  ...REVEAL_KEYS,
];

/** Of those, the keys Lectern applies (the rest is reported once as "not applied", as info). */
export const APPLIED_FOREIGN_KEYS = new Set([
  ...SPLIT_KEYS,
  'marp',
  'theme',
  'paginate',
  'class',
  'header',
  'footer',
  'backgroundColor',
  'backgroundImage',
  'backgroundSize',
  'color',
  'math',
  'layout',
  'background',
  'image',
  'src',
  'lang',
  'author',
  'description',
  'style',
  'css',
]);

/** Reads a string setting, reporting a wrong type at its line. */
function readString(data: Record<string, unknown>, key: string, file: string, lines: Record<string, number>, diagnostics: Diagnostic[]): string | undefined {
  const v = data[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  diagnostics.push(diagnostic({ severity: 'warning', code: 'config-type', file, line: lines[key], params: { reason: 'text', key } }));
  return undefined;
}

/** Parses `deck.yaml` text into a config with defaults and the line of each key; every problem becomes a diagnostic. */
export function parseDeckConfig(text: string | null, diagnostics: Diagnostic[], file = DECK_CONFIG_FILE): { config: DeckConfig; lines: Record<string, number>; data: Record<string, unknown> } {
  const config: DeckConfig = { ...DEFAULT_CONFIG, order: [], compare: [] };
  if (text === null) return { config, lines: {}, data: {} };
  const { data, lines } = parseYamlMap(text, file, 0, diagnostics);
  for (const key of Object.keys(data)) {
    // Separator settings (reveal.js's data-separator attributes, Marp's headingDivider) apply to every file.
    if ((SPLIT_KEYS as readonly string[]).includes(key)) continue;
    if (!(key in DEFAULT_CONFIG))
      diagnostics.push(diagnostic({ severity: 'warning', code: 'config-unknown-key', file, line: lines[key], params: { key, known: Object.keys(DEFAULT_CONFIG).join(', ') } }));
  }
  for (const key of ['title', 'author', 'date', 'lang'] as const) {
    const v = readString(data, key, file, lines, diagnostics);
    if (v !== undefined) config[key] = v;
  }
  const theme = readString(data, 'theme', file, lines, diagnostics);
  if (theme === 'light' || theme === 'dark') config.theme = theme;
  else if (theme !== undefined) diagnostics.push(diagnostic({ severity: 'warning', code: 'config-theme', file, line: lines.theme, params: { value: theme } }));
  if (data.order !== undefined) {
    if (Array.isArray(data.order) && data.order.every((x) => typeof x === 'string')) config.order = data.order as string[];
    else diagnostics.push(diagnostic({ severity: 'warning', code: 'config-type', file, line: lines.order, params: { reason: 'list', key: 'order' } }));
  }
  if (data.duration !== undefined) {
    const d = parseDuration(data.duration);
    if (d === null) diagnostics.push(diagnostic({ severity: 'warning', code: 'config-duration', file, line: lines.duration, params: { value: String(data.duration) } }));
    else config.duration = d;
  }
  if (data.compare !== undefined && data.compare !== null) config.compare = parseCompare(data.compare, file, lines.compare, diagnostics);
  if (data.progress !== undefined) {
    if (typeof data.progress === 'boolean') config.progress = data.progress;
    else diagnostics.push(diagnostic({ severity: 'warning', code: 'config-type', file, line: lines.progress, params: { reason: 'flag', key: 'progress' } }));
  }
  return { config, lines, data };
}
