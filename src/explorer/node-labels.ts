/**
 * How any node is named on the page: people by name (unnamed ones as such, never invented),
 * achievements, events, studies and sources by title, everything else by name.
 */

/**
 * Selects what `labelOf` needs from any node (inline fragments per type). A person's name is
 * aliased: it may be null, other types' names may not, and GraphQL refuses one response key with
 * both types.
 */
export const NODE_LABEL_FIELDS = `__typename id
  ... on Person { personName: name description }
  ... on Team { name } ... on Organization { name } ... on Family { name }
  ... on Series { name } ... on Season { name } ... on Race { name }
  ... on Venue { name } ... on Place { name }
  ... on Achievement { title } ... on Event { title } ... on Education { title } ... on Source { title }`;

export interface LabelledNode {
  __typename: string;
  id: string;
  name?: string | null;
  /** A person's name, where the selection had to alias it (NODE_LABEL_FIELDS). */
  personName?: string | null;
  title?: string | null;
  description?: string | null;
}

/** `unnamedAs`: how to call a person no source names ("uncle" gives "unnamed uncle"). */
export function labelOf(node: LabelledNode, unnamedAs = 'person'): string {
  if (node.name) return node.name;
  if (node.personName) return node.personName;
  if (node.title) return node.title;
  return node.__typename === 'Person' ? `unnamed ${unnamedAs}` : node.id;
}

export function isUnnamedPerson(node: LabelledNode): boolean {
  return node.__typename === 'Person' && !node.name && !node.personName;
}

