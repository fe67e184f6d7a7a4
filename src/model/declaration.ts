/**
 * The language the graph model is written in: what a node label, a property and a relationship type
 * declare. The model itself is in graph-model.ts; everything else (the seed file schema, the GraphQL
 * fields and their loaders, the curation inputs' limits, the constraints and indexes, the explorer's
 * words, the exports and docs/MODEL.md) is derived from a `GraphModel` value, never written beside it.
 *
 * This module imports nothing: the model is plain data, readable from the server, the CLIs and the
 * explorer's browser code alike. The explorer loads src/model/ as ES modules straight from the
 * build, so relative imports in src/model name their file with `.js` (a browser does not guess).
 */

/** A closed set of values, stored as these strings; GraphQL spells them in upper case (non-binary is NON_BINARY). */
export interface EnumDeclaration {
  readonly name: string;
  readonly description: string;
  readonly values: readonly string[];
}

export type ScalarType =
  /** Free text, trimmed and at least one character. */
  | 'string'
  | 'int'
  | 'float'
  | 'boolean'
  /** A date as precise as the source: 2023, 2023-02 or 2023-04-22. */
  | 'partialDate'
  /** An absolute http(s) address. */
  | 'url';

/** The id of another node, kept as a property (a season entry's team): not a relationship of its own. */
export interface ReferenceType {
  readonly ref: readonly string[];
}

export type PropertyType = ScalarType | EnumDeclaration | ReferenceType;

export interface PropertyDeclaration {
  readonly type: PropertyType;
  /** A list of values; an absent list reads as empty. */
  readonly list?: boolean;
  /** A node or relationship of this kind cannot exist without it (seed files and creation must give it). */
  readonly required?: boolean;
  /** Numbers: the smallest value. Strings: the shortest length (default 1). */
  readonly min?: number;
  /** Numbers: the largest value. Strings: the longest length. Every string and number has one. */
  readonly max?: number;
  /** Lists: the most items. */
  readonly maxItems?: number;
  /** Read as this when absent (GraphQL then reports it as non-null). */
  readonly default?: boolean | number | string;
  readonly description?: string;
  /** Part of the full-text index behind search. */
  readonly searchable?: boolean;
  /** Has a range index (filters and orderings use it). */
  readonly indexed?: boolean;
  /**
   * Not given by sources: computed from the stated properties when a source's facts are written
   * (HAS_RELATIVE's generation, from its kinship term). Stored and exported, not read in the API.
   */
  readonly computed?: (stated: Readonly<Record<string, unknown>>) => string | number | boolean | undefined;
  /**
   * Not given by sources: kept by the graph itself from other nodes' facts after every write (a
   * relatively dated event's years, from its anchor's date; see src/db/dating.cypher.ts). The text says
   * how. Read in the API and exported, never stated in a seed file or set by curation.
   */
  readonly derived?: string;
  /** The API reports it as nullable even when required (a named node's `name`, so one selection fits every type). */
  readonly nullableInApi?: boolean;
  /** Not settable by curation mutations. */
  readonly notCurated?: boolean;
  /** The linked-data term for it (e.g. `schema:name`); others fall to the project vocabulary. */
  readonly jsonld?: string;
  /**
   * How the explorer reads a value beside a relationship: `{value}`, `{ordinal}` (6 reads "6th"),
   * `{words}` (FULL_TIME reads "full time"), `{list}` (joined with commas), `{name}` (a referenced node's name).
   */
  readonly reads?: string;
  /** The heading the explorer shows a node's property under. */
  readonly term?: string;
}

export type Properties = Readonly<Record<string, PropertyDeclaration>>;

