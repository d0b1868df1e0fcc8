import { describe, expect, it } from 'vitest';
import { slideKind } from './slide-kind';

describe('slideKind', () => {
  it('centres the opening, closing and section slides and keeps content slides at the top', () => {
    expect(slideKind('<h1>Talk</h1>\n<p>Subtitle</p>', 0, 5)).toBe('title');
    expect(slideKind('<div class="lead">\n<h1>Talk</h1>\n<p>Sub</p>\n</div>', 0, 5)).toBe('title');
    expect(slideKind('<h1>Спасибо</h1>\n<p>Вопросы?</p>', 4, 5)).toBe('closing');
    expect(slideKind('<h1>Part two</h1>', 2, 5)).toBe('section');
    expect(slideKind('<div class="lead"><h2>Big idea</h2></div>', 2, 5)).toBe('lead');
    expect(slideKind('<h2>ORM</h2>\n<p>Django ORM</p>', 2, 5)).toBe('content');
    expect(slideKind('<h2>Thanks</h2>', 4, 5)).toBe('content');
  });

  it('does not call a long slide that starts with h1 a title slide', () => {
    expect(slideKind('<h1>A</h1><p>1</p><ul><li>x</li></ul><pre>y</pre>', 0, 3)).toBe('content');
  });
});
