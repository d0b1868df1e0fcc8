import { describe, expect, it } from 'vitest';
import { targetSize } from './downscale-images';
import { dataUrlKey } from './measure-images';

describe('the size an image is inlined at', () => {
  it('is twice the largest size the slides show it at, kept in proportion', () => {
    // A 4000x3000 photo shown 400x300 on a slide: 800x600 is all a HiDPI screen uses.
    expect(targetSize(4000, 3000, { width: 400, height: 300 })).toEqual({ width: 800, height: 600 });
    // Shown across the whole slide: capped at twice the slide.
    expect(targetSize(6000, 3375, { width: 1280, height: 720 })).toEqual({ width: 2560, height: 1440 });
  });

  it('never enlarges, and leaves images that are already about that size', () => {
    expect(targetSize(500, 400, { width: 400, height: 320 })).toBeNull();
    expect(targetSize(850, 600, { width: 400, height: 300 })).toBeNull();
  });

  it('fits images never measured (notes only, or no browser) to twice the slide', () => {
    expect(targetSize(5120, 2880)).toEqual({ width: 2560, height: 1440 });
    expect(targetSize(2000, 1000)).toBeNull();
  });

  it('tells images apart by a short fingerprint of their data URL', () => {
    const a = `data:image/png;base64,${'A'.repeat(500)}B${'A'.repeat(500)}`;
    const b = `data:image/png;base64,${'A'.repeat(500)}C${'A'.repeat(500)}`;
    expect(dataUrlKey(a)).not.toBe(dataUrlKey(b));
    expect(dataUrlKey(a)).toBe(dataUrlKey(`${a}`));
    expect(dataUrlKey(a).length).toBeLessThan(120);
  });
});
