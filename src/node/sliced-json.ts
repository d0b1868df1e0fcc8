import { TimeSlicer } from './sliced-build';

/**
 * JSON of a deck (or a deck update, a payload) in parts, made a few hundred array items at a
 * time: one JSON.stringify of a 100,000-slide deck (tens of MB) holds every other callback, a
 * presenter's key among them, for a tenth of a second and more. Objects down to `depth` are
 * written key by key and their arrays item by item, everything else with JSON.stringify; the
 * parts joined parse to the same value as JSON.stringify(value).
 */
export async function jsonParts(value: unknown, slicer = new TimeSlicer(), depth = 2): Promise<string[]> {
  const parts: string[] = [];
  let items = 0;
  const add = async (v: unknown, level: number): Promise<void> => {
    if (Array.isArray(v)) {
      parts.push('[');
      for (let i = 0; i < v.length; i++) {
        if (i) parts.push(',');
        parts.push(JSON.stringify(v[i]) ?? 'null');
        if (++items % 256 === 0) await slicer.pause();
      }
      parts.push(']');
    } else if (level < depth && v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      let comma = '{';
      for (const [key, item] of Object.entries(v)) {
        if (item === undefined || typeof item === 'function') continue;
        parts.push(`${comma}${JSON.stringify(key)}:`);
        comma = ',';
        await add(item, level + 1);
      }
      parts.push(comma === '{' ? '{}' : '}');
    } else parts.push(JSON.stringify(v));
  };
  await add(value, 0);
  return parts;
}
