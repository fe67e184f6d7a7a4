/**
 * The graph as the exporters see it: nodes with their labels, relationships with their ends, and
 * every property, provenance (`sources`, `quotes`) included; the claims behind them (the
 * `(:Claim)` nodes beside the graph: one source saying one thing of one node or relationship); and
 * the sources they cite, as a citation reads them. Each format turns this into files.
 */
import type { CitableSource } from '../provenance/source-citation';

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

/**
 * A claim as stored: its id, and its other properties (CLAIM_PROPERTIES) as the graph holds them,
 * `addedAt` as ISO 8601 text; one it does not have (the `property` and `value` of an existence
 * claim, the `locator` and `excerpt` of a stored source's claim) is absent, and a cited source's
 * claim has empty `quotes`.
 */
export interface ExportedClaim {
  id: string;
  properties: Properties;
}

export interface ExportedGraph {
  scope: ExportScope;
  nodes: ExportedNode[];
  relationships: ExportedRelationship[];
  /** The claims about these nodes and relationships (all of a claim's entities are in the export); none when absent. */
  claims?: ExportedClaim[];
  /** Every source the export cites (its Source nodes, the sources of its provenance and of its claims), by id; none when absent. */
  sources?: CitableSource[];
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

/** What the properties of a claim hold, for the formats that type their columns or keys. */
export type ClaimPropertyType = 'string' | 'int' | 'boolean' | 'datetime' | 'list' | 'scalar';

/**
 * The properties a `(:Claim)` node may have besides its `id` (docs: issue 16's claim store), in
 * the order the exports write them: what it is about, what it says, who says it and how, and how
 * the graph resolved it.
 */
export const CLAIM_PROPERTIES: readonly (readonly [name: string, type: ClaimPropertyType])[] = [
  // What it is about: a node (its label) or a relationship (its type, ends and key), and the ids it touches.
  ['subjectKind', 'string'], ['subject', 'string'], ['label', 'string'], ['type', 'string'],
  ['from', 'string'], ['to', 'string'], ['key', 'string'], ['entities', 'list'],
  // What it says: a property's value (a list's item, at its position), or, with neither, that the element exists.
  ['property', 'string'], ['value', 'scalar'], ['position', 'int'],
  // Who says it, and how: a stored source's quotes, or a cited source's locator and excerpt.
  ['source', 'string'], ['storage', 'string'], ['quotes', 'list'], ['locator', 'string'], ['excerpt', 'string'],
  ['addedAt', 'datetime'],
  // How the graph resolved it among the claims of its group.
  ['preferred', 'boolean'], ['disputed', 'boolean'], ['group', 'string'], ['rule', 'string'], ['pinned', 'boolean'],
];
