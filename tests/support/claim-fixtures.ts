/**
 * Claims made up for the export tests, written as `(:Claim)` nodes the way the claim store keeps
 * them (issue 16's spec: subject, property, value, source, storage, quotes or locator and excerpt,
 * addedAt, position, preferred, disputed, group, rule, pinned), about nodes and relationships of
 * the seed graph, and a cited Source they come from. INVENTED FOR TESTS: these are no source's
 * statements (the ids say test-fixture), and every test file reseeds the graph before it starts.
 */
import { Database } from '../../src/db/database';

/** The cited source the fixture claims come from (the properties every model version declares). */
export const CITED_SOURCE = {
  id: 'test-fixture-cited-source',
  title: 'Test fixture: an invented web page about Amber Balcaen',
  kind: 'other',
  url: 'https://example.org/test-fixture/amber-balcaen',
};

/** What a cited source adds from model version 3 on (a format that checks the model refuses them before). */
export const CITED_SOURCE_DETAILS = {
  retrieved: '2026-11-30',
  licence: 'CC BY-SA 4.0',
  authors: ['Test Author', 'Second Author'],
};

export const FIXTURE_ADDED_AT = '2026-11-30T12:34:56.789Z';

export interface FixtureClaims {
  /** The stored source of the seed graph that claims cite. */
  storedSource: string;
  /** A claim per kind of thing a claim can be, by name. */
  ids: {
    nodeExists: string; nodeName: string; citedName: string;
    relationshipExists: string; keyedRelationship: string;
    finishStored: string; finishCited: string; points: string; fastestLap: string; team: string;
  };
  father: string;
  race: string;
  teamOfRace: string;
  heldRole: { from: string; to: string; key: string };
}

const CREATE_SOURCE = `
MATCH (publisher:Organization)<-[:PUBLISHED_BY]-(:Source {id: $stored})
CREATE (s:Entity:Source) SET s = $source
CREATE (s)-[:PUBLISHED_BY]->(publisher)`;

const CREATE_CLAIMS = `
UNWIND $claims AS claim
CREATE (c:Claim) SET c = claim, c.addedAt = datetime($addedAt)`;

/**
 * Writes the fixture claims and their cited source into the seed graph (with CITED_SOURCE_DETAILS
 * when `details`); returns what they are about.
 */
export async function addClaimFixtures(db: Database, options: { details?: boolean } = {}): Promise<FixtureClaims> {
  const [{ storedSource, quote }] = await db.read("MATCH (a:Person {id: 'amber-balcaen'}) RETURN a.sources[0] AS storedSource, a.quotes[0] AS quote");
  const [{ father }] = await db.read("MATCH (f:Person)-[:PARENT_OF]->(:Person {id: 'amber-balcaen'}) WHERE f.gender = 'male' RETURN f.id AS father");
  const [{ race, team }] = await db.read(
    "MATCH (:Person {id: 'amber-balcaen'})-[r:ENTERED_RACE]->(race:Race) RETURN race.id AS race, r.team AS team ORDER BY r.team IS NULL, race LIMIT 1",
  );
  const [held] = await db.read('MATCH (a)-[r:HELD_ROLE]->(b) RETURN a.id AS from, b.id AS to, r.key AS key ORDER BY from, to, key LIMIT 1');
  const [s, f, r, h] = [String(storedSource), String(father), String(race), { from: String(held.from), to: String(held.to), key: String(held.key) }];
  await db.write(CREATE_SOURCE, { stored: s, source: { ...CITED_SOURCE, ...(options.details ? CITED_SOURCE_DETAILS : {}) } });

  const node = (id: string) => ({ subjectKind: 'node', subject: id, label: 'Person', entities: [id] });
  const rel = (from: string, type: string, to: string, key?: string) => ({
    subjectKind: 'relationship', subject: [from, type, to, ...(key === undefined ? [] : [key])].join('|'), type, from, to, entities: [from, to],
    ...(key === undefined ? {} : { key }),
  });
  const stored = { source: s, storage: 'stored', quotes: [String(quote)] };
  const cited = { source: CITED_SOURCE.id, storage: 'cited', locator: 'Results, row 3', excerpt: 'An invented excerpt for the export tests, from no source.' };
  const settled = { preferred: true, disputed: false, pinned: false, position: 0 };
  const entered = rel('amber-balcaen', 'ENTERED_RACE', r);
  const finishGroup = `${entered.subject}#finishPosition`;
  const ids: FixtureClaims['ids'] = {
    nodeExists: 'test-fixture-claim-node-exists',
    nodeName: 'test-fixture-claim-node-name',
    citedName: 'test-fixture-claim-cited-name',
    relationshipExists: 'test-fixture-claim-relationship-exists',
    keyedRelationship: 'test-fixture-claim-keyed-relationship',
    finishStored: 'test-fixture-claim-finish-stored',
    finishCited: 'test-fixture-claim-finish-cited',
    points: 'test-fixture-claim-points',
    fastestLap: 'test-fixture-claim-fastest-lap',
    team: 'test-fixture-claim-team',
  };
  const claims = [
    { id: ids.nodeExists, ...node('amber-balcaen'), ...stored, ...settled },
    { id: ids.nodeName, ...node('amber-balcaen'), property: 'name', value: 'Amber Balcaen', group: 'amber-balcaen#name', ...stored, ...settled },
    { id: ids.citedName, ...node('amber-balcaen'), property: 'name', value: 'Amber Balcaen', group: 'amber-balcaen#name', ...cited, ...settled },
    { id: ids.relationshipExists, ...rel(f, 'PARENT_OF', 'amber-balcaen'), ...stored, ...settled },
    { id: ids.keyedRelationship, ...rel(h.from, 'HELD_ROLE', h.to, h.key), ...stored, ...settled },
    { id: ids.finishStored, ...entered, property: 'finishPosition', value: 5, group: finishGroup, ...stored, ...settled, disputed: true, rule: 'source-order' },
    { id: ids.finishCited, ...entered, property: 'finishPosition', value: 6, group: finishGroup, ...cited, ...settled, preferred: false, disputed: true, rule: 'source-order', pinned: false },
    { id: ids.points, ...entered, property: 'points', value: 12.5, ...cited, ...settled },
    { id: ids.fastestLap, ...entered, property: 'fastestLap', value: true, ...cited, ...settled },
    ...(team === null ? [] : [{ id: ids.team, ...entered, property: 'team', value: String(team), ...stored, ...settled }]),
  ];
  await db.write(CREATE_CLAIMS, { claims, addedAt: FIXTURE_ADDED_AT });
  return { storedSource: s, ids, father: f, race: r, teamOfRace: team === null ? '' : String(team), heldRole: h };
}

/** Every claim in the graph (the fixtures and, once the claim store keeps them, the real ones), asked of Neo4j directly. */
export async function claimsInGraph(db: Database): Promise<Record<string, unknown>[]> {
  const rows = await db.read('MATCH (c:Claim) RETURN properties(c) AS c ORDER BY c.id');
  return rows.map((row) => row.c as Record<string, unknown>);
}
