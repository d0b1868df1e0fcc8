import { createHash } from 'node:crypto';
import { chmod, lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CORRUPT_PNG, jpegBomb, pngBomb, SCRIPTED_SVG, TINY_IMAGES } from './images';

/**
 * The hostile-deck corpus: one small deck per case, generated in test setup (huge, binary,
 * symlink and permission cases are never committed). Every deck but `nothing-readable` also has
 * `00-ok.md`, whose slide must still show: a bad file never takes the deck down.
 */

/** A diagnostic a case must produce (what `lectern check` prints, naming the file). */
interface ExpectedProblem {
  code: string;
  file: string;
  severity: 'error' | 'warning' | 'info';
  /** Expected line, when the case pins it. */
  line?: number;
}

/** One case of the corpus. */
export interface HostileCase {
  /** Folder name of the case's deck. */
  id: string;
  /** What the case is, for the table in docs/hostile-input.md. */
  title: string;
  /** Writes the deck into `dir` (the corpus root holds `outside/`, a folder next to every deck). */
  make(dir: string): Promise<void>;
  /** Problems `check` must report (at least these; no others unless listed). */
  problems: ExpectedProblem[];
  /** Slide titles that must be in the deck (the rest of it works). */
  slides: string[];
  /** Total slide count when the case pins it. */
  slideCount?: number;
  /** Only meaningful when the reader cannot bypass file modes (not root, or in a user namespace). */
  needsUnprivileged?: boolean;
  /** Large enough to take seconds to generate and read. */
  huge?: boolean;
  /** Why the test run does not export this case (said in the table in docs/hostile-input.md). */
  skipExport?: string;
}

/** A sentinel every "would run code" payload in the corpus tries to create: it must never exist. */
export const PWNED_FILE = 'PWNED';
const OK = { name: '00-ok.md', text: '# Still works\n\nThe rest of the deck is shown.\n' };
const u16 = (s: string, bom: boolean, be = false): Buffer => {
  const b = Buffer.from(s, 'utf16le');
  if (be) b.swap16();
  return Buffer.concat([bom ? Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0), b]);
};
/** Test-only 8-bit encoder built from the decoder's own table (the product never encodes). */
const encode8 = (text: string, label: string): Buffer => {
  const dec = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 255; b >= 0; b--) table.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => table.get(c) ?? 0x3f));
};
const RU = '# Введение\n\nFlask - это микрофреймворк, а Django - полноценный фреймворк.\n\nNote: показать пример кода.\n';

async function files(dir: string, entries: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries({ [OK.name]: OK.text, ...entries })) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

