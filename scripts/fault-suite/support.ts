/** Helpers shared by the fault suite's probe lists (scripts/fault-suite.test.ts). */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DeckSession } from '../../src/node/deck-session';
import { EditService } from '../../src/node/edit-service';

/** A probe: its name and a check that throws when Lectern does not hold. */
export type Probe = [name: string, run: () => Promise<void> | void];
/** Probe lists by attack class. */
export type ProbeClasses = Record<string, Probe[]>;

let makeTemp: () => Promise<string> = () => Promise.reject(new Error('fault suite: no temp folders'));
/** Where probes get their temp folders (the test file's useTempDirs, removed after each probe). */
export function useProbeTempDirs(make: () => Promise<string>): void {
  makeTemp = make;
}
export const tempDir = (): Promise<string> => makeTemp();
const format = { encoding: 'utf-8', bom: false, guessed: false };

export async function deck(files: Record<string, string> = { '01-a.md': '# A\n' }): Promise<{ dir: string; service: EditService; outside: string }> {
  const dir = await tempDir();
  for (const [n, t] of Object.entries(files)) await writeFile(path.join(dir, n), t);
  return { dir, service: new EditService(new DeckSession(dir), await tempDir()), outside: await tempDir() };
}
export const hashOf = async (service: EditService, id: string): Promise<string> => ((await service.call('readFile', [id])) as { value: { hash: string } }).value.hash;
export const save = (service: EditService, id: string, text: string, expectedHash: string | null) =>
  service.call('saveFile', [{ id, text, format, eol: '\n', expectedHash }]) as Promise<{ ok: boolean; value: { status: string } }>;
export const within = <T>(ms: number, p: Promise<T>): Promise<T> => Promise.race([p, new Promise<T>((_, r) => setTimeout(() => r(new Error(`hung for ${ms} ms`)), ms))]);
export const fifo = (file: string): void => void execFileSync('mkfifo', [file]);
