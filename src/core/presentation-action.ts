import type { PresentationAction, ScreenMode } from './presentation';

const MOVES = new Set(['next', 'prev', 'first', 'last', 'nextSlide', 'prevSlide']);
const SCREENS = new Set<ScreenMode>(['normal', 'black', 'white']);
const CLOCK_OPS = new Set(['start', 'pause', 'resume', 'toggle', 'reset']);

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e7;

/**
 * Checks an action that arrived from a view (over HTTP or IPC, so untrusted) and returns a clean
 * copy, or null. `deckChanged` is host-only and never accepted from a view.
 */
export function parsePresentationAction(input: unknown): PresentationAction | null {
  if (!input || typeof input !== 'object') return null;
  const a = input as Record<string, unknown>;
  const type = a.type;
  if (typeof type !== 'string') return null;
  if (MOVES.has(type)) return { type } as PresentationAction;
  switch (type) {
    case 'goto':
      if (!isIndex(a.slide) || (a.step !== undefined && !isIndex(a.step))) return null;
      return a.step === undefined ? { type, slide: a.slide } : { type, slide: a.slide, step: a.step };
    case 'overview':
    case 'freeze':
      if (a.on !== undefined && typeof a.on !== 'boolean') return null;
      return a.on === undefined ? { type } : { type, on: a.on };
    case 'screen':
      return SCREENS.has(a.mode as ScreenMode) ? { type, mode: a.mode as ScreenMode } : null;
    case 'toggleScreen':
      return a.mode === 'black' || a.mode === 'white' ? { type, mode: a.mode } : null;
    case 'clock':
      return CLOCK_OPS.has(a.op as string) ? { type, op: a.op as 'start' } : null;
    case 'setEnd':
      if (a.at === null) return { type, at: null };
      return typeof a.at === 'number' && Number.isFinite(a.at) && a.at > 0 ? { type, at: a.at } : null;
    case 'rehearsal':
      return typeof a.on === 'boolean' ? { type, on: a.on } : null;
    default:
      return null;
  }
}
