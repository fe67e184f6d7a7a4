/**
 * Kinship terms that a source can state without the people in between ("her grandfather", "her
 * uncle", "her cousin"). Each term fixes the generation offset of the relative (how many generations
 * above the person: +1 parent's generation, 0 own, -1 children's) and the neutral term for the way back.
 *
 * Stated relations are stored as HAS_RELATIVE edges with these values; relations given hop by hop
 * (PARENT_OF, SIBLING_OF, SPOUSE_OF) are labelled by cypher/lineage.cypher from the hops.
 */
export interface KinshipTerm {
  generation: number;
  inverse: string;
}

export const KINSHIP_TERMS = {
  'great-grandfather': { generation: 3, inverse: 'great-grandchild' },
  'great-grandmother': { generation: 3, inverse: 'great-grandchild' },
  'great-grandparent': { generation: 3, inverse: 'great-grandchild' },
  grandfather: { generation: 2, inverse: 'grandchild' },
  grandmother: { generation: 2, inverse: 'grandchild' },
  grandparent: { generation: 2, inverse: 'grandchild' },
  uncle: { generation: 1, inverse: 'nephew or niece' },
  aunt: { generation: 1, inverse: 'nephew or niece' },
  cousin: { generation: 0, inverse: 'cousin' },
  'second cousin': { generation: 0, inverse: 'second cousin' },
  'brother-in-law': { generation: 0, inverse: 'sibling-in-law' },
  'sister-in-law': { generation: 0, inverse: 'sibling-in-law' },
  'father-in-law': { generation: 1, inverse: 'child-in-law' },
  'mother-in-law': { generation: 1, inverse: 'child-in-law' },
  nephew: { generation: -1, inverse: 'uncle or aunt' },
  niece: { generation: -1, inverse: 'uncle or aunt' },
  grandson: { generation: -2, inverse: 'grandparent' },
  granddaughter: { generation: -2, inverse: 'grandparent' },
  grandchild: { generation: -2, inverse: 'grandparent' },
} as const satisfies Record<string, KinshipTerm>;

export type KinshipTermName = keyof typeof KINSHIP_TERMS;
export const KINSHIP_TERM_NAMES = Object.keys(KINSHIP_TERMS) as [KinshipTermName, ...KinshipTermName[]];