/** The cases, in the order of the table in docs/hostile-input.md. */
export const HOSTILE_CASES: HostileCase[] = [
  {
    id: 'utf8-bom',
    title: 'UTF-8 with a BOM before front matter',
    problems: [],
    slides: ['С BOM'],
    make: (d) => files(d, { '01-bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\ntitle: Раздел\n---\n# С BOM\n')]) }),
  },
  {
    id: 'utf16',
    title: 'UTF-16 LE and BE with BOM, UTF-16 LE without BOM',
    problems: [],
    slides: ['UTF-16 LE BOM', 'UTF-16 BE BOM', 'UTF-16 LE без BOM'],
    make: (d) => files(d, { '01-le.md': u16('# UTF-16 LE BOM\n', true), '02-be.md': u16('# UTF-16 BE BOM\n', true, true), '03-le-nobom.md': u16('# UTF-16 LE без BOM\r\n\r\nтекст\r\n', false) }),
  },
  {
    id: 'windows-1251',
    title: 'Windows-1251 Russian text',
    problems: [{ code: 'file-encoding-guessed', file: '01-cp1251.md', severity: 'warning' }],
    slides: ['Введение'],
    make: (d) => files(d, { '01-cp1251.md': encode8(RU, 'windows-1251') }),
  },
  {
    id: 'koi8-r',
    title: 'KOI8-R Russian text',
    problems: [{ code: 'file-encoding-guessed', file: '01-koi8.md', severity: 'warning' }],
    slides: ['Введение'],
    make: (d) => files(d, { '01-koi8.md': encode8(RU, 'koi8-r') }),
  },
  {
    id: 'latin1',
    title: 'Latin-1 (invalid UTF-8) Western text',
    problems: [{ code: 'file-encoding-guessed', file: '01-latin1.md', severity: 'warning' }],
    slides: ['Café crème'],
    make: (d) => files(d, { '01-latin1.md': Buffer.from('# Café crème\n\nRésumé, à bientôt.\n', 'latin1') }),
  },
  {
    id: 'damaged-utf8',
    title: 'UTF-8 with a damaged byte sequence (a cut download)',
    problems: [{ code: 'file-encoding-guessed', file: '01-cut.md', severity: 'warning' }],
    slides: ['Введение'],
    make: (d) => files(d, { '01-cut.md': Buffer.concat([Buffer.from(RU), Buffer.from([0xd0])]) }),
  },
  {
    id: 'line-endings',
    title: 'CRLF, CR-only and mixed line endings',
    problems: [],
    slides: ['CRLF 1', 'CRLF 2', 'CR 1', 'CR 2', 'Mixed 1', 'Mixed 2'],
    make: (d) => files(d, { '01-crlf.md': '# CRLF 1\r\n---\r\n# CRLF 2\r\n', '02-cr.md': '# CR 1\r---\r# CR 2\r', '03-mixed.md': '# Mixed 1\r\n\n---\r# Mixed 2\n' }),
  },
  {
    id: 'binary-md',
    title: 'Binary files named .md (a PNG, random bytes)',
    slides: ['Still works'],
    slideCount: 1,
    problems: [
      { code: 'file-encoding', file: '01-picture.md', severity: 'error', line: 1 },
      { code: 'file-encoding', file: '02-random.md', severity: 'error', line: 1 },
    ],
    make: (d) => files(d, { '01-picture.md': TINY_IMAGES.png, '02-random.md': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)) }),
  },
  {
    id: 'empty-files',
    title: 'Empty file, blank file, only separators',
    slides: ['Still works'],
    slideCount: 1,
    problems: [
      { code: 'file-empty', file: '01-empty.md', severity: 'warning' },
      { code: 'file-empty', file: '02-blank.md', severity: 'warning' },
      { code: 'file-empty', file: '03-separators.md', severity: 'warning' },
    ],
    make: (d) => files(d, { '01-empty.md': '', '02-blank.md': '\n \n\t\n', '03-separators.md': '---\n'.repeat(5000) }),
  },
  {
    id: 'huge-file',
    title: 'A 10 MB slide file (opens) and an 11 MB one (refused)',
    huge: true,
    slides: ['Big 1', 'Big 1000'],
    slideCount: 1001,
    problems: [{ code: 'file-too-large', file: '02-too-big.md', severity: 'error' }],
    make: async (d) => {
      const para = `${'Lorem ipsum dolor sit amet, текст на русском. '.repeat(160)}\n\n`;
      const big = Array.from({ length: 1000 }, (_, i) => `# Big ${i + 1}\n\n${para}`).join('---\n');
      // Exactly 10,000,000 bytes: ASCII padding keeps the UTF-8 valid.
      await files(d, { '01-big.md': big + '.'.repeat(10_000_000 - Buffer.byteLength(big) - 1) + '\n', '02-too-big.md': Buffer.alloc(11 * 1024 * 1024, 'a') });
    },
  },
  {
    id: 'many-slides',
    title: '10,000 slides in 100 files',
    huge: true,
    skipExport: 'a 10,000-page PDF did not finish within 15 minutes on the shared 2-core test machine; export speed is measured by the bench (up to 500 slides)',
    problems: [],
    slides: ['Slide 1.1', 'Slide 100.100'],
    slideCount: 10_001,
    make: (d) =>
      files(
        d,
        Object.fromEntries(
          Array.from({ length: 100 }, (_, f) => [`${String(f + 1).padStart(3, '0')}.md`, Array.from({ length: 100 }, (_, s) => `# Slide ${f + 1}.${s + 1}\n\n- point\n`).join('---\n')]),
        ),
      ),
  },
  {
    id: 'symlinks',
    title: 'Symlinks: inside (work), outside (refused), loops (no hang)',
    slides: ['Through a link', 'Image through a link'],
    problems: [
      { code: 'file-outside-deck', file: '03-outside.md', severity: 'error' },
      { code: 'file-link-loop', file: '04-loop.md', severity: 'error' },
      { code: 'file-link-loop', file: '05-loop-a.md', severity: 'error' },
      { code: 'file-link-loop', file: '06-loop-b.md', severity: 'error' },
      { code: 'asset-missing', file: '02-image.md', severity: 'warning', line: 5 },
    ],
    make: async (d) => {
      await files(d, { '_real.md': '# Through a link\n', 'img/pic.png': TINY_IMAGES.png, '02-image.md': '# Image through a link\n\n![alias](img/alias.png)\n\n![leak](img/leak.png)\n' });
      await symlink('_real.md', path.join(d, '01-linked.md'));
      await symlink('pic.png', path.join(d, 'img/alias.png'));
      await symlink('../../outside/secret.png', path.join(d, 'img/leak.png'));
      await symlink('../outside/secret.md', path.join(d, '03-outside.md'));
      await symlink('04-loop.md', path.join(d, '04-loop.md'));
      await symlink('06-loop-b.md', path.join(d, '05-loop-a.md'));
      await symlink('05-loop-a.md', path.join(d, '06-loop-b.md'));
      await symlink('..', path.join(d, 'img/up-loop'));
    },
  },
  {
    id: 'unreadable',
    title: 'Unreadable file and folder (chmod 000)',
    needsUnprivileged: true,
    slides: ['Still works', 'Picture in a locked folder'],
    problems: [
      { code: 'file-unreadable', file: '01-locked.md', severity: 'error' },
      { code: 'asset-missing', file: '02-picture.md', severity: 'warning', line: 3 },
    ],
    make: async (d) => {
      await files(d, { '01-locked.md': '# Locked\n', '02-picture.md': '# Picture in a locked folder\n\n![p](locked/pic.png)\n', 'locked/pic.png': TINY_IMAGES.png });
      await chmod(path.join(d, '01-locked.md'), 0o000);
      await chmod(path.join(d, 'locked'), 0o000);
    },
  },
  {
    id: 'file-names',
    title: 'File names with spaces, Cyrillic, emoji, #?%&, NFC/NFD twins',
    problems: [],
    slideCount: 7,
    slides: ['Spaces', 'Кириллица', 'Emoji', 'Symbols', 'NFC', 'NFD'],
    make: (d) =>
      files(d, {
        '01 with spaces.md': '# Spaces\n\n![p](img/a%20picture.png)\n',
        '02-привет.md': '# Кириллица\n\n![p](img/схема.png)\n',
        '03-🎉.md': '# Emoji\n\n![p](img/🎉.png)\n',
        '04-a#b?c%d&e.md': '# Symbols\n\n![p](img/a%23b%3Fc%25d%26e.png)\n',
        ['05-caf\u00e9.md']: '# NFC\n\n![p](img/caf%C3%A9.png)\n',
        ['06-cafe\u0301.md']: '# NFD\n\n![p](img/cafe%CC%81.png)\n',
        'img/a picture.png': TINY_IMAGES.png,
        'img/схема.png': TINY_IMAGES.gif,
        'img/🎉.png': TINY_IMAGES.png,
        'img/a#b?c%d&e.png': TINY_IMAGES.png,
        ['img/caf\u00e9.png']: TINY_IMAGES.png,
        ['img/cafe\u0301.png']: TINY_IMAGES.png,
      }),
  },
  {
    id: 'path-attacks',
    title: 'Paths: ../, ..%2f, %00, absolute, file:, C:\\, \\\\server\\share',
    slides: ['Paths'],
    // Images outside the deck are errors (never shown); a link outside it is a warning (its text stays, as Marp and reveal.js show it).
    problems: [
      ...[3, 4, 5, 6, 7, 8, 9].map((line) => ({ code: 'url-refused', file: '01-paths.md', severity: 'error' as const, line })),
      { code: 'link-refused', file: '01-paths.md', severity: 'warning' as const, line: 10 },
    ],
    make: (d) =>
      files(d, {
        '01-paths.md': [
          '# Paths',
          '',
          '![a](../outside/secret.png)',
          '![b](..%2foutside%2fsecret.png)',
          '![c](img/pic.png%00.md)',
          '![d](/etc/passwd)',
          '![e](file:///etc/passwd)',
          '<img src="C:\\Windows\\win.ini">',
          '<img src="\\\\server\\share\\x.png">',
          '[f](..%2F..%2F..%2Fetc%2Fpasswd)',
          '',
        ].join('\n'),
      }),
  },
  {
    id: 'images',
    title: 'Images: missing, corrupt, scripted SVG, PNG and JPEG decompression bombs',
    slides: ['Images'],
    problems: [
      { code: 'asset-missing', file: '01-images.md', severity: 'warning', line: 3 },
      { code: 'image-corrupt', file: '01-images.md', severity: 'warning', line: 4 },
      { code: 'image-too-large', file: '01-images.md', severity: 'error', line: 6 },
      { code: 'image-too-large', file: '01-images.md', severity: 'error', line: 7 },
    ],
    make: (d) =>
      files(d, {
        '01-images.md': '# Images\n\n![gone](img/missing.png)\n![bad](img/corrupt.png)\n![svg](img/scripted.svg)\n![bomb](img/bomb.png)\n<img src="img/bomb.jpg">\n![ok](img/ok.webp)\n',
        'img/corrupt.png': CORRUPT_PNG,
        'img/scripted.svg': SCRIPTED_SVG,
        'img/bomb.png': pngBomb(),
        'img/bomb.jpg': jpegBomb(),
        'img/ok.webp': TINY_IMAGES.webpLossy,
      }),
  },
  {
    id: 'yaml',
    title: 'Front matter: malformed, alias bomb, ---js, 100 KB block',
    slides: ['After bad YAML', 'After JS', 'After huge'],
    problems: [
      { code: 'yaml-syntax', file: '01-malformed.md', severity: 'error', line: 3 },
      { code: 'front-matter-language', file: '02-js.md', severity: 'error', line: 1 },
      { code: 'yaml-too-large', file: '03-huge.md', severity: 'error', line: 2 },
      { code: 'yaml-aliases', file: 'deck.yaml', severity: 'error', line: 1 },
    ],
    make: (d) =>
      files(d, {
        '01-malformed.md': '---\ntitle: ok\nduration: [5m\n---\n# After bad YAML\n',
        '02-js.md': `---js\n{ title: require('fs').writeFileSync('${PWNED_FILE}', 'ran') }\n---\n# After JS\n`,
        '03-huge.md': `---\ntitle: Huge\n${Array.from({ length: 5000 }, (_, i) => `k${i}: ${'x'.repeat(16)}`).join('\n')}\n---\n# After huge\n`,
        'deck.yaml': ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n'),
      }),
  },
  {
    id: 'pathological',
    title: 'Pathological Markdown: 10,000 nested quotes, a list 1,000 deep, an emphasis storm, a 1 MB line, unclosed fence and comment',
    slides: ['Long line', 'Unclosed fence', 'Unclosed comment'],
    slideCount: 7,
    problems: ['01-quotes.md', '02-deep-list.md', '03-storm.md'].map((file) => ({ code: 'slide-too-complex', file, severity: 'error' as const, line: 1 })),
    make: (d) =>
      files(d, {
        '01-quotes.md': `${'>'.repeat(10_000)} deep\n`,
        '02-deep-list.md': Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n'),
        '03-storm.md': '*a'.repeat(100_000),
        '04-long-line.md': `# Long line\n\n${'word '.repeat(200_000)}\n`,
        '05-fence.md': `# Unclosed fence\n\n\`\`\`js\n${'const a = 1;\n'.repeat(1000)}---\n# Not a slide: still in the fence\n`,
        '06-comment.md': `# Unclosed comment\n\n<!-- never closed\n${'text\n'.repeat(1000)}`,
      }),
  },
  {
    id: 'nothing-readable',
    title: 'A deck where no file gives a slide',
    slides: [],
    slideCount: 0,
    problems: [
      { code: 'file-encoding', file: '01-binary.md', severity: 'error' },
      { code: 'file-empty', file: '02-empty.md', severity: 'warning' },
      { code: 'deck-empty', file: '.', severity: 'error' },
    ],
    make: async (d) => {
      await mkdir(d, { recursive: true });
      await writeFile(path.join(d, '01-binary.md'), TINY_IMAGES.gif);
      await writeFile(path.join(d, '02-empty.md'), '');
    },
  },
];

