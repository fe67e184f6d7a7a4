/**
 * How any node is named on the page: people by name (unnamed ones as such, never invented),
 * achievements, events, studies and sources by title, everything else by name.
 */
import { GRAPH_MODEL } from '../model/graph-model.js';

/**
 * Selects what `labelOf` needs from any node: for each label of the model, the property it is
 * known by (its `nameProperty`: a name or a title) and the ones that stand in for it when missing
 * (a person no source names has a description).
 */
export const NODE_LABEL_FIELDS = `__typename id
  ${GRAPH_MODEL.nodes
    .map((node) => `... on ${node.label} { ${[...new Set([node.nameProperty, ...(node.requiresOneOf?.properties ?? [])])].join(' ')} }`)
    .join('\n  ')}`;

export interface LabelledNode {
  __typename: string;
  id: string;
  name?: string | null;
  title?: string | null;
  description?: string | null;
}

/** `unnamedAs`: how to call a person no source names ("uncle" gives "unnamed uncle"). */
export function labelOf(node: LabelledNode, unnamedAs = 'person'): string {
  if (node.name) return node.name;
  if (node.title) return node.title;
  return node.__typename === 'Person' ? `unnamed ${unnamedAs}` : node.id;
}

export function isUnnamedPerson(node: LabelledNode): boolean {
  return node.__typename === 'Person' && !node.name;
}

