/**
 * The invented racing fixtures (tests/fixtures/racing/, see its README.md): one seed file per
 * invented source, covering meetings, classes, shared entries, crews, roles held, awards and
 * relative dates. Their ids are fixed; tests across the suite use them.
 */
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
