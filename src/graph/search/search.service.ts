/**
 * Full-text search: the words as typed (or as prefixes) first; only when that finds nothing, the
 * same words fuzzily, so a misspelling still finds its node and an exact hit gets no fuzzy noise.
 */
import { CypherRunner } from '../../db/database';
import { EntityRow, Properties, toEntity } from '../shared/rows';
import { fuzzyLuceneQuery, luceneQuery } from './lucene';
import { SEARCH } from './search.cypher';

export interface FoundNode {
  node: EntityRow;
  score: number;
}

async function run(db: CypherRunner, query: string | null, first: number): Promise<FoundNode[]> {
  if (query === null) return [];
  const rows = await db.read(SEARCH, { query, first });
  return rows.map((row) => ({ node: toEntity(row.properties as Properties, row.label as string), score: row.score as number }));
}

export async function searchNodes(db: CypherRunner, text: string, first: number): Promise<FoundNode[]> {
  const exact = await run(db, luceneQuery(text), first);
  if (exact.length > 0) return exact;
  return run(db, fuzzyLuceneQuery(text), first);
}
