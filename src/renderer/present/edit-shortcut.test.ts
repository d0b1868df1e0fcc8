import { describe, expect, it } from 'vitest';
import { isFullScreen } from './edit-shortcut';

const view = (fullscreenElement: Element | null, inner: [number, number], screen: [number, number]) => ({
  document: { fullscreenElement },
  innerWidth: inner[0],
  innerHeight: inner[1],
  screen: { width: screen[0], height: screen[1] },
});

describe('isFullScreen (E is ignored on the projector)', () => {
  it('sees page full screen and a window filling its display', () => {
    expect(isFullScreen(view({} as Element, [800, 600], [1920, 1080]))).toBe(true);
    expect(isFullScreen(view(null, [1920, 1080], [1920, 1080]))).toBe(true);
  });

  it('lets E through in an ordinary window, and when the screen size is unknown', () => {
    expect(isFullScreen(view(null, [1280, 720], [1920, 1080]))).toBe(false);
    expect(isFullScreen(view(null, [1280, 720], [0, 0]))).toBe(false);
  });
});
