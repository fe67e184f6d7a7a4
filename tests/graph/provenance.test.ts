/**
 * The graph says nothing its sources don't: every node and relationship carries provenance, and
 * every quote occurs verbatim (white space and typographic quotes aside) in the stored source text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalizeForQuoteMatch } from '../../src/provenance/quotes';
import { SEED_DIR } from '../../src/seed/load-seed';
import { useTestDatabase } from '../support/neo4j';

const database = useTestDatabase();

interface Cited {
  element: string;
  sources: string[] | null;
  quotes: string[] | null;
}

async function everythingCited(): Promise<Cited[]> {
  const nodes = await database().read(
    "MATCH (n:Entity) WHERE NOT n:Source RETURN 'node ' + n.id AS element, n.sources AS sources, n.quotes AS quotes",
  );
  const relationships = await database().read(
    "MATCH (a)-[r]->(b) WHERE type(r) <> 'PUBLISHED_BY' RETURN a.id + ' ' + type(r) + ' ' + b.id AS element, r.sources AS sources, r.quotes AS quotes",
  );
  return [...nodes, ...relationships] as unknown as Cited[];
}

describe('provenance', () => {
  test('every node and relationship names a source and a quote for each citation', async () => {
    const cited = await everythingCited();
    expect(cited.length).toBeGreaterThan(100);
    const uncited = cited.filter((c) => !c.sources?.length || c.sources.length !== c.quotes?.length);
    expect(uncited).toEqual([]);
  });

  test('every cited source exists in the graph', async () => {
    const sourceIds = new Set((await database().read('MATCH (s:Source) RETURN s.id AS id')).map((r) => r.id));
    const unknown = (await everythingCited()).flatMap((c) => c.sources ?? []).filter((id) => !sourceIds.has(id));
    expect(unknown).toEqual([]);
  });

  test('every quote of a stored source occurs in it as stored in the graph and as committed in seed/sources', async () => {
    const stored = new Map((await database().read("MATCH (s:Source {storage: 'stored'}) RETURN s.id AS id, s.text AS text")).map((r) => [r.id as string, r.text as string]));
    expect(stored.size).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const { element, sources, quotes } of await everythingCited()) {
      (quotes ?? []).forEach((quote, i) => {
        const sourceId = (sources ?? [])[i];
        // A cited source's entries are its excerpts: it has no stored text (its claims carry a locator).
        if (!stored.has(sourceId)) return;
        const committed = fs.readFileSync(path.join(SEED_DIR, 'sources', `${sourceId}.txt`), 'utf8');
        for (const text of [stored.get(sourceId) ?? '', committed]) {
          if (!normalizeForQuoteMatch(text).includes(normalizeForQuoteMatch(quote))) missing.push(`${element}: ${quote}`);
        }
      });
    }
    expect(missing).toEqual([]);
  });

  test('the quote check is strict: an altered quote is not found', () => {
    const text = 'Her dad, Mike Balcaen, who has won 56 track championships.';
    expect(normalizeForQuoteMatch(text)).toContain(normalizeForQuoteMatch('who has won 56 track  championships.'));
    expect(normalizeForQuoteMatch(text)).not.toContain(normalizeForQuoteMatch('who has won 57 track championships.'));
    expect(normalizeForQuoteMatch('Amber’s “win”')).toBe(normalizeForQuoteMatch('Amber\'s "win"'));
  });
});
