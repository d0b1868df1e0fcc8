import { describe, expect, it } from 'vitest';
import { chooseOzonePlatform, planElectronLaunch } from './electron-launch';

describe('chooseOzonePlatform (Linux display backend)', () => {
  it('X11 through XWayland on a Wayland session; nothing elsewhere', () => {
    expect(chooseOzonePlatform({ WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' }, 'linux').value).toBe('x11');
    expect(chooseOzonePlatform({ DISPLAY: ':0' }, 'linux').value).toBeNull();
    expect(chooseOzonePlatform({ WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' }, 'darwin').value).toBeNull();
  });

  it('without XWayland keeps Wayland and says what that means', () => {
    const choice = chooseOzonePlatform({ XDG_SESSION_TYPE: 'wayland' }, 'linux');
    expect(choice.value).toBeNull();
    expect(choice.notice).toMatch(/move the audience view to the projector yourself/);
  });

  it('LECTERN_OZONE_PLATFORM decides; a wrong value is named and ignored', () => {
    expect(chooseOzonePlatform({ LECTERN_OZONE_PLATFORM: 'auto', WAYLAND_DISPLAY: 'w', DISPLAY: ':0' }, 'linux').value).toBe('auto');
    expect(chooseOzonePlatform({ LECTERN_OZONE_PLATFORM: 'Wayland', WAYLAND_DISPLAY: 'w', DISPLAY: ':0' }, 'linux')).toMatchObject({
      value: 'wayland',
      notice: expect.stringMatching(/native Wayland/),
    });
    expect(chooseOzonePlatform({ LECTERN_OZONE_PLATFORM: 'mir', WAYLAND_DISPLAY: 'w', DISPLAY: ':0' }, 'linux')).toEqual({
      value: 'x11',
      notice: expect.stringMatching(/ignoring LECTERN_OZONE_PLATFORM=mir/),
    });
  });

  it('Windows and macOS: no Linux switches, not even as root', () => {
    expect(planElectronLaunch({ appDir: 'C:\\Lectern', deckDir: null, env: { ELECTRON_RUN_AS_NODE: '1' }, platform: 'win32', uid: undefined })).toEqual({
      args: ['C:\\Lectern'],
      env: {},
      notices: [],
    });
    expect(planElectronLaunch({ appDir: '/app', deckDir: '/d', env: {}, platform: 'darwin', uid: 0 }).args).toEqual(['/app', '/d']);
  });
});
