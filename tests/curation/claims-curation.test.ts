/**
 * Deciding between sources, as an editor, on the invented claims fixtures (tests/fixtures/claims/):
 * preferClaim pins one claim of a conflict (the graph then answers with it; audited with the reason),
 * and retractSource takes one source out (a dry run writes nothing; applied, the graph is what it was
 * before the source was loaded).
 */
import { graphFingerprint } from '../../src/db/fingerprint';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { Neo4jServer } from '../../src/db/neo4j-server';
import { testToken, useTestApi } from '../support/api';
import { asEditor } from '../support/curation';
import { seededGraph, testNeo4j } from '../support/neo4j';
import {
  ALMANAC, claimsFixture, claimsGraph, ENCYCLOPEDIA, GAZETTE, IDA, LOAD_TIMEOUT_MS, NORTH_TOWN, RACE, RITA, SOUTH_TOWN,
} from '../support/claims-fixtures';

const api = useTestApi({ seeded: false });
let neo4j: Neo4jServer;
beforeAll(async () => {
  neo4j = await testNeo4j();
});
afterAll(async () => {
  await seededGraph(neo4j.db);
  await neo4j.close();
}, LOAD_TIMEOUT_MS);

const read = async (query: string, variables?: Record<string, unknown>) => {
  const response = await api().query(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as any;
};
const edit = (query: string, variables: Record<string, unknown>) => asEditor(api(), query, variables);

/** The id of the claim `sourceId` makes of `property` on Rita Fast. */
async function claimOf(property: string, sourceId: string): Promise<string> {
  const { person } = await read(`query($property: String) { person(id: "${RITA}") { claims(property: $property) { id source { id } } } }`, { property });
  return person.claims.find((claim: any) => claim.source.id === sourceId).id;
}

const PREFER = `mutation($claimId: ID!, $reason: String!) {
  preferClaim(claimId: $claimId, reason: $reason) {
    id rule property
    preferred { id value pinned source { id } }
    claims { value preferred pinned rule }
    entity { ... on Person { born } }
  }
}`;

describe('preferClaim', () => {
  beforeAll(() => claimsGraph(neo4j.db), LOAD_TIMEOUT_MS);

  test('needs an editor', async () => {
    const claimId = await claimOf('born', ALMANAC);
    const anonymous = await api().query(PREFER, { claimId, reason: 'x' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await api().query(PREFER, { claimId, reason: 'x' }, testToken('reader'));
    expect(reader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await read(`{ person(id: "${RITA}") { born } }`)).person.born).toBe('1987-09');
  });

  test('the graph answers with the preferred claim (rule PINNED); every claim stays; the choice is audited with its reason', async () => {
    const claimId = await claimOf('born', ENCYCLOPEDIA);
    const { preferClaim } = await edit(PREFER, { claimId, reason: 'The birth certificate the encyclopedia cites.' });
    expect(preferClaim).toEqual({
      id: `${RITA}#born`, rule: 'PINNED', property: 'born',
      preferred: { id: claimId, value: '1988-04-02', pinned: true, source: { id: ENCYCLOPEDIA } },
      claims: [
        { value: '1988-04-02', preferred: true, pinned: true, rule: 'PINNED' },
        { value: '1987', preferred: false, pinned: false, rule: 'PINNED' },
        { value: '1987-09', preferred: false, pinned: false, rule: 'PINNED' },
      ],
      entity: { born: '1988-04-02' },
    });
    expect((await read(`{ person(id: "${RITA}") { born } }`)).person.born).toBe('1988-04-02');
    const { auditLog } = await read(`{ auditLog(first: 1, filter: { targetId: "${RITA}" }) { edges { node { actor role operation sourceId quote targetIds input } } } }`);
    const [entry] = auditLog.edges.map((edge: any) => edge.node);
    expect(entry).toMatchObject({ actor: 'test-editor', role: 'editor', operation: 'preferClaim', sourceId: ENCYCLOPEDIA, quote: null, targetIds: [RITA] });
    expect(JSON.parse(entry.input)).toEqual({ claimId, reason: 'The birth certificate the encyclopedia cites.', group: `${RITA}#born` });
  });

  test('preferring another claim of the group moves the pin; the loaders of the request forget what changed', async () => {
    const almanac = await claimOf('born', ALMANAC);
    const gazette = await claimOf('born', GAZETTE);
    // Two mutations in one request: the second's result reads the graph after it, not what the first cached.
    const { first, second } = await edit(`mutation($a: ID!, $b: ID!) {
      first: preferClaim(claimId: $a, reason: "The almanac.") { entity { ... on Person { born claims(property: "born") { pinned } } } }
      second: preferClaim(claimId: $b, reason: "The gazette.") { entity { ... on Person { born claims(property: "born") { value pinned } } } }
    }`, { a: almanac, b: gazette });
    expect(first.entity.born).toBe('1987');
    expect(second.entity.born).toBe('1987-09');
    expect(second.entity.claims.filter((claim: any) => claim.pinned)).toEqual([{ value: '1987-09', pinned: true }]);
  });

  test('a race result on a relationship, and a to-one relationship (which place she was born in)', async () => {
    const { person } = await read(`{ person(id: "${RITA}") { races(first: 5) { claims(property: "finishPosition", first: 5) { id value source { id } } } } }`);
    const gazette = person.races[0].claims.find((claim: any) => claim.source.id === GAZETTE);
    const { preferClaim } = await edit(PREFER, { claimId: gazette.id, reason: 'The official results.' });
    expect(preferClaim.preferred).toMatchObject({ value: 5, pinned: true });
    expect((await read(`{ race(id: "${RACE}") { entries { finishPosition } } }`)).race.entries).toEqual([{ finishPosition: 5 }]);

    const birthPlace = async () => (await read(`{ person(id: "${RITA}") { birthPlace { id } } }`)).person.birthPlace.id;
    expect(await birthPlace()).toBe(SOUTH_TOWN);
    const { conflicts } = await read(`{ conflicts(entityId: "${NORTH_TOWN}", first: 5) { edges { node { id claims(first: 5) { id relationship { to { id } } } } } } }`);
    const [bornIn] = conflicts.edges.map((edge: any) => edge.node);
    const north = bornIn.claims.find((claim: any) => claim.relationship.to.id === NORTH_TOWN);
    const preferred = await edit(`mutation($claimId: ID!) { preferClaim(claimId: $claimId, reason: "Her own account.") {
      id rule relationshipType preferred { relationship { to { id } } } claims { preferred relationship { to { id } } }
    } }`, { claimId: north.id });
    expect(preferred.preferClaim).toEqual({
      id: `${RITA}#BORN_IN`, rule: 'PINNED', relationshipType: 'BORN_IN', preferred: { relationship: { to: { id: NORTH_TOWN } } },
      claims: [{ preferred: true, relationship: { to: { id: NORTH_TOWN } } }, { preferred: false, relationship: { to: { id: SOUTH_TOWN } } }],
    });
    expect(await birthPlace()).toBe(NORTH_TOWN);
  });

  test('refuses a claim no other source disputes, and one that does not exist; nothing is written', async () => {
    const before = await graphFingerprint(neo4j.db);
    const name = await claimOf('name', ALMANAC);
    const undisputed = await api().query(PREFER, { claimId: name, reason: 'x' }, testToken());
    expect(undisputed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'claimId' });
    expect(undisputed.errors?.[0].message).toMatch(/disputes/);
    const unknown = await api().query(PREFER, { claimId: 'claim-nothing', reason: 'x' }, testToken());
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'claimId' });
    const empty = await api().query(PREFER, { claimId: name, reason: '  ' }, testToken());
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reason' });
    expect((await graphFingerprint(neo4j.db)).hash).toBe(before.hash);
  });
});

