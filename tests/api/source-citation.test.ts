/**
 * `Source.csl` and `Source.bibtex`: how to cite a source, from what the graph holds of it (its
 * properties and its publisher's name), with nothing it lacks; batched, so a list of citations
 * costs one statement for all their publishers.
 */
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/neo4j';

const api = useTestApi();
const database = useTestDatabase({ seeded: false });

const SEED_SOURCE = 'females-in-motorsport-amber-balcaen-2023';

/** A cited source with every citation property, invented for this test (the test reseeds the graph before it). */
const FIXTURE = {
  id: 'test-fixture-cited-source',
  title: 'Jane Roe (racing driver)',
  kind: 'other',
  published: '2024-05-02',
  url: 'https://encyclopedia.example.org/wiki/Jane_Roe',
  retrieved: '2026-11-30',
  licence: 'CC BY-SA 4.0',
  authors: ['Encyclopedia contributors', 'A. N. Editor'],
};

const SOURCE_QUERY = `query ($id: ID!) { source(id: $id) { id title csl bibtex publisher { name } } }`;

test("the seed's interview: its CSL-JSON says what the graph holds of it, and nothing more", async () => {
  const [stored] = await database().read(
    'MATCH (s:Source {id: $id}) OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(p) RETURN properties(s) AS s, p.name AS publisher',
    { id: SEED_SOURCE },
  );
  const properties = stored.s as Record<string, unknown>;
  const response = await api().query(SOURCE_QUERY, { id: SEED_SOURCE });
  expect(response.errors).toBeUndefined();
  const csl = JSON.parse(response.data!.source.csl);
  expect(csl).toMatchObject({ id: SEED_SOURCE, type: 'interview', title: properties.title });
  expect(csl.publisher).toBe(stored.publisher);
  expect(csl['container-title']).toBe(stored.publisher);
  const year = Number(String(properties.published).slice(0, 4));
  expect(csl.issued['date-parts'][0][0]).toBe(year);
  // Absent stays absent.
  if (properties.url === undefined) expect(csl).not.toHaveProperty('URL');
  if (!(properties.authors as unknown[] | undefined)?.length) expect(csl).not.toHaveProperty('author');
  if (properties.retrieved === undefined) expect(csl).not.toHaveProperty('accessed');
  expect(response.data!.source.bibtex).toMatch(new RegExp(`^@misc\\{${SEED_SOURCE},\\n`));
  expect(response.data!.source.bibtex).toContain(`year = {${year}}`);
});

test('a cited source with every property: authors, dates, address, licence, publisher', async () => {
  await database().write(
    `MATCH (publisher:Organization)<-[:PUBLISHED_BY]-(:Source {id: $seed})
     CREATE (s:Entity:Source) SET s = $fixture
     CREATE (s)-[:PUBLISHED_BY]->(publisher)
     RETURN publisher.name AS name`,
    { seed: SEED_SOURCE, fixture: FIXTURE },
  );
  const [{ name }] = await database().read('MATCH (:Source {id: $id})-[:PUBLISHED_BY]->(p) RETURN p.name AS name', { id: FIXTURE.id });
  const response = await api().query(SOURCE_QUERY, { id: FIXTURE.id });
  expect(response.errors).toBeUndefined();
  expect(JSON.parse(response.data!.source.csl)).toEqual({
    id: FIXTURE.id,
    type: 'document',
    title: FIXTURE.title,
    author: [{ literal: 'Encyclopedia contributors' }, { literal: 'A. N. Editor' }],
    publisher: name,
    issued: { 'date-parts': [[2024, 5, 2]] },
    accessed: { 'date-parts': [[2026, 11, 30]] },
    URL: FIXTURE.url,
    custom: { licence: FIXTURE.licence },
  });
  const entry = response.data!.source.bibtex as string;
  expect(entry).toMatch(/^@misc\{test-fixture-cited-source,/);
  expect(entry).toContain('author = {{Encyclopedia contributors} and {A. N. Editor}}');
  expect(entry).toContain(`url = {${FIXTURE.url}}`);
});

test("the citations of a person's facts, each with its source's CSL: the publishers in one statement", async () => {
  const query = `{ person(id: "amber-balcaen") { sources { source { id csl } } } }`;
  const response = await api().query(query);
  expect(response.errors).toBeUndefined();
  const sources = response.data!.person.sources.map((citation: { source: { id: string; csl: string } }) => citation.source);
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) expect(JSON.parse(source.csl).id).toBe(source.id);
  // The person, the citations' sources (primed or looked up), and the publishers of all of them.
  expect(response.extensions?.cypherStatements).toBeLessThanOrEqual(3);
});
