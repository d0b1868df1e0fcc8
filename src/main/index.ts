/**
 * Electron main entry: wiring only. Order matters: the sandbox, the scheme and the
 * single-instance lock must be set before `ready`; everything touching sessions after it.
 */
import path from 'node:path';
import { app, session } from 'electron';
import { deckArgFromArgv, openInitialDeck, setupSingleInstance } from './deck-args';
import { createDeckOpener, type DeckOpener } from './deck-opener';
import { DeckRegistry } from './deck-registry';
import { openDeckFile } from './deck-files';
import { denyAllPermissions, setDeckLinkHandler, setupAppHardening } from './harden';
import { setupEditIpc } from './edit-ipc';
import { setupExportIpc } from './export-ipc';
import { setupIpc } from './ipc';
import { setupMenu } from './menu';
import { PresenterWindows } from './presenter-windows';
import { DeckSession } from '../node/deck-session';
import { EncodingChoices } from '../node/encoding-choices';
import { SETTINGS_FILE_NAME, SettingsStore } from '../node/settings-store';
import { registerLecternScheme, setupProtocol } from './protocol';
import { RECENT_FILE_NAME, RecentDecks } from './recent';
import { listDeckWindows } from './windows';

// Lets tests and portable setups keep their own settings and their own single-instance lock.
if (process.env.LECTERN_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.LECTERN_USER_DATA_DIR));
app.enableSandbox();
registerLecternScheme();
setupAppHardening();

// Each deck's files are read in the encodings the user chose for them (kept in userData).
const registry = new DeckRegistry((dir) => new DeckSession(dir, new EncodingChoices(app.getPath('userData'), dir)));
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
    setupEditIpc(registry, () => app.getPath('userData'));
    setupExportIpc(registry);
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
