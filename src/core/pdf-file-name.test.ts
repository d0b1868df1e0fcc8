import { describe, expect, it } from 'vitest';
import { pdfFileName } from './pdf-file-name';

describe('pdfFileName', () => {
  it('makes safe file names from titles', () => {
    expect(pdfFileName('Flask и Django: в чем разница?')).toBe('Flask и Django в чем разница.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('etc passwd.pdf');
    expect(pdfFileName('   ')).toBe('slides.pdf');
    expect(pdfFileName('Итоги...')).toBe('Итоги.pdf');
  });
});
