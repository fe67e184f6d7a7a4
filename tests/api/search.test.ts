/**
 * Full-text search falls back to fuzzy matching only when the words as typed find nothing: a
 * misspelled name still finds its node, and an exact hit gets no fuzzy noise.
 */
import { fuzzyLuceneQuery, luceneQuery } from '../../src/graph/search/lucene';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/neo4j';

const api = useTestApi();
const database = useTestDatabase({ seeded: false });

// Two names one letter apart: an exact search for one must not bring the other.
beforeAll(async () => {
  await database().write(`
    UNWIND [{id: 'testa-vornik', name: 'Testa Vornik'}, {id: 'testa-vornak', name: 'Testa Vornak'}] AS p
    CREATE (:Person:Entity {id: p.id, name: p.name, roles: [], sources: [], quotes: []})`);
});

async function hitIds(text: string): Promise<string[]> {
  const response = await api().query('query($text: String!) { search(text: $text, first: 50) { node { id } } }', { text });
  expect(response.errors).toBeUndefined();
  return (response.data as any).search.map((hit: { node: { id: string } }) => hit.node.id);
}

test('a misspelled name ("balcan") finds Amber Balcaen', async () => {
  expect(await hitIds('balcan')).toContain('amber-balcaen');
  expect(await hitIds('amber balcan')).toContain('amber-balcaen');
});

test('an exact hit gets no fuzzy noise', async () => {
  expect(await hitIds('Vornik')).toEqual(['testa-vornik']);
  expect(await hitIds('Vornak')).toEqual(['testa-vornak']);
  // With no exact hit, both near names are found.
  expect((await hitIds('vornek')).sort()).toEqual(['testa-vornak', 'testa-vornik']);
});

test('the exact search costs one statement; the fuzzy fallback one more', async () => {
  const exact = await api().query('{ search(text: "Balcaen") { score } }');
  expect(exact.extensions?.cypherStatements).toBe(1);
  const fuzzy = await api().query('{ search(text: "balcan") { score } }');
  expect(fuzzy.extensions?.cypherStatements).toBe(2);
});

test('Lucene syntax in the input is escaped in the fuzzy query too', async () => {
  for (const text of ['balcan~9', 'balcan" OR *', '(balcan', 'ba:lcan']) {
    const response = await api().query('query($text: String!) { search(text: $text) { node { id } } }', { text });
    expect(response.errors).toBeUndefined();
  }
  expect(fuzzyLuceneQuery('Balcan~9 "x')).toBe('(balcan~2 OR balcan*) AND (9 OR 9*) AND (x OR x*)');
  expect(luceneQuery('Balcan~9')).toBe('(balcan OR balcan*) AND (9 OR 9*)');
});

test('short words are not fuzzy (one or two letters are close to everything)', () => {
  expect(fuzzyLuceneQuery('jo amber danica')).toBe('(jo OR jo*) AND (amber~1 OR amber*) AND (danica~2 OR danica*)');
});
