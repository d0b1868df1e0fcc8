/**
 * Parses a talk or section length: `20m`, `1h30m`, `90s`, `1:30` (m:ss), `1:00:00`, or a bare
 * number meaning minutes (how trainers plan). Returns seconds, or null when unreadable.
 */
export function parseDuration(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value * 60) : null;
  if (typeof value !== 'string') return null;
  const s = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(parseFloat(s) * 60);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(s);
  if (clock) {
    const [, h, m, sec] = clock;
    return h ? +h * 3600 + +m! * 60 + +sec! : +m! * 60 + +sec!;
  }
  const units = /^(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?$/.exec(s);
  if (units && (units[1] || units[2] || units[3])) {
    return Math.round(parseFloat(units[1] ?? '0') * 3600 + parseFloat(units[2] ?? '0') * 60 + parseFloat(units[3] ?? '0'));
  }
  return null;
}
