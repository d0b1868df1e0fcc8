import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImageFile, parseImageHeader, rasterFormatOf, sniffRasterFormat } from './image-header';
import { CORRUPT_PNG, jpegBomb, pngBomb, TINY_IMAGES } from '../../test/support/images';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();

describe('parseImageHeader', () => {
  it('reads the size of real PNG, JPEG, GIF and WebP (lossy and lossless) files', () => {
    expect(parseImageHeader(TINY_IMAGES.png, 'png')).toEqual({ format: 'png', width: 7, height: 5 });
    expect(parseImageHeader(TINY_IMAGES.jpeg, 'jpeg')).toEqual({ format: 'jpeg', width: 7, height: 5 });
    expect(parseImageHeader(TINY_IMAGES.gif, 'gif')).toEqual({ format: 'gif', width: 7, height: 5 });
    expect(parseImageHeader(TINY_IMAGES.webpLossless, 'webp')).toEqual({ format: 'webp', width: 7, height: 5 });
    expect(parseImageHeader(TINY_IMAGES.webpLossy, 'webp')).toEqual({ format: 'webp', width: 7, height: 5 });
  });
  it('reads the declared size of bombs without decoding them', () => {
    expect(parseImageHeader(pngBomb(), 'png')).toEqual({ format: 'png', width: 50_000, height: 50_000 });
    expect(parseImageHeader(jpegBomb(), 'jpeg')).toEqual({ format: 'jpeg', width: 30_000, height: 30_000 });
  });
  it('says corrupt for wrong magic, truncation and zero sizes', () => {
    expect(parseImageHeader(CORRUPT_PNG, 'png')).toEqual({ format: 'png', corrupt: true });
    expect(parseImageHeader(TINY_IMAGES.png.subarray(0, 20), 'png')).toEqual({ format: 'png', corrupt: true });
    expect(parseImageHeader(TINY_IMAGES.jpeg.subarray(0, 30), 'jpeg')).toEqual({ format: 'jpeg', corrupt: true });
    expect(parseImageHeader(TINY_IMAGES.png, 'gif')).toEqual({ format: 'gif', corrupt: true });
    expect(parseImageHeader(pngBomb(0, 5), 'png')).toEqual({ format: 'png', corrupt: true });
  });
  it('knows raster formats by extension only', () => {
    expect([TINY_IMAGES.png, TINY_IMAGES.jpeg, TINY_IMAGES.gif, TINY_IMAGES.webpLossy, CORRUPT_PNG].map(sniffRasterFormat)).toEqual(['png', 'jpeg', 'gif', 'webp', null]);
    expect([rasterFormatOf('a.PNG'), rasterFormatOf('b.jpg'), rasterFormatOf('c.svg'), rasterFormatOf('d')]).toEqual(['png', 'jpeg', null, null]);
  });
});

describe('checkImageFile', () => {
  it('passes normal images and SVG, refuses bombs and corrupt files with a reason', async () => {
    const dir = await tempDir();
    const files = {
      'ok.png': TINY_IMAGES.png,
      'ok.webp': TINY_IMAGES.webpLossy,
      'pic.svg': Buffer.from('<svg/>'),
      'bomb.png': pngBomb(),
      'bomb.jpg': jpegBomb(),
      'bad.png': CORRUPT_PNG,
      'gif-named.png': TINY_IMAGES.gif,
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dir, name), bytes);
    const at = (name: string) => checkImageFile(path.join(dir, name));
    expect(await at('ok.png')).toBeNull();
    expect(await at('ok.webp')).toBeNull();
    expect(await at('pic.svg')).toBeNull();
    expect(await at('gif-named.png')).toBeNull();
    expect(await at('bomb.png')).toEqual({ code: 'image-too-large', params: { width: 50000, height: 50000, limit: 64 }, message: expect.stringContaining('50000 × 50000 pixels') });
    expect(await at('bomb.jpg')).toMatchObject({ code: 'image-too-large' });
    expect(await at('bad.png')).toEqual({ code: 'image-corrupt', params: { format: 'PNG' }, message: expect.stringContaining('not a readable PNG') });
  });
});
