import { describe, expect, it } from 'vitest';
import { splitFrontMatter, splitSlides } from './split-slides';

describe('splitFrontMatter', () => {
  it('separates YAML from the body and reports where the body starts', () => {
    const fm = splitFrontMatter('---\ntitle: ORM\nduration: 5m\n---\n# Slide\n');
    expect(fm.yaml).toBe('title: ORM\nduration: 5m');
    expect(fm.bodyLine).toBe(5);
    expect(fm.body).toBe('# Slide\n');
  });
  it('treats a leading separator followed by Markdown as a slide break, not YAML', () => {
    const fm = splitFrontMatter('---\n# One\n---\n# Two');
    expect(fm.yaml).toBeNull();
    expect(fm.body).toBe('---\n# One\n---\n# Two');
  });
  it('flags ---js front matter without evaluating it', () => {
    expect(splitFrontMatter('---js\n{ title: process.exit(1) }\n---\n# A').foreignLanguage).toBe('js');
  });
});

describe('splitSlides', () => {
  it('splits on --- lines with their starting lines', () => {
    const chunks = splitSlides('# A\ntext\n---\n# B\n---\n# C', 4);
    expect(chunks.map((c) => [c.line, c.body.trim()])).toEqual([
      [4, '# A\ntext'],
      [7, '# B'],
      [9, '# C'],
    ]);
  });
  it('never splits inside a code fence, backtick or tilde', () => {
    const chunks = splitSlides('```yaml\n---\nkey: 1\n```\n~~~~\n---\n~~~~\nafter', 1);
    expect(chunks).toHaveLength(1);
  });
  it('takes everything after Note: as speaker notes', () => {
    const [chunk] = splitSlides('# Title\n\nNote:\nSay **this**.\nAnd that.', 1);
    expect(chunk!.body.trim()).toBe('# Title');
    expect(chunk!.notes).toBe('Say **this**.\nAnd that.');
  });
  it('accepts Notes: with text on the same line', () => {
    expect(splitSlides('# T\nNotes: short one', 1)[0]!.notes).toBe('short one');
  });
  it('accepts Marp-style comments as notes but not directives or comments in code', () => {
    const [chunk] = splitSlides('<!-- _class: lead -->\n# T\n<!--\nremember\n-->\n```html\n<!-- code -->\n```', 1);
    expect(chunk!.notes).toBe('remember');
    expect(chunk!.body).toContain('<!-- code -->');
    expect(chunk!.body).not.toContain('_class');
    // Lines are preserved so later diagnostics point at the right line.
    expect(chunk!.body.split('\n')).toHaveLength(8);
  });
  it('leaves comments in inline code and indented code alone', () => {
    const [chunk] = splitSlides('Use `<!-- x -->` to hide.\n\n    <!-- in code -->\n    more code\n\n<!-- real note -->', 1);
    expect(chunk!.notes).toBe('real note');
    expect(chunk!.body).toContain('`<!-- x -->`');
    expect(chunk!.body).toContain('    <!-- in code -->');
  });
  it('a lone backtick does not swallow the notes after it', () => {
    expect(splitSlides('Press the ` key.\n\nMore text.\n\n<!-- the note -->', 1)[0]!.notes).toBe('the note');
  });
  it('does not treat Note: inside a fence as notes', () => {
    expect(splitSlides('```\nNote: not a note\n```', 1)[0]!.notes).toBe('');
  });
  it('handles CRLF and CR line endings', () => {
    expect(splitSlides('# A\r\n---\r\n# B\r---\r# C', 1)).toHaveLength(3);
  });
});
