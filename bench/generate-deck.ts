// Writes a deck of N generated slides (Russian text, a list, a table, a code block and notes
// each), spread over files of 10 slides, for the benchmarks.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const WORDS = 'фреймворк приложение модель запрос шаблон маршрут база данных расширение панель администратор миграция представление'.split(' ');

function slide(n: number): string {
  const w = (k: number): string => WORDS[(n * 7 + k) % WORDS.length]!;
  return `## Слайд ${n}: ${w(0)} и ${w(1)}

- ${w(2)} обрабатывает ${w(3)}
- ${w(4)} хранит ${w(5)}
- пункт номер ${n}

| Flask | Django |
|---|---|
| ${w(6)} | ${w(7)} |

\`\`\`python
def view_${n}(request):
    return render(request, "${w(8)}.html", {"n": ${n}})
\`\`\`

Note:
Заметка к слайду ${n}: расскажите про ${w(9)} и ${w(10)}.`;
}

/** Creates `dir` with `count` slides; returns the folder. */
export async function generateDeck(dir: string, count: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'deck.yaml'), `title: Бенчмарк ${count}\nauthor: Lectern bench\nlang: ru\n`);
  for (let f = 0; f * 10 < count; f++) {
    const slides = [];
    for (let i = f * 10; i < Math.min(count, f * 10 + 10); i++) slides.push(slide(i + 1));
    await writeFile(path.join(dir, `${String(f + 1).padStart(3, '0')}-part.md`), `---\ntitle: Часть ${f + 1}\n---\n${slides.join('\n\n---\n\n')}\n`);
  }
  return dir;
}
