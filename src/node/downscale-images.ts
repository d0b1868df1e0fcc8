import { chromiumArgs } from './find-browser';
import { parseImageHeader } from './image-header';
import type { InlineImage } from './inline-images';

// Browser globals used inside page.evaluate (this Node module has no DOM types).
declare function createImageBitmap(image: Blob, options: { resizeWidth: number; resizeHeight: number; resizeQuality: 'high' }): Promise<unknown>;
declare class OffscreenCanvas {
  constructor(width: number, height: number);
  getContext(kind: '2d'): { drawImage(image: unknown, x: number, y: number): void } | null;
  convertToBlob(options: { type: string; quality: number }): Promise<Blob>;
}

/**
 * No image is shown larger than the 1280x720 slide; twice that keeps it sharp on HiDPI screens
 * and 4K projectors. Larger images are scaled down to fit this box before they are inlined.
 */
const MAX_INLINE_BOX = { width: 2560, height: 1440 };

/** What downscaling did, for the export's report. */
export interface DownscaleResult {
  resized: number;
  savedBytes: number;
  /** Set when images over the box were kept as they are, and why. */
  note?: string;
}

/** The size an image of `width` x `height` is inlined at, or null when it already fits. */
function targetSize(width: number, height: number): { width: number; height: number } | null {
  const scale = Math.min(MAX_INLINE_BOX.width / width, MAX_INLINE_BOX.height / height);
  return scale < 1 ? { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) } : null;
}

/**
 * Scales the images that exceed MAX_INLINE_BOX down, in place, with the system Chromium's
 * decoders and encoders (the same browser PDF export uses; nothing is installed for this). GIFs
 * are kept (they may be animated), and so is any result that is not smaller than the original.
 */
export async function downscaleImages(images: Iterable<InlineImage>, browserPath: string | null): Promise<DownscaleResult> {
  const work = [...images].flatMap((img) => {
    if (img.format === 'gif') return [];
    const header = parseImageHeader(img.bytes, img.format);
    const size = 'width' in header ? targetSize(header.width, header.height) : null;
    return size ? [{ img, size }] : [];
  });
  const result: DownscaleResult = { resized: 0, savedBytes: 0 };
  if (!work.length) return result;
  if (!browserPath)
    return {
      ...result,
      note: `${work.length} image(s) larger than ${MAX_INLINE_BOX.width}x${MAX_INLINE_BOX.height} were inlined at full size: no Chromium, Chrome or Edge was found to scale them down`,
    };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: browserPath, args: chromiumArgs(), headless: true });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // Nothing leaves the machine: the page only decodes and encodes the bytes it is handed.
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
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
        result.savedBytes += img.bytes.length - smaller.length;
        img.bytes = smaller;
      }
    }
  } finally {
    await browser.close();
  }
  return result;
}
