/**
 * Electron main entry: wiring only. Order matters: the sandbox, the scheme and the
 * single-instance lock must be set before `ready`; everything touching sessions after it.
 */
import path from 'node:path';
import { app, dialog, session } from 'electron';
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
import { t } from './i18n';
import { setupDropIpc } from './drop-ipc';
import { showRecentInOs } from './os-recent';
import { PendingDecks } from './pending-decks';
import { runSmoke, SMOKE_FLAG } from './smoke';
import { exportDeckToPdf } from './export';
import { chooseOzonePlatform } from '../node/electron-launch';

// One data folder for the app and `lectern serve` (settings, drafts, encodings, recent decks),
// computed in one place; LECTERN_DATA_DIR (tests, portable setups) also separates the
// single-instance lock.
app.setPath('userData', defaultDataDir());
app.enableSandbox();
// The installed app is started by the desktop, not by `lectern present`: ask for X11 on Wayland
// here too, so windows can be placed on the projector (electron-launch.ts says why).
const ozone = chooseOzonePlatform(process.env, process.platform);
if (ozone.value && !app.commandLine.hasSwitch('ozone-platform')) app.commandLine.appendSwitch('ozone-platform', ozone.value);
registerLecternScheme();
setupAppHardening();

const registry = createAppRegistry();
const argDeck = deckArgFromArgv(process.argv, process.cwd(), process.defaultApp === true);
let opener: DeckOpener | null = null;
// Decks asked for while starting up (second instance, macOS open-file) wait for the opener.
const pending = new PendingDecks();
const focusAny = (): void => listDeckWindows()[0]?.focus();
const smoke = process.argv.includes(SMOKE_FLAG);

const primary = smoke || setupSingleInstance(argDeck, (dir) => pending.request(dir, focusAny));

if (primary) {
  app.on('window-all-closed', () => {
    // A smoke run ends with its own exit code (app.exit), never with a plain quit.
    if (process.platform !== 'darwin' && !smoke) app.quit();
  });
  app.on('will-quit', () => void registry.closeAll());
  // macOS: "Open With Lectern", a folder dropped on the Dock icon (may come before ready).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    pending.request(path.resolve(file), focusAny);
  });
  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    setupProtocol((key) => registry.get(key)?.dir);
    const settings = new SettingsStore(path.join(app.getPath('userData'), SETTINGS_FILE_NAME));
    const presenter = new PresenterWindows(
      registry,
      () => settings.load(),
      () => {
        const s = t();
        void dialog.showMessageBox({ type: 'info', message: s.cannotPlaceTitle, detail: s.cannotPlaceDetail });
      },
    );
    presenter.watchDisplays();
    setupIpc(registry, { settings, windowCommand: (key, command) => presenter.command(key, command) });
    setDeckLinkHandler((url) => void openDeckFile(registry, url));
    const recent = new RecentDecks(path.join(app.getPath('userData'), RECENT_FILE_NAME));
    opener = createDeckOpener(registry, recent, (win) => presenter.adopt(win));
    const ready = opener;
    setupDropIpc(registry, ready);
    if (smoke) {
      // Smoke mode: no menus, no recent list, no dialogs; one deck, a result line, an exit code.
      // Both views are shown whatever the saved one-screen choice, so both render and can be checked.
      const both = new PresenterWindows(registry, async () => ({ ...(await settings.load()), singleDisplay: 'windows' as const }));
      app.exit(await runSmoke({ registry, deckDir: argDeck, adopt: (win) => both.adopt(win), exportPdf: (key, output) => exportDeckToPdf(registry, key, output) }));
      return;
    }
    recent.onChange((list) => showRecentInOs(list));
    showRecentInOs(await recent.list());
    app.on('activate', () => {
      if (!listDeckWindows().length) void ready.chooseAndOpen();
    });
    let audienceOnly = (await settings.load()).singleDisplay === 'audience-only';
    await setupMenu({
      registry,
      recent,
      opener,
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
    // A deck asked for during start-up (second instance, open-file) replaces the start-up deck.
    const asked = pending.hasPending();
    await pending.ready(ready);
    if (!asked) await openInitialDeck(ready, argDeck, recent);
  });
}
