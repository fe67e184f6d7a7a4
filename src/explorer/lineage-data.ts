/** A person's relatives as the lineage query gives them: kinship, generation, whether they raced, and the links between. */
import { ConnectionPage, queryAllowingNotFound, walkConnection } from './api.js';
import { CITED, CitedAnswer } from './facts.js';
import { LabelledNode } from './node-labels.js';

/** How many kinship links the family tree follows (the API allows 1 to 6). */
export const LINEAGE_DEPTH = 4;

/**
 * Relatives asked for per request, and achievements per relative: the query cost counts each by its
 * page size (and each kinship link's citations by theirs), so the tree comes a few relatives at a
 * time (walked to the end), and a relative's achievements beyond the first few are counted, not listed.
 */
export const RELATIVES_PAGE = 4;
export const ACHIEVEMENTS_SHOWN = 3;

export const LINEAGE = `query Lineage($id: ID!, $depth: Int!, $after: String) {
  lineage(personId: $id, maxDepth: $depth) {
    person { __typename id name description raced ${CITED} }
    relativesConnection(first: ${RELATIVES_PAGE}, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node {
        kinship generation raced derivedFromHops
        person { __typename id name description }
        achievements(first: ${ACHIEVEMENTS_SHOWN}) { id title }
        achievementsConnection(first: 0) { totalCount }
        path { type relation from { id } to { id } ${CITED} }
      } }
    }
  }
}`;

export interface KinshipHop extends CitedAnswer {
  type: string;
  /** What `to` is to `from` ("father"). */
  relation: string;
  from: { id: string };
  to: { id: string };
}

export interface Relative {
  kinship: string;
  /** +1 the parents' generation, 0 the person's own, -1 the children's. */
  generation: number;
  raced: boolean;
  derivedFromHops: boolean;
  person: LabelledNode;
  /** The first ACHIEVEMENTS_SHOWN achievements, and how many there are in all. */
  achievements: { id: string; title: string }[];
  achievementsConnection: { totalCount: number };
  /** The chain of kinship links from the person to this relative. */
  path: KinshipHop[];
}

export interface Lineage {
  person: LabelledNode & CitedAnswer & { raced: boolean };
  relatives: Relative[];
}

type LineagePage = { lineage: { person: Lineage['person']; relativesConnection: ConnectionPage<Relative> } | null };

/** Null for an unknown person (or a node that is not a person). Every relative: the pages walked to the end. */
export async function loadLineage(personId: string): Promise<Lineage | null> {
  let person: Lineage['person'] | undefined;
  const relatives = await walkConnection(async (after) => {
    const { lineage } = await queryAllowingNotFound<LineagePage>(LINEAGE, { id: personId, depth: LINEAGE_DEPTH, after });
    person = lineage?.person;
    return lineage?.relativesConnection;
  });
  return relatives && person ? { person, relatives } : null;
}
