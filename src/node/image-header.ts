import { withRegularFile } from './safe-read';

/**
 * Image sizes from file headers, never by decoding: a "decompression bomb" (a few KB of PNG that
 * decodes to 50,000 × 50,000 pixels, 10 GB of memory) is refused before any view sees it.
 */

/** Images with more pixels than this are not shown: 64 MP is far beyond any projector. */
const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;
/** Bytes read from the start of a file: enough for every header, and for JPEG's EXIF before SOF. */
const HEADER_BYTES = 256 * 1024;

/** What the header says: the format and its pixel size, or that it is not a valid image of its kind. */
export type ImageHeader = { format: 'png' | 'jpeg' | 'gif' | 'webp'; width: number; height: number } | { format: 'png' | 'jpeg' | 'gif' | 'webp'; corrupt: true };

const FORMAT_BY_EXT: Record<string, 'png' | 'jpeg' | 'gif' | 'webp'> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', gif: 'gif', webp: 'webp' };

/** The raster format a file name promises, or null (SVG and others are not checked here). @internal */
export function rasterFormatOf(name: string): 'png' | 'jpeg' | 'gif' | 'webp' | null {
  return FORMAT_BY_EXT[/\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''] ?? null;
}

/** The raster format the bytes start with, or null. */
export function sniffRasterFormat(b: Uint8Array): 'png' | 'jpeg' | 'gif' | 'webp' | null {
  const ascii = String.fromCharCode(...b.subarray(0, 12));
  if (ascii.startsWith('\x89PNG')) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8) return 'jpeg';
  if (ascii.startsWith('GIF8')) return 'gif';
  if (ascii.startsWith('RIFF') && ascii.slice(8) === 'WEBP') return 'webp';
  return null;
}

/** Reads the pixel size from PNG, JPEG, GIF or WebP header bytes. */
export function parseImageHeader(b: Uint8Array, format: 'png' | 'jpeg' | 'gif' | 'webp'): ImageHeader {
  const corrupt = { format, corrupt: true } as const;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const ascii = (at: number, len: number): string => String.fromCharCode(...b.subarray(at, at + len));
  const size = (width: number, height: number): ImageHeader => (width > 0 && height > 0 ? { format, width, height } : corrupt);
  if (format === 'png') {
    if (b.length < 24 || view.getUint32(0) !== 0x89504e47 || ascii(12, 4) !== 'IHDR') return corrupt;
    return size(view.getUint32(16), view.getUint32(20));
  }
  if (format === 'gif') {
    if (b.length < 10 || !/^GIF8[79]a$/.test(ascii(0, 6))) return corrupt;
    return size(view.getUint16(6, true), view.getUint16(8, true));
  }
  if (format === 'webp') {
    if (b.length < 32 || ascii(0, 4) !== 'RIFF' || ascii(8, 4) !== 'WEBP') return corrupt;
    const chunk = ascii(12, 4);
    if (chunk === 'VP8X') return size(1 + (view.getUint32(24, true) & 0xffffff), 1 + (view.getUint32(27, true) & 0xffffff));
    if (chunk === 'VP8L') {
      const bits = view.getUint32(21, true);
      return size(1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff));
    }
    if (chunk === 'VP8 ') return size(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
    return corrupt;
  }
  // JPEG: walk the segments to the first start-of-frame marker (C0–CF except C4, C8, CC).
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return corrupt;
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return corrupt;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return size(view.getUint16(at + 7), view.getUint16(at + 5));
    at += 2 + view.getUint16(at + 2);
  }
  return corrupt;
}

/** Why an image is not shown: a code for diagnostics and a sentence that follows its file name. */
export interface ImageProblem {
  code: 'image-corrupt' | 'image-too-large';
  params: Record<string, string | number>;
  message: string;
}

const checked = new Map<string, ImageProblem | null>();

/**
 * Why a deck image must not be shown, or null when it may: a raster file whose header is broken,
 * or whose pixel count would exhaust memory when decoded. Other files (SVG, text) give null.
 * Pass the file's modification stamp to reuse the answer while the file is unchanged.
 */
export async function checkImageFile(file: string, stamp?: number): Promise<ImageProblem | null> {
  const format = rasterFormatOf(file);
  if (!format) return null;
  const key = `${file}\0${stamp}`;
  if (stamp !== undefined && checked.has(key)) return checked.get(key)!;
  const problem = await readAndCheck(file, format);
  // Reloads ask again for every image: remember answers per file version (bounded).
  if (stamp !== undefined) {
    if (checked.size > 2000) checked.clear();
    checked.set(key, problem);
  }
  return problem;
}

async function readAndCheck(file: string, format: 'png' | 'jpeg' | 'gif' | 'webp'): Promise<ImageProblem | null> {
  // Non-blocking and regular files only: a FIFO named `x.png` would hang the file thread pool.
  const head = await withRegularFile(file, async (handle) => {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  });
  // Browsers sniff the bytes, not the name: a GIF saved as .png is shown, so check what it is.
  const header = parseImageHeader(head, sniffRasterFormat(head) ?? format);
  if ('corrupt' in header)
    return { code: 'image-corrupt', params: { format: format.toUpperCase() }, message: `is not a readable ${format.toUpperCase()} image (damaged or misnamed); it is not shown` };
  if (header.width * header.height > MAX_IMAGE_PIXELS) {
    return {
      code: 'image-too-large',
      params: { width: header.width, height: header.height, limit: MAX_IMAGE_PIXELS / 1048576 },
      message: `is ${header.width} × ${header.height} pixels; images over ${MAX_IMAGE_PIXELS / 1048576} megapixels are not shown (decoding it could exhaust memory)`,
    };
  }
  return null;
}
