/** Resolving an id held by an edge row to its node, through the request's node loader. */
import { GraphContext } from '../context';
import { EntityRow } from './rows';

export async function nodeById(context: GraphContext, id: string | null | undefined): Promise<EntityRow | null> {
  return id ? context.loaders.node.load(id) : null;
}

export async function requiredNode(context: GraphContext, id: string): Promise<EntityRow> {
  const node = await context.loaders.node.load(id);
  if (!node) throw new Error(`Node ${id} is referenced but missing from the graph.`);
  return node;
}
