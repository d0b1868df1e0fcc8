/** Tiny real images (7 × 5 red, made by ImageMagick) and crafted hostile ones, for tests and the corpus. */

/** Valid 7 × 5 images in every raster format Lectern checks. */
export const TINY_IMAGES = {
  png: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAcAAAAFAQMAAACzVGSbAAAAA1BMVEX/AAAZ4gk3AAAAC0lEQVQI12NggAEAAAoAAef42voAAAAASUVORK5CYII=', 'base64'),
  jpeg: Buffer.from(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAAFAAcDAREAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAACP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAVAQEBAAAAAAAAAAAAAAAAAAAHCf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/ADoDFU3/2Q==',
    'base64',
  ),
  gif: Buffer.from('R0lGODlhBwAFAPAAAP8AAAAAACH5BAAAAAAALAAAAAAHAAUAAAIFhI+puwUAOw==', 'base64'),
  webpLossless: Buffer.from('UklGRhwAAABXRUJQVlA4TA8AAAAvBgABAAcQ/Y/+ByKi/wEA', 'base64'),
  webpLossy: Buffer.from('UklGRjwAAABXRUJQVlA4IDAAAADQAQCdASoHAAUAAgA0JaACdLoB+AADsAD+8MQL/yC5YXXI1/8gP+QH/ID/+PIAAAA=', 'base64'),
};

/**
 * A decompression bomb: the tiny PNG with its IHDR rewritten to 50,000 × 50,000 pixels (10 GB
 * when decoded). Lectern must refuse it from the header alone; nothing ever decodes it.
 */
export function pngBomb(width = 50_000, height = 50_000): Buffer {
  const bomb = Buffer.from(TINY_IMAGES.png);
  bomb.writeUInt32BE(width, 16);
  bomb.writeUInt32BE(height, 20);
  return bomb;
}

/** A JPEG whose start-of-frame says 30,000 × 30,000 pixels. */
export function jpegBomb(): Buffer {
  const bomb = Buffer.from(TINY_IMAGES.jpeg);
  const sof = bomb.indexOf(Buffer.from([0xff, 0xc0]));
  bomb.writeUInt16BE(30_000, sof + 5);
  bomb.writeUInt16BE(30_000, sof + 7);
  return bomb;
}

/** Bytes named `.png` that are not a PNG (a truncated download, a renamed text file). */
export const CORRUPT_PNG = Buffer.from('this is not a PNG, just text renamed to .png\n');

/** An SVG that would run script if it were ever loaded as a document rather than an image. */
export const SCRIPTED_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" onload="parent.__xss=true;top.__xss=true">
<script>parent.__xss=true;top.__xss=true;fetch('https://evil.example/svg')</script>
<rect width="40" height="20" fill="green"/></svg>\n`;
