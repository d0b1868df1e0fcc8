import { execFile } from 'node:child_process';
import { diagnostic } from '../core/diagnostic-text';
import type { Diagnostic, Slide } from '../core/types';
import { TimeSlicer } from './sliced-build';

/**
 * Scripts the bundled fonts (PT Sans, JetBrains Mono: Latin, Cyrillic, Greek) do not cover, with
 * the fontconfig language that stands for each. Text in one of these shows as empty boxes unless
 * an installed font covers it.
 */
const SCRIPTS: { name: string; lang: string; re: RegExp; hint: string }[] = [
  { name: 'Japanese', lang: 'ja', re: /[\u3040-\u30ff]/, hint: 'fonts-noto-cjk' },
  { name: 'Chinese', lang: 'zh-cn', re: /[\u4e00-\u9fff]/, hint: 'fonts-noto-cjk' },
  { name: 'Korean', lang: 'ko', re: /[\uac00-\ud7a3]/, hint: 'fonts-noto-cjk' },
  { name: 'Arabic', lang: 'ar', re: /[\u0600-\u06ff]/, hint: 'fonts-noto-core' },
  { name: 'Hebrew', lang: 'he', re: /[\u0590-\u05ff]/, hint: 'fonts-noto-core' },
  { name: 'Devanagari', lang: 'hi', re: /[\u0900-\u097f]/, hint: 'fonts-noto-core' },
  { name: 'Thai', lang: 'th', re: /[\u0e00-\u0e7f]/, hint: 'fonts-noto-core' },
];

/** `fc-list :lang=xx` answers, once per process: true covered, false not, null when fontconfig is not there. */
const answers = new Map<string, Promise<boolean | null>>();

function covered(lang: string): Promise<boolean | null> {
  let answer = answers.get(lang);
  if (!answer) {
    answer = new Promise((resolve) => {
      execFile('fc-list', [`:lang=${lang}`, 'family'], { timeout: 5000 }, (err, stdout) => resolve(err ? null : stdout.trim() !== ''));
    });
    answers.set(lang, answer);
  }
  return answer;
}

/**
 * A warning for each script in the slides that no bundled or installed font covers, at the first
 * line that uses it. Uses fontconfig (`fc-list`, Linux and BSD); where it is missing nothing is
 * reported, since the system's own font fallback decides there.
 */
export async function fontCoverageDiagnostics(slides: Slide[]): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const slicer = new TimeSlicer();
  for (const script of SCRIPTS) {
    let slide: Slide | undefined;
    // 100,000 slides times seven scripts: in slices, so a presenter's key is not held up.
    for (let i = 0; i < slides.length && !slide; i++) {
      if (script.re.test(slides[i]!.source)) slide = slides[i];
      else if (i % 512 === 511) await slicer.pause();
    }
    if (!slide || (await covered(script.lang)) !== false) continue;
    const lines = slide.source.split('\n');
    const at = lines.findIndex((l) => script.re.test(l));
    const sample = lines[at]!.match(new RegExp(`${script.re.source}+`))?.[0]?.slice(0, 12) ?? '';
    out.push(diagnostic({ severity: 'warning', code: 'font-missing', file: slide.file, line: slide.line + Math.max(at, 0), params: { script: script.name, sample, package: script.hint } }));
  }
  return out;
}
