/**
 * The neighbourhood of any node: the node itself and every relationship its type exposes in the
 * API, each as a link to the node at the other end. The API has no generic "relationships of a
 * node" field, so there is one query per type, picked by the node's __typename, each derived from
 * the graph model (neighbourhood-queries.ts). Links read from
 * edge types (season entries, team stints, inspirations, kinship hops, ...) carry their evidence;
 * the others get theirs on demand (see relationship-evidence.ts). The node's claims and the
 * conflicts about its relationships come in the same request: each link carries its disputes. Each
 * list field comes in a request of its own, sent at the same time (the query cost, see
 * NEIGHBOURS_SHOWN).
 */
import { GRAPH_MODEL } from '../model/graph-model.js';
import { nodeDeclaration } from '../model/model-queries.js';
import { ConnectionPage, query, walkConnection } from './api.js';
import { Claim, Conflict, disputesOf, disputesOfLink, Dispute, nodePropertyWords, relationshipDisputes } from './claims.js';
import { Citation, CitedAnswer, citedBy } from './facts.js';
import { Json, LinkSpec, neighbourhoodSpecs } from './neighbourhood-queries.js';
import { LabelledNode, labelOf } from './node-labels.js';
import { wordsFor } from './relationship-words.js';

export type Neighbour = LabelledNode & { label: string };

export interface Link {
  neighbour: Neighbour;
  /** Ids of the two ends, in the relationship's direction (kinship: from the node to the relative). */
  from: string;
  to: string;
  /** The stored relationship type, e.g. DROVE_FOR. */
  type: string;
  /** What the relationship is, in a few words ("drove for", "father"). */
  words: string;
  /** What the relationship records besides ("2022", "finished 6th"). */
  detail?: string;
  /** The evidence, when the API gives it with the relationship; undefined: ask for it. */
  citations?: Citation[];
  /** How many source statements it has in all, where `citations` is a page of them. */
  citationsTotal?: number;
  /** Where its sources disagree (a finishing position, which place a person was born in). */
  disputes: Dispute[];
}

export interface CentreNode extends Neighbour {
  /** Its __typename. */
  kind: string;
  description: string | null;
  citations: Citation[];
  citationsTotal?: number;
  /** Properties worth showing, as term and value. */
  details: [string, string][];
  /** A source's full text. */
  text?: string;
  /** The properties its sources disagree on, each with every source's claim. */
  disputes: Dispute[];
  /** Per disputed property shown among the details, the term it is shown under. */
  detailTerms: Record<string, string>;
  /** How many conflicts about it (its properties' or its relationships') the page did not ask for. */
  conflictsNotShown: number;
  /** How many of its relationships the page did not ask for (each list gives a page of NEIGHBOURS_SHOWN). */
  linksNotShown: number;
}

export interface Neighbourhood {
  node: CentreNode;
  links: Link[];
}

/** Per node type, its query and links, derived from the graph model (neighbourhood-queries.ts). */
const SPECS = neighbourhoodSpecs(GRAPH_MODEL);

const NODE_KIND = 'query NodeKind($id: ID!) { node(id: $id) { __typename id } }';

