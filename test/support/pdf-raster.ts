import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Rect } from '../../src/core/print-layout';

/** One page of a PDF rendered by poppler's pdftoppm to 8-bit gray pixels at 96 dpi (1 CSS px = 1 pixel). */
function rasterizePage(file: string, page: number): { width: number; height: number; pixels: Uint8Array } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-raster-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', '96', '-f', String(page), '-l', String(page), '-singlefile', file, path.join(dir, 'p')]);
    const data = readFileSync(path.join(dir, 'p.pgm'));
    // Binary PGM: "P5", width, height, maxval, one whitespace, then the pixels.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))!;
    return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Horizontal lines drawn inside a box of a page: runs of pixel rows where most of the box's
 * width is darker than the paper. Each ruled line counts once, however many pixels thick.
 */
export function countHorizontalLines(file: string, page: number, box: Rect): number {
  const { width, pixels } = rasterizePage(file, page);
  const x0 = Math.ceil(box.x) + 2;
  const x1 = Math.floor(box.x + box.width) - 2;
  let lines = 0;
  let inLine = false;
  for (let y = Math.ceil(box.y); y < Math.floor(box.y + box.height); y++) {
    let dark = 0;
    for (let x = x0; x < x1; x++) if (pixels[y * width + x]! < 225) dark++;
    const isLine = dark > 0.8 * (x1 - x0);
    if (isLine && !inLine) lines++;
    inLine = isLine;
  }
  return lines;
}
