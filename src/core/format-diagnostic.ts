import type { Diagnostic } from './types';

/** A diagnostic as one line, `file:line:col severity: message`, the same in the CLI and the app. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line ? d.column : undefined].filter((x) => x !== undefined).join(':');
  return `${where} ${d.severity}: ${d.message}`;
}