/** Null when no node has the id. */
export async function loadNeighbourhood(id: string): Promise<Neighbourhood | null> {
  const { node: found } = await query<{ node: { __typename: string } | null }>(NODE_KIND, { id });
  if (!found) return null;
  const spec = SPECS[found.__typename];
  if (!spec) throw new Error(`The explorer cannot show a ${found.__typename} yet.`);
  type Roots = { lineage?: { relatives: Json[] } | null; conflicts?: { totalCount: number; edges: { node: Conflict }[] } };
  const [own, claims, roots, ...lists] = await Promise.all([
    query<{ node: Json | null }>(spec.document, { id }),
    spec.claims ? allClaims(spec.claims, id) : Promise.resolve(null),
    Promise.all(spec.roots.map((root) => query<Roots>(root, { id }))),
    ...spec.lists.map((list) => query<{ node: Json | null }>(list.document, { id })),
  ]);
  if (!own.node) return null;
  const data: Roots = Object.assign({}, ...roots);
  // Each list came in its own request (a page of it); its connection's totalCount says how many it left out.
  const node: Json = Object.assign({}, own.node, ...lists.map((list) => list.node ?? {}), claims ? { claims } : {});
  // Every list drawn from a page (the model's lists, and a team's season entries) comes with its `…Connection`'s totalCount.
  const linksNotShown = [...new Set(spec.links.map((link) => link.field))].reduce((sum, field) => {
    const shown = node[field];
    const total = (node[`${field}Connection`] as { totalCount: number } | undefined)?.totalCount ?? 0;
    return sum + Math.max(0, total - (Array.isArray(shown) ? shown.length : 0));
  }, 0);
  const centre = node as unknown as LabelledNode;
  const disputed = relationshipDisputes(data.conflicts?.edges.map((edge) => edge.node) ?? [], centre.id);
  const withDisputes = (link: Omit<Link, 'disputes'>): Link => ({ ...link, disputes: disputesOfLink(disputed, link) });
  return {
    node: {
      ...centre,
      label: labelOf(centre),
      kind: centre.__typename,
      description: (node.description as string | null | undefined) ?? null,
      ...citedBy(node.sourcesConnection ? (node as unknown as CitedAnswer) : null),
      details: spec.details(node),
      text: typeof node.text === 'string' ? node.text : undefined,
      disputes: disputesOf(claimsOf(node), nodePropertyWords(nodeDeclaration(GRAPH_MODEL, centre.__typename).properties, spec.detailTerms)),
      detailTerms: spec.detailTerms,
      conflictsNotShown: data.conflicts ? Math.max(0, data.conflicts.totalCount - data.conflicts.edges.length) : 0,
      linksNotShown,
    },
    links: [...spec.links.flatMap((link) => linksOf(centre.id, node, link)), ...kinshipLinks(centre.id, data.lineage?.relatives ?? [])].map(withDisputes),
  };
}

/** Every claim of the node: the claims' pages walked to the end (a node has a few dozen at most in practice). */
async function allClaims(document: string, id: string): Promise<Claim[]> {
  type Page = { node: { claimsConnection: ConnectionPage<Claim> } | null };
  return (await walkConnection(async (after) => (await query<Page>(document, { id, after })).node?.claimsConnection)) ?? [];
}

/** The claims the API gave with a node; none when it was not asked for them (a source). */
const claimsOf = (element: Json): Claim[] => (Array.isArray(element.claims) ? (element.claims as Claim[]) : []);

function linksOf(centreId: string, node: Json, spec: LinkSpec): Omit<Link, 'disputes'>[] {
  const value = node[spec.field];
  const items = (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]) as Json[];
  return items.map((item) => {
    const other = (spec.via ? item[spec.via] : item) as LabelledNode;
    return {
      neighbour: { ...other, label: labelOf(other) },
      from: spec.direction === 'in' ? other.id : centreId,
      to: spec.direction === 'in' ? centreId : other.id,
      type: spec.type,
      words: wordsFor(spec.type),
      detail: spec.detail?.(item),
      ...(spec.via ? citedBy(item as unknown as CitedAnswer) : {}),
    };
  });
}

/** Direct relatives (one kinship link away), including relations a source states without the people between. */
function kinshipLinks(centreId: string, relatives: Json[]): Omit<Link, 'disputes'>[] {
  return relatives.map((relative) => {
    const person = relative.person as LabelledNode;
    const kinship = relative.kinship as string;
    const [hop] = relative.path as ({ type: string } & CitedAnswer)[];
    return {
      neighbour: { ...person, label: labelOf(person, kinship) },
      from: centreId,
      to: person.id,
      type: hop?.type ?? 'HAS_RELATIVE',
      words: kinship,
      ...citedBy(hop),
    };
  });
}
