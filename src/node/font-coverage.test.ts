import { describe, expect, it, vi } from 'vitest';
import type { Slide } from '../core/types';

// fontconfig as on a machine with Latin and Chinese fonts but no Japanese one.
vi.mock('node:child_process', () => ({
  execFile: (_cmd: string, args: string[], _opts: unknown, cb: (err: Error | null, out: string) => void) => {
    if (args[0] === ':lang=ko') return cb(new Error('fc-list: not found'), '');
    cb(null, args[0] === ':lang=ja' ? '' : 'Noto Sans CJK SC\n');
  },
}));

const { fontCoverageDiagnostics } = await import('./font-coverage');
const slide = (file: string, line: number, source: string) => ({ id: `${file}#0`, file, line, source }) as Slide;

describe('fontCoverageDiagnostics', () => {
  it('warns once per script no font covers, at the first line that uses it', async () => {
    const got = await fontCoverageDiagnostics([slide('a.md', 3, '# Title\n\nこんにちは世界'), slide('b.md', 1, 'また日本語'), slide('c.md', 1, '中文内容 한국어')]);
    expect(got).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'font-missing', file: 'a.md', line: 5, message: expect.stringContaining('Japanese text (`こんにちは`) has no font on this machine') }),
    ]);
  });
  it('says nothing for Latin and Cyrillic (bundled) text', async () => {
    expect(await fontCoverageDiagnostics([slide('a.md', 1, '# Привет, world')])).toEqual([]);
  });
});
