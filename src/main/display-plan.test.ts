import { describe, expect, it } from 'vitest';
import { planPresenterWindows, type DisplayInfo } from './display-plan';

const laptop: DisplayInfo = { id: 1, internal: true, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const projector: DisplayInfo = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };
const monitor: DisplayInfo = { id: 3, bounds: { x: -1280, y: 0, width: 1280, height: 1024 }, workArea: { x: -1280, y: 0, width: 1280, height: 1024 } };
const opts = { swapped: false, singleDisplay: 'windows' as const };

describe('planPresenterWindows', () => {
  it('puts the audience full screen on the projector and the console on the laptop', () => {
    const plan = planPresenterWindows([laptop, projector], 1, opts);
    expect(plan.audience).toEqual({ displayId: 2, bounds: projector.bounds, fullScreen: true, visible: true });
    expect(plan.console).toMatchObject({ displayId: 1, bounds: laptop.workArea, fullScreen: false, visible: true });
    expect(plan.separateDisplays).toBe(true);
  });

  it('finds the laptop even when the projector is the OS primary display', () => {
    expect(planPresenterWindows([projector, laptop], 2, opts).console.displayId).toBe(1);
  });

  it("without a built-in panel, the primary display is the presenter's and the largest other one the projector", () => {
    const desk = { ...laptop, internal: false };
    const plan = planPresenterWindows([desk, monitor, projector], 1, opts);
    expect(plan.console.displayId).toBe(1);
    expect(plan.audience.displayId).toBe(2);
  });

  it('swaps the two displays on request', () => {
    const plan = planPresenterWindows([laptop, projector], 1, { ...opts, swapped: true });
    expect(plan.audience.displayId).toBe(1);
    expect(plan.console.displayId).toBe(2);
  });

  it('with one display shows both as windows side by side, inside the work area', () => {
    const plan = planPresenterWindows([laptop], 1, opts);
    expect(plan.separateDisplays).toBe(false);
    expect(plan.audience.fullScreen).toBe(false);
    const { audience, console: c } = { audience: plan.audience.bounds, console: plan.console.bounds };
    expect(c.x + c.width).toBe(audience.x);
    expect(audience.x + audience.width).toBe(1440);
    expect(audience.width / audience.height).toBeCloseTo(16 / 9, 1);
    expect(c.y).toBe(25);
  });

  it('with one display can show only the audience, full screen', () => {
    const plan = planPresenterWindows([laptop], 1, { ...opts, singleDisplay: 'audience-only' });
    expect(plan.audience).toMatchObject({ fullScreen: true, bounds: laptop.bounds });
    expect(plan.console.visible).toBe(false);
  });

  it('unplugging the projector falls back to the one-display plan (hot-plug)', () => {
    const before = planPresenterWindows([laptop, projector], 1, opts);
    const after = planPresenterWindows([laptop], 1, opts);
    expect(before.audience.displayId).toBe(2);
    expect(after.audience).toMatchObject({ displayId: 1, fullScreen: false, visible: true });
  });
});
