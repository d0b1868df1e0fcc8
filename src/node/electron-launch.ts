/**
 * How `lectern present` starts Electron from a checkout: on the app folder (so package.json's
 * name, productName and single-instance lock are Lectern's, not "Electron"'s), with a clean
 * environment, X11 on Wayland and no OS sandbox as root. Pure: every decision is unit-tested.
 */

/** Where and as whom the launcher runs. */
export interface LaunchContext {
  /** The app folder: holds package.json whose `main` is the built main process. */
  appDir: string;
  /** The deck folder to open, or null for the last deck / an Open dialog. */
  deckDir: string | null;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** The user id (process.getuid), undefined on Windows. */
  uid: number | undefined;
  /** Extra arguments for the app itself (after the deck), e.g. the smoke flag. */
  appArgs?: string[];
}

/** The Electron command line and environment, with what to tell the user first. */
export interface LaunchPlan {
  args: string[];
  env: NodeJS.ProcessEnv;
  /** One line each, printed before Electron starts. */
  notices: string[];
}

/** Environment variable that chooses Electron's display backend on Linux (documented in docs/desktop-app.md). */
const OZONE_ENV = 'LECTERN_OZONE_PLATFORM';

// Variables that turn Electron into something else: ELECTRON_RUN_AS_NODE makes it plain Node,
// and `require('electron')` in main then returns a path string, so the app crashes at start.
const FOREIGN_ENV = ['ELECTRON_RUN_AS_NODE', 'ELECTRON_NO_ATTACH_CONSOLE'];

/** True when the session is a Wayland one (Ubuntu, Fedora and Debian GNOME default). */
function isWaylandSession(env: NodeJS.ProcessEnv): boolean {
  return !!env.WAYLAND_DISPLAY || env.XDG_SESSION_TYPE === 'wayland';
}

/** The display backend to ask Electron for (`--ozone-platform=<value>`), or null; with a notice for the user. */
export interface OzoneChoice {
  value: 'x11' | 'wayland' | 'auto' | null;
  notice?: string;
}

/**
 * The `--ozone-platform` value: on Wayland, X11 through XWayland, because a native Wayland
 * window cannot be put on a chosen display and the audience view would cover the console
 * (Electron >= 38 picks Wayland by itself). LECTERN_OZONE_PLATFORM=wayland|x11|auto overrides.
 */
export function chooseOzonePlatform(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): OzoneChoice {
  if (platform !== 'linux') return { value: null };
  const chosen = env[OZONE_ENV]?.trim().toLowerCase();
  if (chosen === 'x11' || chosen === 'wayland' || chosen === 'auto') {
    return chosen === 'wayland' && isWaylandSession(env)
      ? { value: chosen, notice: "lectern: native Wayland chosen: the audience view may open on the console's display; move it with your desktop's keys." }
      : { value: chosen };
  }
  const ignored = chosen ? `lectern: ignoring ${OZONE_ENV}=${chosen} (use x11, wayland or auto)` : undefined;
  if (!isWaylandSession(env)) return { value: null, notice: ignored };
  if (!env.DISPLAY)
    return { value: null, notice: 'lectern: Wayland without XWayland (no DISPLAY): Lectern cannot choose the display of each window; move the audience view to the projector yourself.' };
  return { value: 'x11', notice: ignored };
}

/** Builds the command line and environment for `electron <appDir> [deck]`. */
export function planElectronLaunch(ctx: LaunchContext): LaunchPlan {
  const notices: string[] = [];
  const env: NodeJS.ProcessEnv = { ...ctx.env };
  for (const name of FOREIGN_ENV) delete env[name];
  const ozone = chooseOzonePlatform(ctx.env, ctx.platform);
  if (ozone.notice) notices.push(ozone.notice);
  const switches = ozone.value ? [`--ozone-platform=${ozone.value}`] : [];
  if (ctx.platform === 'linux' && ctx.uid === 0) {
    // Chromium refuses to start as root with its sandbox on; the pages stay Electron-sandboxed
    // renderers without Node either way.
    switches.push('--no-sandbox');
    notices.push('lectern: running as root: the OS sandbox is off (--no-sandbox); run Lectern as a normal user when you can.');
  }
  const args = [...switches, ctx.appDir, ...(ctx.deckDir ? [ctx.deckDir] : []), ...(ctx.appArgs ?? [])];
  return { args, env, notices };
}
