/**
 * The constraints and indexes derived from the graph model: for today's model, the very statements
 * main applied from its hand-written file (tests/fixtures/db/constraints-b36cc2b.cypher); for a
 * model with a new label, property and relationship type, theirs too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { splitStatements } from '../../src/db/cypher-files';
import { AUDIT_SCHEMA, declaredSchema, modelSchema } from '../../src/db/schema-declaration';
import { createStatement } from '../../src/db/schema.cypher';
import { GraphModel, PropertyDeclaration } from '../../src/model/declaration';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { EXTENDED_MODEL } from '../support/extended-model';

const BEFORE = path.join(__dirname, '..', 'fixtures', 'db', 'constraints-b36cc2b.cypher');
const oneLine = (statement: string): string => statement.replace(/\s+/g, ' ').trim();

test('for today\'s model: every statement the hand-written file had, in its order, but the full-text index, which V0002 rebuilds', () => {
  const before = splitStatements(fs.readFileSync(BEFORE, 'utf8')).map(oneLine);
  const derived = [...modelSchema(GRAPH_MODEL), ...AUDIT_SCHEMA].map(createStatement).map(oneLine);
  const nameOf = (statement: string): string => /^CREATE (?:CONSTRAINT|FULLTEXT INDEX|INDEX) (\S+)/.exec(statement)![1];
  const kept = derived.filter((statement) => before.some((old) => nameOf(old) === nameOf(statement)));
  // Model version 2 added labels and names to search: the one definition that changed.
  const changed = kept.filter((statement) => !before.includes(statement)).map(nameOf);
  expect(changed).toEqual(['entity_names']);
  expect(kept.map(nameOf)).toEqual(before.map(nameOf));
  expect(fs.readFileSync(path.join(__dirname, '..', '..', 'cypher', 'migrations', 'V0002__Racing_model.cypher'), 'utf8'))
    .toContain('DROP INDEX entity_names IF EXISTS;');
});

test('a new label, an indexed and searchable property and an indexed relationship property each get theirs', () => {
  const person = GRAPH_MODEL.nodes.find((node) => node.label === 'Person')!;
  const model: GraphModel = {
    ...GRAPH_MODEL,
    nodes: [
      ...GRAPH_MODEL.nodes.map((node) => node === person ? {
        ...person, properties: { ...person.properties, nickname: { type: 'string', max: 100, searchable: true, indexed: true } as PropertyDeclaration },
      } : node),
      { label: 'PitCrew', description: 'A pit crew.', nameProperty: 'name', inSeedFiles: true, curated: true, properties: { name: { type: 'string', max: 200, searchable: true } as PropertyDeclaration } },
    ],
    relationships: [...GRAPH_MODEL.relationships, {
      type: 'COACHED', description: 'A coach and a driver.', from: ['Person'], to: ['Person'], symmetric: false, cardinality: 'many-to-many',
      words: 'coached', curated: true, fields: [], properties: { since: { type: 'int', min: 1900, max: 2100, indexed: true } as PropertyDeclaration },
    }],
  };
  const statements = declaredSchema(model).map(createStatement).map(oneLine);
  expect(statements).toContain('CREATE CONSTRAINT pit_crew_id IF NOT EXISTS FOR (n:PitCrew) REQUIRE n.id IS UNIQUE');
  expect(statements).toContain('CREATE INDEX person_nickname IF NOT EXISTS FOR (n:Person) ON (n.nickname)');
  expect(statements).toContain('CREATE INDEX coached_since IF NOT EXISTS FOR ()-[r:COACHED]-() ON (r.since)');
  const fulltext = statements.find((statement) => statement.startsWith('CREATE FULLTEXT INDEX entity_names'));
  expect(fulltext).toMatch(/FOR \(n:Person\|.*\|Event\|PitCrew\) ON EACH \[.*n\.nickname.*\]/);
  // Not in today's: the derived list differs from the model it came from.
  expect(declaredSchema(GRAPH_MODEL).map((item) => item.name)).not.toContain('person_nickname');
});

test('a model without searchable properties has no full-text index', () => {
  const model: GraphModel = { ...GRAPH_MODEL, nodes: GRAPH_MODEL.nodes.map((node) => ({ ...node, properties: Object.fromEntries(Object.entries(node.properties).map(([name, p]) => [name, { ...p, searchable: false }])) })) };
  expect(modelSchema(model).filter((item) => item.kind === 'fulltext')).toEqual([]);
});

test('the extended test model (tests/support/extended-model.ts): Person.nickname joins the full-text index', () => {
  const fulltext = modelSchema(EXTENDED_MODEL).find((item) => item.kind === 'fulltext');
  expect(fulltext).toMatchObject({ name: 'entity_names', properties: expect.arrayContaining(['nickname']) });
});
