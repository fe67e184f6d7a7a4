/**
 * The facts of any node, for a hover or a click on a node in a drawing: what it is and the
 * sentences that establish it. Asked for once per node and page visit.
 */
import { GRAPH_MODEL } from '../model/graph-model.js';
import { query } from './api.js';
import { CITED, CitedAnswer, citedBy, Fact } from './facts.js';
import { LabelledNode, labelOf } from './node-labels.js';

/** Per label: the property it is known by, its description where it has one, and its sources; a source's date. */
export const NODE_FACTS = `query NodeFacts($id: ID!) {
  node(id: $id) {
    __typename id
    ${GRAPH_MODEL.nodes
    .map((node) => `... on ${node.label} { ${node.nameProperty}${'description' in node.properties ? ' description' : ''} ${CITED} }`)
    .join('\n    ')}
    ... on Source { published }
  }
}`;

type FactsAnswer = { node: (LabelledNode & Partial<CitedAnswer> & { published?: string }) | null };

const cache = new Map<string, Promise<Fact>>();

/** `label`: how the page calls the node (an unnamed relative by kinship). */
export function factsOfNode(id: string, label: string): Promise<Fact> {
  const key = `${id}\n${label}`;
  let facts = cache.get(key);
  if (!facts) {
    facts = load(id, label);
    // A failed request is asked again next time rather than remembered.
    facts.catch(() => cache.delete(key));
    cache.set(key, facts);
  }
  return facts;
}

async function load(id: string, label: string): Promise<Fact> {
  const { node } = await query<FactsAnswer>(NODE_FACTS, { id });
  if (!node) return { statement: `Nothing in the graph has the id ${id}.`, citations: [] };
  const what = `${label} (${node.__typename})`;
  if (node.__typename === 'Source') {
    return { statement: `${labelOf(node)}, published ${node.published ?? 'at an unknown date'}.`, citations: [], note: 'A source: the documents every quote comes from.' };
  }
  return { statement: node.description ? `${what}: ${node.description}` : what, ...citedBy(node.sourcesConnection ? (node as CitedAnswer) : null) };
}
