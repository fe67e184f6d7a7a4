/** Runs cypher/timeline.cypher (the analysts' timeline query) and shapes the entries for the API. */
import { CypherRunner } from '../../db/database';
import { namedQuery } from '../../db/cypher-files';
import { citationsOf, Properties } from '../shared/rows';
import { personExists } from '../person/person.cypher';
import { TimelineEntry } from './timeline.type';

export async function findTimeline(db: CypherRunner, personId: string): Promise<TimelineEntry[] | null> {
  const rows = await db.read(namedQuery('timeline').cypher, { personId });
  if (rows.length === 0 && !(await personExists(db, personId))) return null;
  return rows.map((row) => ({
    subjectId: row.subjectId as string,
    kind: row.kind as string,
    title: row.title as string,
    year: (row.year as number | null) ?? null,
    date: (row.date as string | null) ?? null,
    age: (row.age as number | null) ?? null,
    approximate: Boolean(row.approximate),
    dateAsStated: (row.dateAsStated as string | null) ?? null,
    earliestYear: (row.earliestYear as number | null) ?? null,
    latestYear: (row.latestYear as number | null) ?? null,
    detail: (row.detail as string | null) || null,
    sources: citationsOf(row as Properties),
  }));
}
