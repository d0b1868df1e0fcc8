/**
 * The host contract built over a transport, once for both clients: the preload (IPC) and the
 * browser host's page side (HTTP and server-sent events). Each passes how it calls an operation
 * of operations.ts and how it follows a pushed event, then replaces what differs.
 */
import type { DeckPayload, LecternHost, PresentationSnapshot, PresenterSettings, Result } from './contract';
import { EDIT_OPERATIONS, type EditHost } from './edit-contract';
import { EXPORT_OPERATIONS, type ExportHost } from './export-contract';
import type { HostEventName } from './operations';

/** Invokes one operation by name with its arguments. */
type CallOperation = <T>(op: string, ...args: unknown[]) => Promise<Result<T>>;
/** Follows one pushed event; returns the unsubscribe function. */
type ListenEvent = <T>(name: HostEventName, listener: (value: T) => void) => () => void;

export function hostClient(kind: LecternHost['kind'], call: CallOperation, listen: ListenEvent): LecternHost {
  const ops = (group: string, names: readonly string[]): object => Object.fromEntries(names.map((op) => [op, (...args: unknown[]) => call(`${group}.${op}`, ...args)]));
  return {
    kind,
    edit: { ...(ops('edit', EDIT_OPERATIONS) as Omit<EditHost, 'onFileChanged'>), onFileChanged: (listener) => listen('file', listener) },
    export: { ...(ops('export', EXPORT_OPERATIONS) as Omit<ExportHost, 'onStatus'>), onStatus: (listener) => listen('export', listener) },
    loadDeck: () => call<DeckPayload>('loadDeck'),
    onDeckChanged: (listener) => listen('deck', listener),
    loadPresentation: () => call<PresentationSnapshot>('loadPresentation'),
    dispatch: (action) => call<PresentationSnapshot>('dispatch', action),
    onPresentation: (listener) => listen('presentation', listener),
    loadSettings: () => call<PresenterSettings>('loadSettings'),
    saveSettings: (changes) => call<PresenterSettings>('saveSettings', changes),
    windowCommand: (command) => call<true>('windowCommand', command),
    onCommand: (listener) => listen('command', listener),
  };
}
