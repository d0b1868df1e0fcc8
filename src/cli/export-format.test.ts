import { describe, expect, it } from 'vitest';
import { exportFormat } from './export-format';

describe('exportFormat', () => {
  it('takes the format from the extension, else --format, else PDF', () => {
    expect(exportFormat('talk.html', undefined)).toBe('html');
    expect(exportFormat('/x/Talk.HTM', undefined)).toBe('html');
    expect(exportFormat('talk.pdf', undefined)).toBe('pdf');
    expect(exportFormat('talk', 'html')).toBe('html');
    expect(exportFormat(undefined, 'html')).toBe('html');
    expect(exportFormat('talk.v2', undefined)).toBe('pdf');
    expect(exportFormat(undefined, undefined)).toBe('pdf');
  });
  it('refuses a mismatched extension and unknown formats with a clear message', () => {
    expect(() => exportFormat('out/talk.html', 'pdf')).toThrow('talk.html ends in .html but --format pdf was given; name the file .pdf, or drop --format');
    expect(() => exportFormat('talk.pdf', 'html')).toThrow('ends in .pdf but --format html');
    expect(() => exportFormat('talk.html', 'pptx')).toThrow('unknown --format `pptx`; use pdf or html');
  });
});
