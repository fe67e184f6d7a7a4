/**
 * The per-request GraphQL context: the graph model the API serves, the counting database handle
 * and a fresh registry of DataLoaders, so that caching and batching never leak between requests.
 * Imports no entity module: entities declare their loaders (src/graph/shared/loader-registry.ts).
 */
import { randomUUID } from 'node:crypto';
import { Database } from '../db/database';
import { RequestAuth, RequestContext } from '../graphql/context';
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { EdgeObjectRow, edgeOf } from './shared/edges';
import { Loaders } from './shared/loader-registry';
import { ListPage } from '../graphql/connection';
import { PageRequest, relatedLoader, relatedPageLoader, RelationSpec } from './shared/related.loader';
import { EntityRow } from './shared/rows';

export { Loaders };

/**
 * How root fields read what is selected below them: `compiled`, one statement per root field
 * (src/graph/compiled/), the loaders answering only the fields the compiler leaves to them; or
 * `loaders`, every field by its loader (one statement per field per depth level).
 */
export type Reads = 'compiled' | 'loaders';

export interface GraphContext extends RequestContext {
  /** The model the API was built from: curation checks writes against it. */
  model: GraphModel;
  loaders: Loaders;
  reads: Reads;
}

export type GraphContextFactory = (db: Database, auth?: RequestAuth, requestId?: string) => GraphContext;

/** The context factory of an API built from `model`. */
export function graphContextFactory(model: GraphModel = GRAPH_MODEL, reads: Reads = 'compiled'): GraphContextFactory {
  return (db, auth = { user: null }, requestId = randomUUID()) => {
    const statements = { count: 0 };
    const counting = db.counting(() => {
      statements.count += 1;
    });
    return { requestId, db: counting, statements, auth, model, loaders: new Loaders(counting), reads };
  };
}

/** The context of this project's model (GRAPH_MODEL). */
export const createGraphContext: GraphContextFactory = graphContextFactory();

/** Neighbours of one node over one relationship field. */
export async function neighbours(context: GraphContext, spec: RelationSpec, id: string): Promise<EntityRow[]> {
  const items = await context.loaders.get(relatedLoader(spec)).load(id);
  return items.map((item) => item.node);
}

/** One page of a node's neighbours over one list field. */
export async function neighbourPage(context: GraphContext, spec: RelationSpec, id: string, page: PageRequest): Promise<ListPage<EntityRow>> {
  const { items, ...rest } = await context.loaders.get(relatedPageLoader(spec, page)).load(id);
  return { ...rest, items: items.map((item) => item.node) };
}

/** One page of a node's relationships over one list field, as edge object rows. */
export async function edgePage(context: GraphContext, spec: RelationSpec, id: string, page: PageRequest): Promise<ListPage<EdgeObjectRow>> {
  const { items, ...rest } = await context.loaders.get(relatedPageLoader(spec, page)).load(id);
  return { ...rest, items: items.map((item) => edgeOf(item, id)) };
}

export async function firstNeighbour(context: GraphContext, spec: RelationSpec, id: string): Promise<EntityRow | null> {
  return (await neighbours(context, spec, id))[0] ?? null;
}

export async function nodeOfLabel(context: GraphContext, id: string, label: string): Promise<EntityRow | null> {
  const node = await context.loaders.node.load(id);
  return node && node.__typename === label ? node : null;
}
