import { chromiumArgs } from './find-browser';
import { parseImageHeader } from './image-header';
import type { InlineImage } from './inline-images';
import { imageKey, measureShownImages, type ShownSize } from './measure-images';

// Browser globals used inside page.evaluate (this Node module has no DOM types).
declare function createImageBitmap(image: Blob, options: { resizeWidth: number; resizeHeight: number; resizeQuality: 'high' }): Promise<unknown>;
declare class OffscreenCanvas {
  constructor(width: number, height: number);
  getContext(kind: '2d'): { drawImage(image: unknown, x: number, y: number): void } | null;
  convertToBlob(options: { type: string; quality: number }): Promise<Blob>;
}

/** No image is shown larger than the 1280x720 slide; twice that keeps it sharp on HiDPI screens and 4K projectors. */
const MAX_INLINE_BOX = { width: 2560, height: 1440 };

/** What downscaling did, for the export's report. */
export interface DownscaleResult {
  resized: number;
  /** Set when images over the box were kept as they are, and why. */
  note?: string;
}

/**
 * The size an image of `width` x `height` is inlined at, or null when it is kept as it is: twice
 * the largest size the slides show it at (sharp on HiDPI screens and 4K projectors), never more
 * than twice the slide, never larger than the original. Unmeasured images (shown only in notes,
 * or no browser to measure) are fitted to twice the slide.
 * @internal
 */
export function targetSize(width: number, height: number, shown?: ShownSize): { width: number; height: number } | null {
  const byBox = Math.min(MAX_INLINE_BOX.width / width, MAX_INLINE_BOX.height / height);
  const byShown = shown ? 2 * Math.max(shown.width / width, shown.height / height) : Infinity;
  const scale = Math.min(byBox, byShown);
  // Less than a tenth smaller is not worth a re-encode.
  return scale < 0.9 ? { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) } : null;
}

/** The exported page with the images at full size, and the slides that show images: measured first. */
export interface MeasureRequest {
  html: string;
  slides: number[];
}

/**
 * Scales images down, in place, to the size the slides show them at (measured in the player
 * itself, see measure-images.ts), with the system Chromium's decoders and encoders (the same
 * browser PDF export uses; nothing is installed for this). GIFs are kept (they may be animated),
 * and so is any result that is not smaller than the original.
 */
export async function downscaleImages(images: Iterable<InlineImage>, browserPath: string | null, measure?: MeasureRequest): Promise<DownscaleResult> {
  const candidates = [...images].flatMap((img) => {
    if (img.format === 'gif') return [];
    const header = parseImageHeader(img.bytes, img.format);
    return 'width' in header ? [{ img, header, key: measure ? imageKey(img) : '' }] : [];
  });
  const result: DownscaleResult = { resized: 0 };
  if (!candidates.length) return result;
  if (!browserPath) {
    const over = candidates.filter((c) => targetSize(c.header.width, c.header.height)).length;
    if (!over) return result;
    return {
      ...result,
      note: `${over} image(s) larger than ${MAX_INLINE_BOX.width}x${MAX_INLINE_BOX.height} were inlined at full size: no Chromium, Chrome or Edge was found to scale them down`,
    };
  }
  if (!measure && !candidates.some((c) => targetSize(c.header.width, c.header.height))) return result;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: browserPath, args: chromiumArgs(), headless: true });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // Nothing leaves the machine: the page only decodes and encodes the bytes it is handed.
    let allowed = '';
    await context.route('**/*', (route) => (route.request().url().split('#')[0] === allowed ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    const shown = measure ? await measureShownImages(page, measure.html, measure.slides, (url) => (allowed = url)) : new Map<string, ShownSize>();
    await page.goto('about:blank');
    const work = candidates.flatMap(({ img, header, key }) => {
      const size = targetSize(header.width, header.height, shown.get(key));
      return size ? [{ img, size }] : [];
    });
    for (const { img, size } of work) {
      const type = img.format === 'jpeg' ? 'image/jpeg' : img.format === 'webp' ? 'image/webp' : 'image/png';
      const out = await page
        .evaluate(
          async ({ b64, type, width, height }) => {
            const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
            const bitmap = await createImageBitmap(new Blob([bytes], { type }), { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
            const canvas = new OffscreenCanvas(width, height);
            canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
            const blob = await canvas.convertToBlob({ type, quality: 0.9 });
            const buf = new Uint8Array(await blob.arrayBuffer());
            let s = '';
            for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
            return blob.type === type ? btoa(s) : null;
          },
          { b64: img.bytes.toString('base64'), type, ...size },
        )
        .catch(() => null);
      const smaller = out ? Buffer.from(out, 'base64') : null;
      if (smaller && smaller.length < img.bytes.length) {
        result.resized++;
        img.bytes = smaller;
      }
    }
  } finally {
    await browser.close();
  }
  return result;
}
