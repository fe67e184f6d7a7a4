/**
 * Every change to the graph model comes with its migration: the model's version has a migration
 * file, and the hash of the model's declaration is the one recorded for that version. A test that
 * fails here says what to do.
 */
import { readMigrations } from '../../src/db/migrations/migration-files';
import { modelHash, recordedModelHashes } from '../../src/db/migrations/model-hash';
import { GRAPH_MODEL } from '../../src/model/graph-model';

test('the graph model\'s declaration is the one recorded for its version', () => {
  const { version } = GRAPH_MODEL;
  const recorded = recordedModelHashes()[String(version)];
  const hash = modelHash(GRAPH_MODEL);
  if (recorded !== hash) {
    throw new Error(
      `The graph model (src/model/graph-model.ts) changed, but its version (${version}) did not${recorded ? '' : ' have a recorded hash'}. To change the model:\n`
        + `  1. bump GRAPH_MODEL.version to ${version + 1};\n`
        + `  2. add cypher/migrations/V${String(version + 1).padStart(4, '0')}__<What_changed>.cypher: what brings a database at version ${version} to the new model `
        + '(e.g. DROP INDEX ... IF EXISTS for an index whose definition changed, or data moved to a new property; comments only when nothing needs to change);\n'
        + `  3. record the new model's hash in cypher/migrations/model-versions.json: "${version + 1}": "<the hash this test then prints>".\n`
        + `(This model's hash: ${hash}; recorded for version ${version}: ${recorded ?? 'none'}.)`,
    );
  }
});

test('the last migration is of the model\'s version, and every recorded version has one', () => {
  const versions = readMigrations().map((migration) => migration.version);
  expect(versions.at(-1)).toBe(GRAPH_MODEL.version);
  expect(Object.keys(recordedModelHashes()).map(Number).filter((version) => !versions.includes(version))).toEqual([]);
});

test('the hash covers the whole declaration: a changed description changes it', () => {
  const changed = { ...GRAPH_MODEL, nodes: GRAPH_MODEL.nodes.map((node, i) => (i === 0 ? { ...node, description: `${node.description}!` } : node)) };
  expect(modelHash(changed)).not.toBe(modelHash(GRAPH_MODEL));
  expect(modelHash({ ...GRAPH_MODEL })).toBe(modelHash(GRAPH_MODEL));
});
