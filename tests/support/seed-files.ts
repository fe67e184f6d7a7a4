/** Copies of the real seed file with one deliberate defect, for the "bad input loses nothing" tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_DIR, seedFilesIn } from '../../src/seed/load-seed';

/** The interview's seed file: the one stored source, whose text is in seed/sources/. */
export const SEED_FILE = seedFilesIn().find((file) => file.endsWith('females-in-motorsport-amber-balcaen-2023.yaml'))!;
export const SEED_TEXT = fs.readFileSync(SEED_FILE, 'utf8');

/** Writes `yaml` as a seed file in a fresh folder that also holds the source texts. */
export function writeSeedCopy(yaml: string, name = 'broken-source.yaml'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-seed-'));
  fs.cpSync(path.join(SEED_DIR, 'sources'), path.join(dir, 'sources'), { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, yaml);
  return file;
}

/** The seed file with the first occurrence of `from` replaced; fails loudly if `from` is absent. */
export function seedWith(from: string, to: string): string {
  if (!SEED_TEXT.includes(from)) throw new Error(`the seed file no longer contains ${JSON.stringify(from)}`);
  return SEED_TEXT.replace(from, to);
}

/** 1-based line of the first occurrence of `text` in `yaml`. */
export function lineOf(yaml: string, text: string): number {
  return yaml.slice(0, yaml.indexOf(text)).split('\n').length;
}
