import { describe, expect, it } from 'vitest';
import { planOverview } from './overview-layout';

describe('planOverview', () => {
  it('fits every slide of a 14-slide deck on a 1280x720 screen, as large as possible', () => {
    const layout = planOverview(14, 1280, 720);
    expect(layout.fits).toBe(true);
    const rows = Math.ceil(14 / layout.columns);
    expect(rows * ((layout.tileWidth * 9) / 16 + 30) + (rows - 1) * 16).toBeLessThanOrEqual(720 - 48);
    expect(layout.columns * layout.tileWidth + (layout.columns - 1) * 16).toBeLessThanOrEqual(1280 - 48);
    expect(layout.tileWidth).toBeGreaterThan(220);
  });

  it('keeps tiles legible and scrolls for a huge deck', () => {
    const layout = planOverview(300, 1280, 720);
    expect(layout.fits).toBe(false);
    expect(layout.tileWidth).toBeGreaterThanOrEqual(150);
  });

  it('shows one slide large', () => {
    expect(planOverview(1, 1920, 1080).columns).toBe(1);
  });
});
