/**
 * One mutation is one transaction: a failure in any part leaves no trace (not even an audit
 * entry), and concurrent updates of one node lose nothing.
 */
import { testToken, useTestApi } from '../support/api';
import { ADD_SOURCE, asEditor, cite, FIXTURE_SOURCE } from '../support/curation';
import { graphSnapshot, useTestDatabase } from '../support/neo4j';

const api = useTestApi();
const database = useTestDatabase({ seeded: false });
const QUOTES = FIXTURE_SOURCE.text.split(/(?<=\.)\s+/).filter((q) => q.length > 10);
// Many distinct quotes, for many writers at once: every run of 4 consecutive words of the text (a
// quote must be an excerpt of at least 4 words, on word boundaries).
const TOKENS = FIXTURE_SOURCE.text.split(/\s+/);
const PHRASES = [...new Set(TOKENS.slice(0, -3).map((_, i) => TOKENS.slice(i, i + 4).join(' ')))].slice(0, 40);

beforeAll(async () => {
  await asEditor(api(), ADD_SOURCE, { input: FIXTURE_SOURCE });
});

test('createRace whose second link fails (no such venue) leaves no race, no season link and no audit entry', async () => {
  const before = await graphSnapshot(database());
  const response = await api().query(`mutation($c: CitationInput!) {
    createRace(id: "half-made-race", input: { name: "Half-made race", year: 2023, status: COMPLETED,
      seasonId: "arca-menards-series-2023", venueId: "no-such-venue" }, citation: $c) { id }
  }`, { c: cite(QUOTES[1]) }, testToken());
  expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  expect(response.errors?.[0].message).toContain('input.venueId');
  // The race node and its PART_OF_SEASON were written before the venue link failed: all rolled back.
  expect(await graphSnapshot(database())).toEqual(before);
  expect(await database().read("MATCH (n {id: 'half-made-race'}) RETURN n")).toEqual([]);
});

test('concurrent updates of one node: every change and every citation is kept', async () => {
  expect(PHRASES.length).toBeGreaterThan(30);
  const updates = PHRASES.map((quote, i) => api().query(`mutation($input: PersonInput!, $c: CitationInput!) {
      updatePerson(id: "danica-patrick", input: $input, citation: $c) { id }
    }`, { input: i === 0 ? { nationality: 'American' } : i === 1 ? { description: 'Racing driver' } : {}, c: cite(quote) }, testToken()));
  const responses = await Promise.all(updates);
  responses.forEach((response) => expect(response.errors).toBeUndefined());
  const [danica] = await database().read(
    "MATCH (p:Person {id: 'danica-patrick'}) RETURN p.nationality AS nationality, p.description AS description, p.sources AS sources, p.quotes AS quotes",
  );
  expect(danica.nationality).toBe('American');
  expect(danica.description).toBe('Racing driver');
  const fixtureQuotes = (danica.quotes as string[]).filter((_, i) => (danica.sources as string[])[i] === FIXTURE_SOURCE.id);
  expect(fixtureQuotes.sort()).toEqual([...PHRASES].sort());
  expect((danica.sources as string[]).length).toBe((danica.quotes as string[]).length);
  const audited = await database().read("MATCH (a:AuditEntry {operation: 'updatePerson'}) WHERE 'danica-patrick' IN a.targetIds RETURN count(a) AS n");
  expect(audited[0].n).toBe(PHRASES.length);
});
