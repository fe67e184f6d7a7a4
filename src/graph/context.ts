/**
 * The per-request GraphQL context: the counting database handle and a fresh set of DataLoaders, so
 * that caching and batching never leak between requests.
 */
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { Database } from '../db/database';
import { RequestAuth, RequestContext } from '../graphql/context';
import { notFound } from '../graphql/errors';
import { createNodeLoader } from './shared/node.loader';
import { createRelatedLoader, RelatedItem, RelationSpec, specKey } from './shared/related.loader';
import { EntityRow } from './shared/rows';
import { EdgeEnds, edgeEnds } from './shared/edges';
import { createKinshipLabelLoader, createRacedLoader } from './person/person.loaders';
import { CareerRow, createCareerLoader } from './person/career.loaders';
import { createTeamEntriesLoader } from './team/team.loaders';
import { SeasonEntry } from './season-entry/season-entry.type';

export class Loaders {
  readonly node: DataLoader<string, EntityRow | null>;
  readonly raced: DataLoader<string, boolean>;
  readonly kinshipLabel: DataLoader<string, string | null>;
  readonly career: DataLoader<string, CareerRow[]>;
  readonly teamEntries: DataLoader<string, SeasonEntry[]>;
  private readonly related = new Map<string, DataLoader<string, RelatedItem[]>>();

  constructor(private readonly db: RequestContext['db']) {
    this.node = createNodeLoader(db);
    this.raced = createRacedLoader(db);
    this.kinshipLabel = createKinshipLabelLoader(db);
    this.career = createCareerLoader(db);
    this.teamEntries = createTeamEntriesLoader(db);
  }

  /**
   * After a write: forget what this request cached about the nodes it changed, so the rest of the
   * response reads them afresh. Relationship lists are keyed by the node asked from, so both ends go.
   */
  forget(ids: string[]): void {
    for (const id of ids) {
      this.node.clear(id);
      this.raced.clear(id);
      this.kinshipLabel.clear(id);
      this.career.clear(id);
      this.teamEntries.clear(id);
      this.related.forEach((loader) => loader.clear(id));
    }
  }

  /** The loader of one relationship field, created on first use in this request. */
  relation(spec: RelationSpec): DataLoader<string, RelatedItem[]> {
    const key = specKey(spec);
    let loader = this.related.get(key);
    if (!loader) {
      // Neighbours arrive whole, so later to-one lookups of them cost no statement.
      loader = createRelatedLoader(this.db, spec, (node) => this.node.prime(node.id, node));
      this.related.set(key, loader);
    }
    return loader;
  }
}

export interface GraphContext extends RequestContext {
  loaders: Loaders;
}

export function createGraphContext(db: Database, auth: RequestAuth = { user: null }, requestId: string = randomUUID()): GraphContext {
  const statements = { count: 0 };
  const counting = db.counting(() => {
    statements.count += 1;
  });
  return { requestId, db: counting, statements, auth, loaders: new Loaders(counting) };
}

/** Neighbours of one node over one relationship field. */
export async function neighbours(context: GraphContext, spec: RelationSpec, id: string): Promise<EntityRow[]> {
  const items = await context.loaders.relation(spec).load(id);
  return items.map((item) => item.node);
}

/** The relationships of one node over one relationship field, seen from that node and mapped to an edge type. */
export async function edgesOf<T>(context: GraphContext, spec: RelationSpec, id: string, toEdge: (ends: EdgeEnds) => T): Promise<T[]> {
  const items = await context.loaders.relation(spec).load(id);
  return items.map((item) => toEdge(edgeEnds(item, id)));
}

export async function firstNeighbour(context: GraphContext, spec: RelationSpec, id: string): Promise<EntityRow | null> {
  return (await neighbours(context, spec, id))[0] ?? null;
}

export async function nodeOfLabel(context: GraphContext, id: string, label: string): Promise<EntityRow | null> {
  const node = await context.loaders.node.load(id);
  return node && node.__typename === label ? node : null;
}

/**
 * A root lookup by id (`person(id:)`, `team(id:)`, ...): the node, or a NOT_FOUND error naming
 * the id (the field is then null and the other root fields still answer). Costs no statement
 * more than the lookup itself.
 */
export async function lookupOfLabel(context: GraphContext, id: string, label: string, argument = 'id'): Promise<EntityRow> {
  const node = await nodeOfLabel(context, id, label);
  if (!node) throw notFound(argument, id, label);
  return node;
}