const RETRACT = `mutation($sourceId: ID!, $apply: Boolean!) {
  retractSource(sourceId: $sourceId, apply: $apply) { sourceId applied claimsRemoved nodesRemoved relationshipsRemoved diff diffJson }
}`;

describe('retractSource', () => {
  let withoutEncyclopedia: Awaited<ReturnType<typeof graphFingerprint>>;
  beforeAll(async () => {
    await claimsGraph(neo4j.db, [ALMANAC, GAZETTE]);
    withoutEncyclopedia = await graphFingerprint(neo4j.db);
    await loadSeedFiles(neo4j.db, [claimsFixture(ENCYCLOPEDIA)]);
  }, LOAD_TIMEOUT_MS);

  test('needs an editor, even for a dry run', async () => {
    const anonymous = await api().query(RETRACT, { sourceId: ENCYCLOPEDIA, apply: false });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a dry run (the default) says what would go and change, and writes nothing', async () => {
    const before = await graphFingerprint(neo4j.db);
    const { retractSource } = await edit(`mutation { retractSource(sourceId: "${ENCYCLOPEDIA}") {
      sourceId applied claimsRemoved nodesRemoved relationshipsRemoved diff diffJson } }`, {});
    expect(retractSource).toMatchObject({ sourceId: ENCYCLOPEDIA, applied: false, claimsRemoved: 18, nodesRemoved: 2, relationshipsRemoved: 1 });
    // Its publisher and the place only it names go; Rita Fast's birth is no longer disputed; her finish is answered by the others.
    expect(retractSource.diff).toContain(`- (:Place {id: '${SOUTH_TOWN}'})`);
    expect(retractSource.diff).toContain(`- (:Organization {id: 'test-claims-encyclopedia-publisher'})`);
    expect(retractSource.diff).toContain(`finishPosition: 4 → 5`);
    expect(retractSource.diff).toMatch(/18 removed/);
    const json = JSON.parse(retractSource.diffJson);
    expect(json.conflictsSettled.map((conflict: any) => conflict.group).sort()).toEqual([`${RITA}#BORN_IN`, `${RITA}#born`].sort());
    expect(json.counts).toMatchObject({ delete: 3, claimsRemoved: 18 });
    expect((await graphFingerprint(neo4j.db)).hash).toBe(before.hash);
  });

  test('an unknown source is refused', async () => {
    const response = await api().query(RETRACT, { sourceId: 'test-claims-no-such-source', apply: false }, testToken());
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sourceId' });
    expect(response.errors?.[0].message).toMatch(/no source "test-claims-no-such-source"/);
  });

  test('applied: exactly that source goes, and the graph is what it was before it was loaded; audited', async () => {
    const { retractSource } = await edit(RETRACT, { sourceId: ENCYCLOPEDIA, apply: true });
    expect(retractSource).toMatchObject({ applied: true, claimsRemoved: 18, nodesRemoved: 2, relationshipsRemoved: 1 });
    const after = await graphFingerprint(neo4j.db);
    expect(after.counts).toEqual(withoutEncyclopedia.counts);
    expect(after.hash).toBe(withoutEncyclopedia.hash);
    const gone = await api().query(`{ source(id: "${ENCYCLOPEDIA}") { id } }`);
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const response = await api().query(`{
      person(id: "${RITA}") { born birthPlace { id } races { finishPosition } }
      conflicts { edges { node { id rule } } }
      auditLog(first: 1) { edges { node { operation sourceId actor } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data?.person).toEqual({ born: '1987-09', birthPlace: { id: NORTH_TOWN }, races: [{ finishPosition: 5 }] });
    expect(response.data?.conflicts.edges.map((edge: any) => edge.node)).toEqual([
      { id: `${IDA}#born`, rule: 'RECENCY' },
      { id: `${RITA}|ENTERED_RACE|${RACE}#finishPosition`, rule: 'RECENCY' },
    ]);
    expect(response.data?.auditLog.edges[0].node).toEqual({ operation: 'retractSource', sourceId: ENCYCLOPEDIA, actor: 'test-editor' });
  });

  test('a place another source\'s fact still uses stops the retraction; nothing is written', async () => {
    await loadSeedFiles(neo4j.db, [claimsFixture(ENCYCLOPEDIA)]);
    // The gazette (a cited source: a locator and a short excerpt) says North Town is in South Town, which only the encyclopedia names.
    await edit(`mutation($c: CitationInput!) { addRelationship(input: { type: LOCATED_IN, from: "${NORTH_TOWN}", to: "${SOUTH_TOWN}" }, citation: $c) { type } }`, {
      c: { sourceId: GAZETTE, quote: 'North Town, in the South Town district', locator: 'Paragraph 2' },
    });
    const before = await graphFingerprint(neo4j.db);
    const response = await api().query(RETRACT, { sourceId: ENCYCLOPEDIA, apply: true }, testToken());
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sourceId' });
    expect(response.errors?.[0].message).toContain(`"${SOUTH_TOWN}" <-[:LOCATED_IN]- "${NORTH_TOWN}"`);
    expect((await graphFingerprint(neo4j.db)).hash).toBe(before.hash);
  });
});

