import { execFileSync } from 'node:child_process';

/** A word of a PDF page as pdftotext -bbox reports it, in PDF points from the top-left corner. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of a PDF with its page size, read with poppler's `pdftotext -bbox`. */
export function pdfWords(file: string): { pages: { width: number; height: number }[]; words: PdfWord[] } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const pages: { width: number; height: number }[] = [];
  const words: PdfWord[] = [];
  const decode = (s: string): string =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&');
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else words.push({ page: pages.length, text: decode(m[7]!), xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
  }
  return { pages, words };
}

/**
 * Runs in the page: the pieces of text inside `root` (each text node's line boxes) that are not
 * entirely inside the viewport, the slide box `root`, and every ancestor up to it that clips
 * (`overflow` other than visible): text a viewer would not see. `only`: just the text inside
 * elements matching this selector. Returns them as short strings.
 */
export function clippedTextIn(root: Element, only?: string): string[] {
  const out: string[] = [];
  const inside = (r: DOMRect, box: DOMRect): boolean => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  const viewport = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || (only && !node.parentElement?.closest(only))) continue;
    const clips: DOMRect[] = [viewport, root.getBoundingClientRect()];
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
      if (getComputedStyle(el).overflowX !== 'visible' || getComputedStyle(el).overflowY !== 'visible') clips.push(el.getBoundingClientRect());
    }
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of Array.from(range.getClientRects())) {
      if (r.width === 0 && r.height === 0) continue;
      if (!clips.every((box) => inside(r, box))) out.push(`${node.textContent.trim().slice(0, 40)} @ ${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)}`);
    }
  }
  return out;
}
