/**
 * The constraints and indexes of the database, derived from a graph model: per label a uniqueness
 * constraint on `id` (and one on :Entity, which every node carries), a range index per `indexed`
 * property of a node or relationship, and the full-text index behind search over every `searchable`
 * property. Besides them, a few fixed items that are not part of the model: the audit log's and the
 * migration runner's own (src/db/migrations/).
 *
 * Each item is data first (its name and definition, compared with what the database holds by
 * schema-state.ts) and Cypher second (`createStatement` in schema.cypher.ts, idempotent through IF NOT EXISTS).
 */
import { GraphModel, Properties } from '../model/declaration';
import { GRAPH_VERSION_LABEL } from './graph-version.cypher';

export type SchemaItem =
  | { kind: 'unique'; name: string; label: string; property: string }
  | { kind: 'range'; name: string; entity: 'node' | 'relationship'; labelOrType: string; property: string }
  | { kind: 'fulltext'; name: string; labels: readonly string[]; properties: readonly string[] };

/** Every node carries :Entity beside its own label (ids are unique across the whole graph). */
export const ENTITY_LABEL = 'Entity';
/** The full-text index search runs on (src/graph/search/search.cypher.ts names it too). */
export const FULLTEXT_INDEX = 'entity_names';

/** PersonRole -> person_role, ENTERED_SEASON -> entered_season, formerNames -> former_names. */
export const snakeCase = (name: string): string =>
  name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

const indexedOf = (properties: Properties): string[] =>
  Object.entries(properties).filter(([, property]) => property.indexed).map(([name]) => name);

/**
 * The properties of the full-text index: every searchable one of any label, shortest first (names,
 * then titles, then descriptions), otherwise in the order the model declares them. The order is
 * part of the index's definition; this one is the order the index had before it was derived.
 */
function searchableProperties(model: GraphModel): string[] {
  const declared = new Map<string, number>();
  for (const node of model.nodes) {
    for (const [name, property] of Object.entries(node.properties)) {
      if (property.searchable && !declared.has(name)) declared.set(name, property.max ?? Number.MAX_SAFE_INTEGER);
    }
  }
  // Array.prototype.sort is stable: equal lengths keep their declaration order.
  return [...declared.entries()].sort(([, a], [, b]) => a - b).map(([name]) => name);
}

/** The constraints and indexes a model declares, in a stable order. */
export function modelSchema(model: GraphModel): SchemaItem[] {
  const unique: SchemaItem[] = [ENTITY_LABEL, ...model.nodes.map((node) => node.label)]
    .map((label) => ({ kind: 'unique', name: `${snakeCase(label)}_id`, label, property: 'id' }));
  const nodeIndexes: SchemaItem[] = model.nodes.flatMap((node) => indexedOf(node.properties).map((property) => ({
    kind: 'range' as const, name: `${snakeCase(node.label)}_${snakeCase(property)}`, entity: 'node' as const, labelOrType: node.label, property,
  })));
  const searchLabels = model.nodes.filter((node) => Object.values(node.properties).some((property) => property.searchable)).map((node) => node.label);
  const fulltext: SchemaItem[] = searchLabels.length === 0 ? [] : [
    { kind: 'fulltext', name: FULLTEXT_INDEX, labels: searchLabels, properties: searchableProperties(model) },
  ];
  const relationshipIndexes: SchemaItem[] = model.relationships.flatMap((rel) => indexedOf(rel.properties).map((property) => ({
    kind: 'range' as const, name: `${snakeCase(rel.type)}_${snakeCase(property)}`, entity: 'relationship' as const, labelOrType: rel.type, property,
  })));
  return [...unique, ...nodeIndexes, ...fulltext, ...relationshipIndexes];
}

/** The audit log of curation writes: not part of the knowledge graph (no :Entity label). */
export const AUDIT_SCHEMA: readonly SchemaItem[] = [
  { kind: 'unique', name: 'audit_entry_id', label: 'AuditEntry', property: 'id' },
  { kind: 'range', name: 'audit_entry_at', entity: 'node', labelOrType: 'AuditEntry', property: 'at' },
];

/**
 * The claims beside the graph (src/claims/): each source's say on each node and relationship, found
 * by id, by what they are about, by source, and by the dispute they are in.
 */
export const CLAIM_LABEL = 'Claim';
export const CLAIM_SCHEMA: readonly SchemaItem[] = [
  { kind: 'unique', name: 'claim_id', label: CLAIM_LABEL, property: 'id' },
  { kind: 'range', name: 'claim_subject', entity: 'node', labelOrType: CLAIM_LABEL, property: 'subject' },
  { kind: 'range', name: 'claim_source', entity: 'node', labelOrType: CLAIM_LABEL, property: 'source' },
  { kind: 'range', name: 'claim_group', entity: 'node', labelOrType: CLAIM_LABEL, property: 'group' },
  { kind: 'range', name: 'claim_disputed', entity: 'node', labelOrType: CLAIM_LABEL, property: 'disputed' },
];

/** The records of applied migrations and the lock that keeps two processes from migrating at once. */
export const MIGRATION_LABEL = '__PitlaneMigration';
export const MIGRATION_LOCK_LABEL = '__PitlaneMigrationLock';
export const MIGRATION_SCHEMA: readonly SchemaItem[] = [
  { kind: 'unique', name: 'pitlane_migration_version', label: MIGRATION_LABEL, property: 'version' },
  { kind: 'unique', name: 'pitlane_migration_lock_id', label: MIGRATION_LOCK_LABEL, property: 'id' },
];

/** The graph's version (graph-version.cypher.ts): one node, kept one by its constraint when two first writes race. */
export const GRAPH_VERSION_SCHEMA: readonly SchemaItem[] = [
  { kind: 'unique', name: 'pitlane_graph_version_id', label: GRAPH_VERSION_LABEL, property: 'id' },
];

/** Everything the database should hold: the model's items, then the fixed ones. */
export function declaredSchema(model: GraphModel): SchemaItem[] {
  return [...modelSchema(model), ...CLAIM_SCHEMA, ...AUDIT_SCHEMA, ...MIGRATION_SCHEMA, ...GRAPH_VERSION_SCHEMA];
}
