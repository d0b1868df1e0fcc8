/**
 * Which display gets which presenter window: pure, so every case (one screen, two, three,
 * swapped, hot-plug) is unit-tested without Electron. Shapes mirror Electron's `Display`.
 */

/** A rectangle in screen coordinates (DIP), as Electron gives it (a type only: nothing of Electron runs here). */
import type { Rectangle as Rect } from 'electron';

/** The part of Electron's `Display` the plan needs. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
  /** True for a laptop's built-in panel (Electron sets it on most platforms). */
  internal?: boolean;
}

/** Where one window goes. */
export interface WindowPlacement {
  displayId: number;
  bounds: Rect;
  fullScreen: boolean;
  visible: boolean;
}

/** The placement of both presenter windows. */
export interface PresenterPlan {
  audience: WindowPlacement;
  console: WindowPlacement;
  /** True when audience and console are on different displays. */
  separateDisplays: boolean;
}

/** What the presenter chose. */
export interface PlanOptions {
  /** The D key / menu: audience and console trade displays. */
  swapped: boolean;
  /** With one display: both as windows (rehearsal, video calls) or only the audience, full screen. */
  singleDisplay: 'windows' | 'audience-only';
  /**
   * The presenter asked for the console (S, View -> Presenter Console) in audience-only mode:
   * show both side by side until the console is closed, instead of hiding it again at once.
   */
  consoleWanted?: boolean;
}

/** The display the presenter looks at: the built-in panel, else the OS's primary display. */
function laptopDisplay(displays: readonly DisplayInfo[], primaryId: number): DisplayInfo {
  return displays.find((d) => d.internal) ?? displays.find((d) => d.id === primaryId) ?? displays[0]!;
}

/** The biggest display other than `not` (the projector is usually the large one). */
function projectorDisplay(displays: readonly DisplayInfo[], not: DisplayInfo): DisplayInfo | undefined {
  const others = displays.filter((d) => d.id !== not.id);
  return others.sort((a, b) => b.bounds.width * b.bounds.height - a.bounds.width * a.bounds.height)[0];
}

/** A 16:9 rectangle of `fraction` of the area's width, placed at the area's right or left. */
function sideWindow(area: Rect, fraction: number, side: 'left' | 'right'): Rect {
  const width = Math.round(area.width * fraction);
  const height = Math.min(area.height, Math.round((width * 9) / 16));
  return { x: side === 'left' ? area.x : area.x + area.width - width, y: area.y, width, height };
}

/**
 * Two or more displays: the audience full screen on the projector (the largest display that is
 * not the laptop's), the console full size on the laptop; `swapped` trades them. One display:
 * the console fills the left part of the screen and the audience view is a window on the right
 * (both visible, for rehearsing or sharing one window in a video call), or, if chosen, the audience
 * full screen and the console hidden.
 */
export function planPresenterWindows(displays: readonly DisplayInfo[], primaryId: number, options: PlanOptions): PresenterPlan {
  if (!displays.length) throw new Error('no display');
  const laptop = laptopDisplay(displays, primaryId);
  const projector = projectorDisplay(displays, laptop);
  if (projector) {
    const [audienceOn, consoleOn] = options.swapped ? [laptop, projector] : [projector, laptop];
    return {
      audience: { displayId: audienceOn.id, bounds: audienceOn.bounds, fullScreen: true, visible: true },
      console: { displayId: consoleOn.id, bounds: consoleOn.workArea, fullScreen: false, visible: true },
      separateDisplays: true,
    };
  }
  if (options.singleDisplay === 'audience-only' && !options.consoleWanted) {
    return {
      audience: { displayId: laptop.id, bounds: laptop.bounds, fullScreen: true, visible: true },
      console: { displayId: laptop.id, bounds: laptop.workArea, fullScreen: false, visible: false },
      separateDisplays: false,
    };
  }
  const area = laptop.workArea;
  const audience = sideWindow(area, 0.45, options.swapped ? 'left' : 'right');
  const consoleBounds = { x: options.swapped ? area.x + audience.width : area.x, y: area.y, width: area.width - audience.width, height: area.height };
  return {
    audience: { displayId: laptop.id, bounds: audience, fullScreen: false, visible: true },
    console: { displayId: laptop.id, bounds: consoleBounds, fullScreen: false, visible: true },
    separateDisplays: false,
  };
}
