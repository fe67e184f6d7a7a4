/** A person's relatives as the lineage query gives them: kinship, generation, whether they raced, and the links between. */
import { queryAllowingNotFound } from './api.js';
import { Citation, CITATION_FIELDS } from './facts.js';
import { LabelledNode } from './node-labels.js';

/** How many kinship links the family tree follows (the API allows 1 to 6). */
export const LINEAGE_DEPTH = 4;

const CITED = `sources { ${CITATION_FIELDS} }`;

const LINEAGE = `query Lineage($id: ID!, $depth: Int!) {
  lineage(personId: $id, maxDepth: $depth) {
    person { __typename id name description raced ${CITED} }
    relatives {
      kinship generation raced derivedFromHops
      person { __typename id name description }
      achievements { id title }
      path { type relation from { id } to { id } ${CITED} }
    }
  }
}`;

export interface KinshipHop {
  type: string;
  /** What `to` is to `from` ("father"). */
  relation: string;
  from: { id: string };
  to: { id: string };
  sources: Citation[];
}

export interface Relative {
  kinship: string;
  /** +1 the parents' generation, 0 the person's own, -1 the children's. */
  generation: number;
  raced: boolean;
  derivedFromHops: boolean;
  person: LabelledNode;
  achievements: { id: string; title: string }[];
  /** The chain of kinship links from the person to this relative. */
  path: KinshipHop[];
}

export interface Lineage {
  person: LabelledNode & { raced: boolean; sources: Citation[] };
  relatives: Relative[];
}

/** Null for an unknown person (or a node that is not a person). */
export async function loadLineage(personId: string): Promise<Lineage | null> {
  const { lineage } = await queryAllowingNotFound<{ lineage: Lineage | null }>(LINEAGE, { id: personId, depth: LINEAGE_DEPTH });
  return lineage;
}
