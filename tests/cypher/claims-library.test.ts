/**
 * The analysts' queries about claims (cypher/disputed-facts.cypher, cypher/claims-of-source.cypher),
 * run as `npm run cypher` runs them, on the invented retraction fixtures (tests/fixtures/retraction/):
 * source A (2020) says Ruth Able was born in 1990, source B (2024-03) says 1991.
 */
import path from 'node:path';
import { namedQuery } from '../../src/db/cypher-files';
import { prepareDatabase } from '../../src/db/prepare';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { resetGraph } from '../../src/seed/reset';
import { useTestDatabase } from '../support/neo4j';

const database = useTestDatabase({ seeded: false });
const FIXTURES = path.join(__dirname, '../fixtures/retraction');

beforeAll(async () => {
  await resetGraph(database());
  await prepareDatabase(database());
  await loadSeedFiles(database(), ['a', 'b'].map((name) => path.join(FIXTURES, `test-fixture-source-${name}.yaml`)));
}, 120_000);

const run = (name: string, params: Record<string, unknown>) => database().read(namedQuery(name).cypher, params);

test('disputed-facts: the born dispute, answered by recency, with both claims and their support', async () => {
  const rows = await run('disputed-facts', { entityId: 'test-ruth-able', sourceId: null });
  expect(rows).toHaveLength(1);
  const [dispute] = rows;
  expect(dispute).toMatchObject({ dispute: 'test-ruth-able#born', subject: 'test-ruth-able', about: 'Person', property: 'born', answered: '1991', rule: 'recency' });
  const claims = (dispute.claims as Record<string, unknown>[]).sort((a, b) => String(a.source).localeCompare(String(b.source)));
  expect(claims.map((claim) => [claim.source, claim.value, claim.storage, claim.preferred])).toEqual([
    ['test-fixture-source-a', '1990', 'stored', false],
    ['test-fixture-source-b', '1991', 'cited', true],
  ]);
  expect(claims[1]).toMatchObject({ locator: 'paragraph 1', excerpt: 'Ruth Able (born 1991), nicknamed The Kite' });
  expect(await run('disputed-facts', { entityId: 'test-team-kite', sourceId: null })).toEqual([]);
  expect(await run('disputed-facts', { entityId: null, sourceId: 'test-fixture-source-b' })).toHaveLength(1);
});

test('claims-of-source: what B says, fact by fact, and which of its values the graph answers with', async () => {
  const rows = await run('claims-of-source', { sourceId: 'test-fixture-source-b' });
  const ruth = rows.filter((row) => row.subject === 'test-ruth-able');
  expect(ruth.map((row) => [row.property, row.value])).toEqual([[null, null], ['born', '1991'], ['name', 'Ruth Able'], ['nicknames', 'The Kite']]);
  expect(ruth.every((row) => row.storage === 'cited' && row.locator === 'paragraph 1')).toBe(true);
  expect(rows.find((row) => row.subject === 'test-lou-bell|MENTORED|test-ruth-able')).toMatchObject({ about: 'MENTORED', property: null });
  const fromA = await run('claims-of-source', { sourceId: 'test-fixture-source-a' });
  expect(fromA.find((row) => row.property === 'born')).toMatchObject({ value: '1990', preferred: false, disputed: true });
});
