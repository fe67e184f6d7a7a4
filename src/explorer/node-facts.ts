/**
 * The facts of any node, for a hover or a click on a node in a drawing: what it is and the
 * sentences that establish it. Asked for once per node and page visit.
 */
import { query } from './api.js';
import { Citation, CITATION_FIELDS, Fact } from './facts.js';
import { LabelledNode, labelOf } from './node-labels.js';

const CITED = `sources { ${CITATION_FIELDS} }`;

// A person's name is aliased for the reason given at NODE_LABEL_FIELDS.
const NODE_FACTS = `query NodeFacts($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Person { personName: name description ${CITED} }
    ... on Team { name description ${CITED} }
    ... on Organization { name description ${CITED} }
    ... on Family { name description ${CITED} }
    ... on Series { name description ${CITED} }
    ... on Season { name description ${CITED} }
    ... on Race { name description ${CITED} }
    ... on Venue { name description ${CITED} }
    ... on Place { name ${CITED} }
    ... on Achievement { title description ${CITED} }
    ... on Event { title description ${CITED} }
    ... on Education { title description ${CITED} }
    ... on Source { title published }
  }
}`;

type FactsAnswer = { node: (LabelledNode & { sources?: Citation[]; published?: string }) | null };

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
  return { statement: node.description ? `${what}: ${node.description}` : what, citations: node.sources ?? [] };
}
