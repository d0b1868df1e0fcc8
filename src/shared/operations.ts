/**
 * The application's operations, declared once. Both transports are thin loops over this list:
 * the preload invokes IPC channel `op:<name>`, the browser host answers `POST /api/op/<name>`
 * with the body `{"args": [...]}`. Every request passes the same gate (src/node/request-gate.ts)
 * before it reaches the deck's runtime. Types and constants only.
 */
import { EDIT_OPERATIONS } from './edit-contract';
import { EXPORT_OPERATIONS, EXPORT_PAGE } from './export-contract';

/** Which part of the application an operation belongs to. */
type OperationGroup = 'deck' | 'presentation' | 'settings' | 'window' | 'edit' | 'export';

/** What the gate needs to know of an operation. */
export interface OperationSpec {
  group: OperationGroup;
  /** App pages (URL paths) allowed to call it; null: any of the app's pages. */
  pages: readonly string[] | null;
  /** Largest request body (the JSON of its arguments) in bytes. */
  maxBodyBytes: number;
}

/** The editor's saves carry a whole slide file (up to 10 MB of UTF-8, as JSON with escapes). */
const EDIT_MAX_BODY_BYTES = 10 * 1024 * 1024 * 3 + 65_536;
/** Actions, settings and export choices are tiny. */
const SMALL_BODY_BYTES = 64 * 1024;

const EDIT_PAGES = ['/edit.html'] as const;
const EXPORT_PAGES = [`/${EXPORT_PAGE}`] as const;

const viewOps = {
  loadDeck: { group: 'deck', pages: null, maxBodyBytes: SMALL_BODY_BYTES },
  loadPresentation: { group: 'presentation', pages: null, maxBodyBytes: SMALL_BODY_BYTES },
  dispatch: { group: 'presentation', pages: null, maxBodyBytes: SMALL_BODY_BYTES },
  loadSettings: { group: 'settings', pages: null, maxBodyBytes: SMALL_BODY_BYTES },
  saveSettings: { group: 'settings', pages: null, maxBodyBytes: SMALL_BODY_BYTES },
  windowCommand: { group: 'window', pages: null, maxBodyBytes: SMALL_BODY_BYTES },
} as const satisfies Record<string, OperationSpec>;

/** Every operation by name (`edit.saveFile`, `export.start`, `dispatch`, …). */
export const OPERATIONS: Readonly<Record<string, OperationSpec>> = {
  ...viewOps,
  ...Object.fromEntries(EDIT_OPERATIONS.map((op) => [`edit.${op}`, { group: 'edit', pages: EDIT_PAGES, maxBodyBytes: EDIT_MAX_BODY_BYTES }])),
  ...Object.fromEntries(EXPORT_OPERATIONS.map((op) => [`export.${op}`, { group: 'export', pages: EXPORT_PAGES, maxBodyBytes: SMALL_BODY_BYTES }])),
};

/** The IPC channel of an operation. */
export const ipcChannelOf = (op: string): string => `op:${op}`;
/** Prefix of every operation's HTTP path (`/api/op/<name>`). */
export const HTTP_OP_PREFIX = '/api/op/';

/**
 * Pushed events: IPC channel `event:<name>`, server-sent event `<name>` on `/api/events`.
 * `command` carries a ViewCommand from the app's menu to the focused page (app only).
 */
const HOST_EVENTS = ['deck', 'presentation', 'file', 'export', 'command'] as const;
/** One of the pushed events. */
export type HostEventName = (typeof HOST_EVENTS)[number];
/** The IPC channel of a pushed event. */
export const ipcEventChannelOf = (name: HostEventName): string => `event:${name}`;

/** Header that carries the browser host's access key on API requests (never a cookie: other local ports could set one). */
export const KEY_HEADER = 'X-Lectern-Key';
/** Query parameter with the access key, for the address printed by `serve` and for EventSource / downloads. */
export const KEY_PARAM = 't';
