/**
 * The explorer asks for an element's citations as a page (the API's default, CITATION_PAGE) with
 * their total, and says so where a fact has more source statements than the page shows.
 */
import { parse, validate } from 'graphql';
import { CITED, citationsLeftOut, citedBy } from '../../src/explorer/facts';
import { CITATION_PAGE } from '../../src/graphql/page-sizes';
import { buildGraphSchema } from '../../src/graph/schema';

const citation = (n: number) => ({ quote: `Quote ${n}.`, source: { id: `source-${n}`, title: `Source ${n}`, published: null, url: null } });
const page = Array.from({ length: CITATION_PAGE.default }, (_, index) => citation(index + 1));

test('CITED is a valid selection on every cited type: the page of citations and its total', async () => {
  const schema = await buildGraphSchema();
  for (const document of [
    `query($id: ID!) { person(id: $id) { ${CITED} } }`,
    `query($id: ID!) { person(id: $id) { seasons(first: 1) { ${CITED} } } }`,
    `query($id: ID!) { timeline(personId: $id) { ${CITED} } }`,
    `query($id: ID!) { lineage(personId: $id) { relatives(first: 1) { path { ${CITED} } } } }`,
  ]) {
    expect([document, validate(schema, parse(document)).map((error) => error.message)]).toEqual([document, []]);
  }
});

test('a fact whose sources fit the page shows them all and says nothing more', () => {
  const fact = citedBy({ sources: page.slice(0, 2), sourcesConnection: { totalCount: 2 } });
  expect(fact).toEqual({ citations: page.slice(0, 2), citationsTotal: 2 });
  expect(citationsLeftOut(fact)).toBeNull();
  expect(citationsLeftOut({ citations: [] })).toBeNull();
  expect(citedBy(null)).toEqual({ citations: [] });
});

test('a fact with more source statements than the page says how many it leaves out, and where they are', () => {
  const fact = citedBy({ sources: page, sourcesConnection: { totalCount: CITATION_PAGE.default + 3 } });
  expect(citationsLeftOut(fact)).toBe(
    `The first ${CITATION_PAGE.default} of ${CITATION_PAGE.default + 3} source statements of this are shown; the API’s sourcesConnection lists them all.`,
  );
});
