/**
 * Which slides the audience view keeps in reveal.js's DOM. reveal.js touches every section on
 * every move (classes, attributes, a style recalculation of each), so a 500-slide deck cost
 * 50 ms per key press and a 10,000-slide deck seconds to open. Only a window around the current
 * slide is mounted; it moves in steps, so most key presses do not change the DOM at all.
 */

/** Mounted slides `start`..`end` (exclusive) of the deck. */
export interface SlideRange {
  start: number;
  end: number;
}

/** Slides mounted on each side of the current one after a recentre. @internal */
export const WINDOW_RADIUS = 12;
/**
 * Slides that must stay mounted beside the current one. reveal.js shows 3 neighbours while
 * presenting (`viewDistance`) and 10 in the overview, so the window recentres before a slide
 * that should be visible falls off its edge.
 */
export const WINDOW_MARGIN = { present: 4, overview: 10 } as const;

/**
 * The window to mount for showing slide `current` of `total`: the mounted one when it still
 * keeps `margin` slides on each side of `current` (or reaches the deck's end), otherwise one
 * centred on `current`, shifted inward at the deck's ends.
 */
export function planSlideWindow(mounted: SlideRange, current: number, total: number, margin: number): SlideRange {
  if (total <= 0) return { start: 0, end: 0 };
  const at = Math.min(Math.max(0, current), total - 1);
  const size = Math.min(total, 2 * Math.max(WINDOW_RADIUS, margin) + 1);
  const end = Math.min(mounted.end, total);
  const enoughBefore = at - mounted.start >= margin || mounted.start === 0;
  const enoughAfter = end - 1 - at >= margin || end === total;
  // A deck that grew (or a first mount) needs a full window even when the current slide fits.
  const full = end - mounted.start === size;
  if (full && at >= mounted.start && at < end && enoughBefore && enoughAfter) return { start: mounted.start, end };
  const start = Math.min(Math.max(0, at - Math.floor(size / 2)), total - size);
  return { start, end: start + size };
}
