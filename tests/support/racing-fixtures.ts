/**
 * The invented racing fixtures (tests/fixtures/racing/, see its README.md): one seed file per
 * invented source, covering meetings, classes, shared entries, crews, roles held, awards and
 * relative dates. Their ids are fixed; tests across the suite use them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedFilesIn } from '../../src/seed/load-seed';

export const RACING_FIXTURES_DIR = path.join(__dirname, '../fixtures/racing');

/** The four fixture files, in name order. */
export const RACING_FIXTURES: string[] = seedFilesIn(RACING_FIXTURES_DIR);

/** One fixture file by its source id (e.g. "test-fixture-team-boss"). */
export function racingFixture(sourceId: string): string {
  const file = RACING_FIXTURES.find((candidate) => path.basename(candidate, '.yaml') === sourceId);
  if (!file) throw new Error(`no racing fixture ${sourceId} in ${RACING_FIXTURES_DIR}`);
  return file;
}

/**
 * A copy of a fixture (in a fresh folder with the source texts) with the first occurrence of `from`
 * replaced by `to`; fails loudly when the fixture no longer contains `from`.
 */
export function racingFixtureWith(sourceId: string, from: string, to: string): string {
  const text = fs.readFileSync(racingFixture(sourceId), 'utf8');
  if (!text.includes(from)) throw new Error(`${sourceId}.yaml no longer contains ${JSON.stringify(from)}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-racing-fixture-'));
  fs.cpSync(path.join(RACING_FIXTURES_DIR, 'sources'), path.join(dir, 'sources'), { recursive: true });
  const file = path.join(dir, `${sourceId}.yaml`);
  fs.writeFileSync(file, text.replace(from, to));
  return file;
}
