import { describe, expect, it } from 'vitest';
import { utf8Length } from './bounded-name';
import { MAX_PDF_STEM_BYTES, pdfFileName } from './pdf-file-name';

describe('pdfFileName', () => {
  it('makes safe file names from titles', () => {
    expect(pdfFileName('Flask и Django: в чем разница?')).toBe('Flask и Django в чем разница.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('etc passwd.pdf');
    expect(pdfFileName('   ')).toBe('slides.pdf');
    expect(pdfFileName('Итоги...')).toBe('Итоги.pdf');
  });
});

describe('pdfFileName in bytes', () => {
  it('an 82-character CJK title gives a name that leaves room for a temp name (bytes, not characters)', () => {
    const title = '深'.repeat(82);
    const name = pdfFileName(title);
    expect(utf8Length(name)).toBeLessThanOrEqual(MAX_PDF_STEM_BYTES + 4);
    expect(name).toBe(`${'深'.repeat(60)}.pdf`);
    // Emoji (4 bytes, two UTF-16 units) are never cut in half.
    expect(pdfFileName('😀'.repeat(100))).toBe(`${'😀'.repeat(45)}.pdf`);
  });
});
