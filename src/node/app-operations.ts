import type { Result, WindowCommand } from '../shared/contract';
import type { DeckRuntime } from './deck-runtime';
import type { SettingsStore } from './settings-store';

/** What an operation may use besides the deck: the app's settings and, in the app, its windows. */
export interface OperationHost {
  settings: SettingsStore;
  /** Opens or places the presenter windows; absent where the host has no windows of its own. */
  windowCommand?(command: WindowCommand): Promise<Result<true>>;
  /** Who asked (the WebContents over IPC), for dialogs that belong over its window. */
  requester?: unknown;
}

const WINDOW_COMMANDS = new Set<string>(['openConsole', 'openAudience', 'swapDisplays']);

/**
 * Runs one operation of src/shared/operations.ts on a deck's runtime, after the transport's
 * gate let it through. Arguments are untrusted and checked here or by the part that runs them;
 * failures come back as messages, never as thrown errors.
 */
export async function runOperation(runtime: DeckRuntime, host: OperationHost, op: string, args: unknown[]): Promise<Result<unknown>> {
  try {
    if (op.startsWith('edit.')) return await runtime.edit().call(op.slice('edit.'.length), args);
    switch (op) {
      // DeckFolderError and read errors carry a message written for people.
      case 'loadDeck':
        return { ok: true, value: await runtime.session.open() };
      case 'loadPresentation':
        return { ok: true, value: (await runtime.presentation()).snapshot() };
      case 'dispatch':
        return (await runtime.presentation()).dispatch(args[0]);
      case 'loadSettings':
        return { ok: true, value: await host.settings.load() };
      case 'saveSettings':
        return { ok: true, value: await host.settings.save(args[0]) };
      case 'windowCommand':
        if (!WINDOW_COMMANDS.has(args[0] as string)) return { ok: false, error: 'unknown window command' };
        return host.windowCommand ? await host.windowCommand(args[0] as WindowCommand) : { ok: false, error: 'only the desktop app places windows on displays' };
      case 'export.target':
        return await runtime.exports.target(args[0]);
      case 'export.chooseTarget':
        return await runtime.exports.chooseTarget(host.requester, args[0]);
      case 'export.start':
        return await runtime.exports.start(args[0]);
      case 'export.cancel':
        return runtime.exports.cancel();
      case 'export.openFolder':
        return await runtime.exports.openFolder();
      default:
        return { ok: false, error: 'unknown operation' };
    }
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}