/** Writes the corpus under `root` (one folder per case plus `outside/`); returns each deck's folder. */
export async function writeHostileCorpus(root: string, cases = HOSTILE_CASES): Promise<Map<string, string>> {
  await mkdir(path.join(root, 'outside'), { recursive: true });
  await writeFile(path.join(root, 'outside/secret.md'), '# Secret outside the deck\n');
  await writeFile(path.join(root, 'outside/secret.png'), TINY_IMAGES.png);
  const dirs = new Map<string, string>();
  for (const c of cases) {
    const dir = path.join(root, c.id);
    await mkdir(dir, { recursive: true });
    await c.make(dir);
    dirs.set(c.id, dir);
  }
  return dirs;
}

/** Gives back read and search rights the corpus took away (so temp folders can be removed). */
export async function unlockHostileCorpus(root: string): Promise<void> {
  const dir = path.join(root, 'unreadable');
  await chmod(path.join(dir, 'locked'), 0o755).catch(() => undefined);
  await chmod(path.join(dir, '01-locked.md'), 0o644).catch(() => undefined);
}

/**
 * A hash of every entry under `root` (names, modes, file bytes, link targets), without following
 * links and skipping unreadable entries' content: equal before and after means nothing changed.
 */
export async function hashTree(root: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    const names = (await readdir(dir).catch(() => [] as string[])).sort();
    for (const name of names) {
      const full = path.join(dir, name);
      const info = await lstat(full);
      hash.update(`${path.relative(root, full)}\0${info.mode}\0${info.size}\0${info.mtimeMs}\0`);
      if (info.isSymbolicLink()) hash.update(await readlink(full));
      else if (info.isDirectory()) await walk(full);
      else hash.update(await readFile(full).catch(() => Buffer.from('unreadable')));
    }
  };
  await walk(root);
  return hash.digest('hex');
}
