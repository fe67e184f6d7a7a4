/**
 * The graph as the exporters see it: nodes with their labels, relationships with their ends, and
 * every property, provenance (`sources`, `quotes`) included. Each format turns this into files.
 */

export type Scalar = string | number | boolean;
export type PropertyValue = Scalar | Scalar[];
export type Properties = Record<string, PropertyValue>;

export interface ExportedNode {
  id: string;
  /** Every label, `Entity` included (re-importing into Neo4j needs it). */
  labels: string[];
  /** The node's own label (`Person`, `Source`, ...): the one that is not `Entity`. */
  label: string;
  /** Everything but `id`, which is a field of its own. */
  properties: Properties;
}

export interface ExportedRelationship {
  /** Stable across exports: see relationshipId. */
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Properties;
}

export type ExportScope = { kind: 'whole-graph' } | { kind: 'subgraph'; fromId: string; depth: number };

export interface ExportedGraph {
  scope: ExportScope;
  nodes: ExportedNode[];
  relationships: ExportedRelationship[];
}

/** One file of an export, at a path relative to the export's folder. */
export interface ExportFile {
  path: string;
  contents: string;
}

/**
 * Relationships have no id of their own in Neo4j (element ids change between databases), but the
 * graph holds one relationship per (start, type, end), so those three name it; a type the model
 * `identifiedBy` some properties (a person's roles in one organization: owner, then director) holds
 * one per (start, type, end, values of those properties), and those values end its id
 * (`maria:HELD_ROLE:sparrow:owner`). The `key` the model computes from the same values, on which the
 * loader merges, is a declared property like any other and exported in every format. Node ids are
 * lower-case slugs and types upper case, so the ':' never becomes ambiguous.
 */
export function relationshipId(from: string, type: string, to: string, identity: readonly string[] = []): string {
  return [from, type, to, ...identity].join(':');
}

export const PROVENANCE_PROPERTIES = ['sources', 'quotes'] as const;
