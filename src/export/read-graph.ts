/**
 * Reads what an export writes, in one read transaction (one consistent snapshot): the whole graph,
 * or the neighbourhood of one node. The Cypher is cypher/export-graph.cypher and
 * cypher/export-subgraph.cypher, which analysts can also run with `npm run cypher`.
 */
import { CypherRunner, Row } from '../db/database';
import { namedQuery } from '../db/cypher-files';
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { ExportError } from './export-error';
import {
  ExportedGraph, ExportedNode, ExportedRelationship, ExportScope, Properties, PropertyValue, relationshipId, Scalar,
} from './exported-graph';

/** Matches the hard bound in cypher/export-subgraph.cypher. */
export const MAX_SUBGRAPH_DEPTH = 5;

/** `model`: which relationship types are identified by properties as well as their ends (see relationshipId). */
export async function readWholeGraph(db: CypherRunner, model: GraphModel = GRAPH_MODEL): Promise<ExportedGraph> {
  const rows = await db.read(namedQuery('export-graph').cypher);
  return graphFromRows({ kind: 'whole-graph' }, rows, model);
}

/** The nodes within `depth` hops of `fromId` (either direction) and every relationship between them. */
export async function readSubgraph(db: CypherRunner, fromId: string, depth: number, model: GraphModel = GRAPH_MODEL): Promise<ExportedGraph> {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_SUBGRAPH_DEPTH) {
    throw new ExportError(`depth must be a whole number from 1 to ${MAX_SUBGRAPH_DEPTH}, got ${depth}`);
  }
  const rows = await db.read(namedQuery('export-subgraph').cypher, { fromId, depth });
  // The start node is always its own row, so no rows means no such node.
  if (rows.length === 0) throw new ExportError(`No node has the id "${fromId}".`);
  return graphFromRows({ kind: 'subgraph', fromId, depth }, rows, model);
}

/** The properties a type is identified by, beside its ends (none for most types). */
const identifyingProperties = (model: GraphModel, type: string): readonly string[] =>
  model.relationships.find((relationship) => relationship.type === type)?.identifiedBy ?? [];

/** The exported graph of export-graph's or export-subgraph's rows. */
export function graphFromRows(scope: ExportScope, rows: Row[], model: GraphModel): ExportedGraph {
  const nodes: ExportedNode[] = [];
  const relationships: ExportedRelationship[] = [];
  const relationshipIds = new Set<string>();
  for (const row of rows) {
    const { id: _id, ...properties } = plainProperties(row.properties as Record<string, unknown>);
    if (row.element === 'node') {
      const labels = row.labels as string[];
      const label = labels.find((l) => l !== 'Entity');
      if (!label) throw new ExportError(`Node "${row.id}" has no label besides Entity.`);
      nodes.push({ id: row.id as string, labels, label, properties });
    } else {
      const [from, type, to] = [row.from as string, row.type as string, row.to as string];
      const identifiedBy = identifyingProperties(model, type);
      const identity = identifiedBy.map((name) => String(properties[name] ?? ''));
      const id = relationshipId(from, type, to, identity);
      // The id scheme relies on one relationship per (start, type, end[, identity]), as every writer MERGEs them.
      if (relationshipIds.has(id)) {
        const which = identifiedBy.map((name, i) => ` with ${name} "${identity[i]}"`).join('');
        throw new ExportError(`Two ${type} relationships from "${from}" to "${to}"${which}: merge them before exporting.`);
      }
      relationshipIds.add(id);
      relationships.push({ id, type, from, to, properties });
    }
  }
  return { scope, nodes, relationships };
}

/**
 * Neo4j property values are scalars or lists of scalars; temporal and spatial values (which the
 * graph does not use today) become their ISO / WKT-like text so that every format can hold them.
 */
function plainProperties(properties: Record<string, unknown>): Properties {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, plainValue(value)]));
}

function plainValue(value: unknown): PropertyValue {
  if (Array.isArray(value)) return value.map(plainScalar);
  return plainScalar(value);
}

function plainScalar(value: unknown): Scalar {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
