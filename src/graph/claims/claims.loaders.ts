/**
 * The claims of many nodes and relationships in one statement per request level, keyed by subject:
 * a node's id, or a relationship's `from|TYPE|to[|key]` in its stored direction.
 */
import DataLoader from 'dataloader';
import type { LoaderKind } from '../shared/loader-kind';
import { ClaimRow } from './claim.type';
import { CLAIMS_OF_SUBJECTS } from './claims.cypher';

/**
 * The loader's cache. After a write, the request's loaders forget the ids of the nodes it changed
 * (src/graph/shared/loader-registry.ts); here forgetting a node also forgets the relationships it
 * is an end of, whose claims the write may have changed too.
 */
export class SubjectCache<V> extends Map<string, V> {
  override delete(id: string): boolean {
    let deleted = super.delete(id);
    for (const subject of [...this.keys()]) {
      const [from, , to] = subject.split('|');
      if (subject.includes('|') && (from === id || to === id)) deleted = super.delete(subject) || deleted;
    }
    return deleted;
  }
}

export const CLAIMS_LOADER: LoaderKind<string, ClaimRow[]> = {
  key: 'claims',
  create: (db) => new DataLoader(async (subjects) => {
    const rows = await db.read(CLAIMS_OF_SUBJECTS, { subjects: [...subjects] });
    const bySubject = new Map(rows.map((row) => [row.subject as string, row.claims as ClaimRow[]]));
    return subjects.map((subject) => bySubject.get(subject) ?? []);
  }, { cacheMap: new SubjectCache() }),
};