export interface NodeDeclaration {
  readonly label: string;
  readonly description: string;
  /** Properties besides `id`, `sources` and `quotes`, which every node has. */
  readonly properties: Properties;
  /** The property people know it by: `name`, or `title` for achievements, events, studies and sources. */
  readonly nameProperty: 'name' | 'title';
  /** Listed in seed files' `nodes:` (a Source is the file's own `source:` section instead). */
  readonly inSeedFiles: boolean;
  /** Curators can create and update it through the API (`createX`, `updateX`). */
  readonly curated: boolean;
  /** The linked-data types it has besides its own label (e.g. `schema:Person`). */
  readonly jsonld?: readonly string[];
  /** At least one of these properties must be given (a person a source does not name needs a description). */
  readonly requiresOneOf?: { readonly properties: readonly string[]; readonly message: string };
}

export type Direction = 'out' | 'in' | 'both';

/** A field of the API that walks a relationship from one end. */
export interface RelationshipField {
  /** The node label that has the field. */
  readonly on: string;
  readonly name: string;
  /** Which way the stored relationship points, seen from `on`; a symmetric type is walked `both` ways. */
  readonly direction: Direction;
  /** The labels at the other end this field lists (default: all the type allows there). */
  readonly neighbours?: readonly string[];
  readonly description?: string;
  /** Returns the relationship's edge object (with its properties) rather than the node at the other end. */
  readonly edge?: boolean;
  /** A to-one field that always has a value (a season's series). */
  readonly nonNull?: boolean;
}

/** The object the API gives a relationship with properties: the two ends and the properties. */
export interface EdgeObject {
  readonly name: string;
  readonly description: string;
  /** Field naming the start node, and the end node. */
  readonly fromField: { readonly name: string; readonly description?: string };
  readonly toField: { readonly name: string; readonly description?: string };
  /** When the end may have several labels: the union the `toField` returns. */
  readonly toUnion?: { readonly name: string; readonly description: string };
}

/**
 * many-to-one: each start node has at most one relationship of this type (a race is part of one
 * season); one-to-many: each end node has at most one; one-to-one: both.
 */
export type Cardinality = 'many-to-many' | 'many-to-one' | 'one-to-many' | 'one-to-one';

/** A relationship a curated node is created with, named by an argument of its input (a season's `seriesId`). */
export interface CreationArgument {
  readonly name: string;
  readonly description: string;
  readonly requiredOnCreate: boolean;
}

export interface RelationshipDeclaration {
  readonly type: string;
  readonly description: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly properties: Properties;
  /** "A is B's sibling" says "B is A's sibling": stored once, from the smaller id to the larger. */
  readonly symmetric: boolean;
  readonly cardinality: Cardinality;
  /** What people read for it, from start to end ("drove for", "sibling of"). */
  readonly words: string;
  /** The fields it takes in the API, on either side. */
  readonly fields: readonly RelationshipField[];
  readonly edge?: EdgeObject;
  readonly creationArgument?: CreationArgument;
  /** Curators can add and remove it through `addRelationship` and `removeRelationship`. */
  readonly curated: boolean;
  /**
   * Properties that, with the type and the two ends, tell one relationship from another: a person can
   * hold two roles in one organization (owner, then director). Without it there is one relationship per
   * type and ends. The loader keeps their values in the stored property `key`.
   */
  readonly identifiedBy?: readonly string[];
  /** A linked-data predicate of the same meaning and direction (e.g. `schema:children`). */
  readonly jsonld?: string;
  /**
   * A family tie (parent, sibling, spouse, stated relative): the explorer reads these through
   * lineage, names them by the kinship ("father", "cousin") and draws them in the family group.
   */
  readonly kinship?: boolean;
}

export interface GraphModel {
  /** Bumped with every change to the model; the migration of that version brings a database up to it. */
  readonly version: number;
  readonly enums: readonly EnumDeclaration[];
  readonly nodes: readonly NodeDeclaration[];
  readonly relationships: readonly RelationshipDeclaration[];
}

export const isEnum = (type: PropertyType): type is EnumDeclaration => typeof type === 'object' && 'values' in type;
export const isReference = (type: PropertyType): type is ReferenceType => typeof type === 'object' && 'ref' in type;
