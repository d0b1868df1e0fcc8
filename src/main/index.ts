/**
 * Electron main entry: wiring only. Order matters: the sandbox, the scheme and the
 * single-instance lock must be set before `ready`; everything touching sessions after it.
 */
import path from 'node:path';
import { app, session } from 'electron';
import { deckArgFromArgv, openInitialDeck, setupSingleInstance } from './deck-args';
import { createDeckOpener, type DeckOpener } from './deck-opener';
import { openDeckFile } from './deck-files';
import { denyAllPermissions, setDeckLinkHandler, setupAppHardening } from './harden';
import { setupIpc } from './ipc';
import { setupMenu } from './menu';
import { PresenterWindows } from './presenter-windows';
import { defaultDataDir } from '../node/data-dir';
import { createAppRegistry } from './app-registry';
import { SETTINGS_FILE_NAME, SettingsStore } from '../node/settings-store';
import { registerLecternScheme, setupProtocol } from './protocol';
import { RECENT_FILE_NAME, RecentDecks } from './recent';
import { listDeckWindows } from './windows';

// One data folder for the app and `lectern serve` (settings, drafts, encodings, recent decks),
// computed in one place; LECTERN_DATA_DIR (tests, portable setups) also separates the
// single-instance lock.
app.setPath('userData', defaultDataDir());
app.enableSandbox();
registerLecternScheme();
setupAppHardening();

const registry = createAppRegistry();
const argDeck = deckArgFromArgv(process.argv, process.cwd(), process.defaultApp === true);
let opener: DeckOpener | null = null;

const primary = setupSingleInstance(argDeck, (dir) => {
  if (dir) void opener?.open(dir);
  else listDeckWindows()[0]?.focus();
});

if (primary) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void registry.closeAll());
  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    setupProtocol((key) => registry.get(key)?.dir);
    const settings = new SettingsStore(path.join(app.getPath('userData'), SETTINGS_FILE_NAME));
    const presenter = new PresenterWindows(registry, () => settings.load());
    presenter.watchDisplays();
    setupIpc(registry, { settings, windowCommand: (key, command) => presenter.command(key, command) });
    setDeckLinkHandler((url) => void openDeckFile(registry, url));
    const recent = new RecentDecks(path.join(app.getPath('userData'), RECENT_FILE_NAME));
    opener = createDeckOpener(registry, recent, (win) => presenter.adopt(win));
    const ready = opener;
    app.on('activate', () => {
      if (!listDeckWindows().length) void ready.chooseAndOpen();
    });
    let audienceOnly = (await settings.load()).singleDisplay === 'audience-only';
    await setupMenu({
      registry, recent, opener,
      presenter: {
        command: (key, command) => presenter.command(key, command),
        audienceOnly: () => audienceOnly,
        async setAudienceOnly(on) {
          audienceOnly = on;
          await settings.save({ singleDisplay: on ? 'audience-only' : 'windows' });
          await presenter.placeAll();
        },
      },
    });
    await openInitialDeck(opener, argDeck, recent);
  });
}
