/** The PDF layouts Lectern prints (CLI `--layout`, the Export dialog). */
export const PRINT_LAYOUTS = ['slides', 'notes', 'handout-2', 'handout-3', 'handout-4', 'handout-6'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

/** Paper sizes of the notes and handout layouts. */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** A rectangle in CSS pixels (96 per inch) from the page's top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Slide size in CSS pixels (16:9); pages of the `slides` layout have exactly this size. */
export const SLIDE_BOX = { width: 1280, height: 720 } as const;

/** Portrait paper in CSS pixels: A4 is 210x297 mm, Letter 8.5x11 in. @internal */
export const PAPER_SIZE: Record<Paper, { width: number; height: number }> = {
  a4: { width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 },
  letter: { width: 8.5 * 96, height: 11 * 96 },
};

/** Page margin, header/footer band height and the gap between slots, in CSS pixels. */
const PAPER_MARGIN = 44;
const BAND_HEIGHT = 22;
const SLOT_GAP = 22;
/** Distance between the ruled lines of `handout-3`. */
export const RULE_SPACING = 26;

/** Where one slide goes on a page, and the box beside or below it (notes or ruled lines). */
export interface SlotGeometry {
  frame: Rect;
  aside: Rect | null;
}

/** The grid of each paper layout: columns, rows, and where the aside box sits. */
const GRIDS: Record<Exclude<PrintLayout, 'slides'>, { cols: number; rows: number; aside: 'below' | 'right'; slideShare: number }> = {
  notes: { cols: 1, rows: 1, aside: 'below', slideShare: 1 },
  'handout-2': { cols: 1, rows: 2, aside: 'below', slideShare: 0.86 },
  'handout-3': { cols: 1, rows: 3, aside: 'right', slideShare: 0.56 },
  'handout-4': { cols: 2, rows: 2, aside: 'below', slideShare: 1 },
  'handout-6': { cols: 2, rows: 3, aside: 'below', slideShare: 1 },
};

/** Slides per page of a layout. */
export function slotsPerPage(layout: PrintLayout): number {
  return layout === 'slides' ? 1 : GRIDS[layout].cols * GRIDS[layout].rows;
}

/** Page size of a layout in CSS pixels. */
export function pageSize(layout: PrintLayout, paper: Paper): { width: number; height: number } {
  return layout === 'slides' ? { ...SLIDE_BOX } : { ...PAPER_SIZE[paper] };
}

/** The area between the header and footer bands of a paper page. */
export function contentBox(paper: Paper): Rect {
  const { width, height } = PAPER_SIZE[paper];
  const top = PAPER_MARGIN + BAND_HEIGHT + SLOT_GAP / 2;
  return { x: PAPER_MARGIN, y: top, width: width - 2 * PAPER_MARGIN, height: height - 2 * top };
}

/** The header and footer bands of a paper page. */
export function bands(paper: Paper): { header: Rect; footer: Rect } {
  const { width, height } = PAPER_SIZE[paper];
  const w = width - 2 * PAPER_MARGIN;
  return {
    header: { x: PAPER_MARGIN, y: PAPER_MARGIN, width: w, height: BAND_HEIGHT },
    footer: { x: PAPER_MARGIN, y: height - PAPER_MARGIN - BAND_HEIGHT, width: w, height: BAND_HEIGHT },
  };
}

/**
 * The slots of one page, in reading order (left to right, then down). Slides keep 16:9; the
 * aside takes what is left of the cell below or to the right of the slide.
 */
export function slotGeometry(layout: PrintLayout, paper: Paper): SlotGeometry[] {
  if (layout === 'slides') return [{ frame: { x: 0, y: 0, ...SLIDE_BOX }, aside: null }];
  const grid = GRIDS[layout];
  const box = contentBox(paper);
  const cellW = (box.width - SLOT_GAP * (grid.cols - 1)) / grid.cols;
  const cellH = (box.height - SLOT_GAP * (grid.rows - 1)) / grid.rows;
  const ratio = SLIDE_BOX.height / SLIDE_BOX.width;
  const slots: SlotGeometry[] = [];
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      const x = box.x + c * (cellW + SLOT_GAP);
      const y = box.y + r * (cellH + SLOT_GAP);
      let fw = cellW * grid.slideShare;
      if (grid.aside === 'right') fw = Math.min(fw, cellH / ratio);
      const fh = fw * ratio;
      // A slide narrower than its cell (handout-2) is centred over its notes box.
      const frame = { x: grid.aside === 'below' ? x + (cellW - fw) / 2 : x, y, width: fw, height: fh };
      const aside = grid.aside === 'right' ? { x: x + fw + SLOT_GAP, y, width: cellW - fw - SLOT_GAP, height: fh } : { x, y: y + fh + SLOT_GAP / 2, width: cellW, height: cellH - fh - SLOT_GAP / 2 };
      slots.push({ frame, aside: aside.width > 0 && aside.height > 0 ? aside : null });
    }
  }
  return slots;
}

/**
 * The empty part of a page holding `used` of its slots (the last handout page): the empty cells
 * of a partly filled row, and the empty rows below it as one area, to be ruled for handwriting.
 */
export function freeAreas(layout: PrintLayout, paper: Paper, used: number): Rect[] {
  if (layout === 'slides' || used >= slotsPerPage(layout)) return [];
  const { cols } = GRIDS[layout];
  const cell = (s: SlotGeometry): Rect => {
    const parts = [s.frame, ...(s.aside ? [s.aside] : [])];
    const x = Math.min(...parts.map((r) => r.x));
    const y = Math.min(...parts.map((r) => r.y));
    return { x, y, width: Math.max(...parts.map((r) => r.x + r.width)) - x, height: Math.max(...parts.map((r) => r.y + r.height)) - y };
  };
  const slots = slotGeometry(layout, paper).map(cell);
  const areas: Rect[] = [];
  const firstEmptyRow = Math.ceil(used / cols);
  for (let i = used; i < firstEmptyRow * cols; i++) areas.push(slots[i]!);
  const rest = slots.slice(firstEmptyRow * cols);
  if (rest.length) {
    const box = contentBox(paper);
    const y = rest[0]!.y;
    areas.push({ x: box.x, y, width: box.width, height: Math.max(...rest.map((r) => r.y + r.height)) - y });
  }
  return areas;
}
