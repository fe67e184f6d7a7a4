/**
 * Facts the export tests compare an export with, asked of Neo4j directly (not through the
 * exporter's Cypher), so that an export that loses or bends something cannot agree with itself.
 */
import { Database } from '../../src/db/database';

export interface Counts {
  total: number;
  /** Per node label (without Entity), or per relationship type. */
  byKind: Record<string, number>;
}

export async function nodeCounts(db: Database): Promise<Counts> {
  const rows = await db.read("MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label RETURN label, count(*) AS n");
  const byKind = Object.fromEntries(rows.map((r) => [r.label as string, Number(r.n)]));
  const [{ total }] = await db.read('MATCH (n:Entity) RETURN count(n) AS total');
  return { total: Number(total), byKind };
}

export async function relationshipCounts(db: Database): Promise<Counts> {
  const rows = await db.read('MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n');
  const byKind = Object.fromEntries(rows.map((r) => [r.type as string, Number(r.n)]));
  return { total: Object.values(byKind).reduce((a, b) => a + b, 0), byKind };
}

export async function entityIds(db: Database): Promise<string[]> {
  return (await db.read('MATCH (n:Entity) RETURN n.id AS id ORDER BY id')).map((r) => r.id as string);
}

/** Amber Balcaen's father, as the PARENT_OF relationship says, with that relationship's evidence. */
export async function amberFather(db: Database): Promise<{ id: string; name: string; sources: string[]; quotes: string[] }> {
  const rows = await db.read(
    "MATCH (father:Person)-[r:PARENT_OF]->(:Person {id: 'amber-balcaen'}) WHERE father.gender = 'male' RETURN father.id AS id, father.name AS name, r.sources AS sources, r.quotes AS quotes",
  );
  expect(rows).toHaveLength(1);
  return rows[0] as { id: string; name: string; sources: string[]; quotes: string[] };
}

/** Who inspired Amber Balcaen, and the sentences that say so. */
export async function amberInspiration(db: Database): Promise<{ idolId: string; sources: string[]; quotes: string[] }[]> {
  const rows = await db.read(
    "MATCH (:Person {id: 'amber-balcaen'})-[r:INSPIRED_BY]->(idol) RETURN idol.id AS idolId, r.sources AS sources, r.quotes AS quotes ORDER BY idolId",
  );
  expect(rows.length).toBeGreaterThan(0);
  return rows as { idolId: string; sources: string[]; quotes: string[] }[];
}

export interface RaceResult {
  raceId: string;
  startPosition: number | null;
  finishPosition: number;
}

/** Amber Balcaen's race results that have a finishing position. */
export async function amberRaceResults(db: Database): Promise<RaceResult[]> {
  const rows = await db.read(
    "MATCH (:Person {id: 'amber-balcaen'})-[r:ENTERED_RACE]->(race:Race) WHERE r.finishPosition IS NOT NULL RETURN race.id AS raceId, r.startPosition AS startPosition, r.finishPosition AS finishPosition ORDER BY raceId",
  );
  expect(rows.length).toBeGreaterThan(0);
  return rows as unknown as RaceResult[];
}

/** A node's own quotes and sources. */
export async function provenanceOfNode(db: Database, id: string): Promise<{ sources: string[]; quotes: string[] }> {
  const [row] = await db.read('MATCH (n:Entity {id: $id}) RETURN n.sources AS sources, n.quotes AS quotes', { id });
  return row as { sources: string[]; quotes: string[] };
}

const NEIGHBOURS = {
  1: 'MATCH (start:Entity {id: $id})--(n:Entity) RETURN DISTINCT n.id AS id',
  2: 'MATCH (start:Entity {id: $id})-[*1..2]-(n:Entity) RETURN DISTINCT n.id AS id',
};

/** The ids within `depth` hops of a node (either direction), the node included. */
export async function neighbourhoodIds(db: Database, id: string, depth: 1 | 2): Promise<string[]> {
  const rows = await db.read(NEIGHBOURS[depth], { id });
  return [...new Set([id, ...rows.map((r) => r.id as string)])].sort();
}

/** How many relationships have both ends among `ids`. */
export async function relationshipsAmong(db: Database, ids: string[]): Promise<number> {
  const [row] = await db.read('MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS n', { ids });
  return Number(row.n);
}
