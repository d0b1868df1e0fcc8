import { OPERATIONS, type OperationSpec } from '../shared/operations';

/** What a transport knows of one request, in terms both transports can answer. */
export interface GateRequest {
  /** Operation name (see src/shared/operations.ts). */
  op: string;
  /**
   * The request proves it comes from this run's pages: the access key in the `X-Lectern-Key`
   * header (HTTP), or a sender frame of an open deck shown in that very window (IPC).
   */
  keyOk: boolean;
  /** From one of our own pages: Origin header equal to the host's origin (HTTP); the main frame of a `lectern://<deck>/` page (IPC). */
  sameOrigin: boolean;
  /** The body is JSON (HTTP `Content-Type`; always true over IPC). */
  json: boolean;
  /** The calling page's path (`/edit.html`), where the transport knows it; null over HTTP. */
  page: string | null;
  /** Size of the request body (HTTP) or of the JSON of the arguments (IPC). */
  bodyBytes: number;
}

/** Why a request was refused: an HTTP status and the sentence both transports return. */
export interface Refusal {
  status: 403 | 404 | 413 | 415;
  error: string;
}

/**
 * The one gate of both transports: every operation request passes it before anything runs, so
 * a request without the key, from another origin, or too large is refused the same way on
 * every route and over IPC.
 */
export function checkRequest(request: GateRequest): { ok: true; spec: OperationSpec } | { ok: false; refusal: Refusal } {
  const spec = Object.hasOwn(OPERATIONS, request.op) ? OPERATIONS[request.op] : undefined;
  const no = (status: Refusal['status'], error: string) => ({ ok: false as const, refusal: { status, error } });
  if (!spec) return no(404, `request refused: unknown operation ${JSON.stringify(request.op.slice(0, 60))}`);
  if (!request.sameOrigin) return no(403, 'request refused: not from a Lectern page');
  if (!request.keyOk) return no(403, 'request refused: no valid access key (open the address Lectern printed)');
  if (!request.json) return no(415, 'request refused: the body must be JSON');
  if (spec.pages && (request.page === null ? false : !spec.pages.includes(request.page))) return no(403, `request refused: only ${spec.pages.join(', ')} may do this`);
  if (request.bodyBytes > spec.maxBodyBytes) return no(413, `request refused: larger than ${spec.maxBodyBytes} bytes`);
  return { ok: true, spec };
}

/** Largest body any operation accepts: a transport stops reading past it. */
export const MAX_ANY_BODY_BYTES = Math.max(...Object.values(OPERATIONS).map((s) => s.maxBodyBytes));
