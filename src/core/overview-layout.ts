/** Where the overview's tiles go: how many columns and how wide each tile is, in CSS px. */
export interface OverviewLayout {
  columns: number;
  tileWidth: number;
  /** False when even the smallest legible tiles do not all fit: the grid scrolls. */
  fits: boolean;
}

/** Spacing of the overview grid, CSS px. */
export const OVERVIEW_SPACING = { padding: 24, gap: 16, label: 30, minTile: 150 } as const;

/**
 * The largest 16:9 tiles for `count` slides (each with a number under it) that all fit in a
 * `width` x `height` viewport in a wrapped grid. When none fits at `minTile` px wide, the most
 * columns that keep tiles legible, and the grid scrolls.
 */
export function planOverview(count: number, width: number, height: number): OverviewLayout {
  const { padding, gap, label, minTile } = OVERVIEW_SPACING;
  const innerW = Math.max(1, width - 2 * padding);
  const innerH = Math.max(1, height - 2 * padding);
  const n = Math.max(1, count);
  let best: OverviewLayout | null = null;
  for (let columns = 1; columns <= n; columns++) {
    const rows = Math.ceil(n / columns);
    const byWidth = (innerW - (columns - 1) * gap) / columns;
    const byHeight = (((innerH - (rows - 1) * gap) / rows - label) * 16) / 9;
    const tileWidth = Math.floor(Math.min(byWidth, byHeight));
    if (!best || tileWidth > best.tileWidth) best = { columns, tileWidth, fits: true };
  }
  if (best && best.tileWidth >= minTile) return best;
  const columns = Math.max(1, Math.floor((innerW + gap) / (minTile + gap)));
  return { columns, tileWidth: Math.floor((innerW - (columns - 1) * gap) / columns), fits: false };
}