describe('addSource: a cited source', () => {
  const ADD = `mutation($input: SourceInput!) { addSource(input: $input) { id storage text url retrieved licence authors } }`;
  const cited = {
    id: 'test-claims-cited-profile', title: 'Test fixture: a cited profile', kind: 'PROFILE', publisherId: 'test-claims-almanac-publisher',
    url: 'https://profiles.example/rita-fast', licence: 'CC BY 4.0', authors: ['B. Example'],
  };

  test('needs its url and the day it was read, and keeps no text', async () => {
    const missing = await api().query(ADD, { input: cited }, testToken());
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.retrieved' });
    const { addSource } = await edit(ADD, { input: { ...cited, retrieved: '2024-05-01' } });
    expect(addSource).toEqual({
      id: cited.id, storage: 'CITED', text: null, url: cited.url, retrieved: '2024-05-01', licence: 'CC BY 4.0', authors: ['B. Example'],
    });
  });
});

describe('claims read after a write in the same request', () => {
  beforeAll(() => claimsGraph(neo4j.db), LOAD_TIMEOUT_MS);

  test('a write forgets the claims of the relationships of the nodes it changed, not only their own', async () => {
    const citation = { sourceId: GAZETTE, quote: 'She completed all 200 laps.', locator: 'Paragraph 4' };
    const { before, after } = await edit(`mutation($c: CitationInput!) {
      before: updatePerson(id: "${RITA}", input: { racingNationality: "Freedonian" }, citation: $c) {
        claims(property: "racingNationality") { value } races(first: 5) { claims(property: "laps", first: 5) { value } }
      }
      after: addRelationship(input: { type: ENTERED_RACE, from: "${RITA}", to: "${RACE}", laps: 200 }, citation: $c) {
        from { ... on Person { races(first: 5) { laps claims(property: "laps", first: 5) { value source { id } } } } }
      }
    }`, { c: citation });
    expect(before).toEqual({ claims: [{ value: 'Freedonian' }], races: [{ claims: [] }] });
    expect(after.from.races).toEqual([{ laps: 200, claims: [{ value: 200, source: { id: GAZETTE } }] }]);
  });
});
