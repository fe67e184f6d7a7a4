/**
 * Reads what an export writes: the whole graph, or the neighbourhood of one node, each in one read
 * transaction (cypher/export-graph.cypher and cypher/export-subgraph.cypher, which analysts can
 * also run with `npm run cypher`); then the claims about what was read and the sources it cites
 * (export.cypher.ts).
 */
import { CypherRunner, Row } from '../db/database';
import { namedQuery } from '../db/cypher-files';
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { sourcedQuotesOf } from '../provenance/citations';
import { CitableSource } from '../provenance/source-citation';
import { ExportError } from './export-error';
import { EXPORT_ALL_CLAIMS, EXPORT_CLAIMS_AMONG, EXPORT_SOURCES } from './export.cypher';
import {
  CLAIM_PROPERTIES, ExportedClaim, ExportedGraph, ExportedNode, ExportedRelationship, ExportScope, Properties, PropertyValue,
  relationshipId, Scalar,
} from './exported-graph';

/** Matches the hard bound in cypher/export-subgraph.cypher. */
export const MAX_SUBGRAPH_DEPTH = 5;

/** `model`: which relationship types are identified by properties as well as their ends (see relationshipId). */
export async function readWholeGraph(db: CypherRunner, model: GraphModel = GRAPH_MODEL): Promise<ExportedGraph> {
  const rows = await db.read(namedQuery('export-graph').cypher);
  const graph = graphFromRows({ kind: 'whole-graph' }, rows, model);
  return withClaimsAndSources(db, graph, await db.read(EXPORT_ALL_CLAIMS));
}

/** The nodes within `depth` hops of `fromId` (either direction) and every relationship between them. */
export async function readSubgraph(db: CypherRunner, fromId: string, depth: number, model: GraphModel = GRAPH_MODEL): Promise<ExportedGraph> {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_SUBGRAPH_DEPTH) {
    throw new ExportError(`depth must be a whole number from 1 to ${MAX_SUBGRAPH_DEPTH}, got ${depth}`);
  }
  const rows = await db.read(namedQuery('export-subgraph').cypher, { fromId, depth });
  // The start node is always its own row, so no rows means no such node.
  if (rows.length === 0) throw new ExportError(`No node has the id "${fromId}".`);
  const graph = graphFromRows({ kind: 'subgraph', fromId, depth }, rows, model);
  return withClaimsAndSources(db, graph, await db.read(EXPORT_CLAIMS_AMONG, { ids: graph.nodes.map((node) => node.id) }));
}

/** The graph with its claims (rows of EXPORT_*_CLAIMS) and every source it cites. */
async function withClaimsAndSources(db: CypherRunner, graph: ExportedGraph, claimRows: Row[]): Promise<ExportedGraph> {
  const claims = claimRows.map(claimFromRow);
  const cited = new Set<string>([
    ...graph.nodes.filter((node) => node.label === 'Source').map((node) => node.id),
    ...[...graph.nodes, ...graph.relationships].flatMap((element) => sourcedQuotesOf(element.properties).map((citation) => citation.sourceId)),
    ...claims.map((claim) => String(claim.properties.source)),
  ]);
  const sources = (await db.read(EXPORT_SOURCES, { ids: [...cited] })).map(citableSourceOf);
  return { ...graph, claims, sources };
}

const KNOWN_CLAIM_PROPERTIES = new Set(CLAIM_PROPERTIES.map(([name]) => name));

/**
 * A row of EXPORT_*_CLAIMS as an exported claim. A property no format knows (CLAIM_PROPERTIES) is
 * refused, as an undeclared node property is (declared-properties.ts): every format would have to
 * leave it out without a word.
 */
export function claimFromRow(row: Row): ExportedClaim {
  const { id, ...properties } = plainProperties(row.properties as Record<string, unknown>);
  const unknown = Object.keys(properties).filter((name) => !KNOWN_CLAIM_PROPERTIES.has(name));
  if (unknown.length > 0) {
    throw new ExportError(`Claim "${String(row.id)}" has ${unknown.map((name) => `"${name}"`).join(', ')}, which no export format knows: add ${unknown.length === 1 ? 'it' : 'them'} to CLAIM_PROPERTIES (src/export/exported-graph.ts).`);
  }
  return { id: String(id ?? row.id), properties };
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function citableSourceOf(row: Row): CitableSource {
  return {
    id: String(row.id),
    title: String(row.title),
    kind: String(row.kind),
    published: textOrNull(row.published),
    url: textOrNull(row.url),
    retrieved: textOrNull(row.retrieved),
    licence: textOrNull(row.licence),
    authors: (row.authors as unknown[]).map(String),
    publisher: textOrNull(row.publisher),
  };
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
 * A null (a map projection's missing key) is a property the element does not have.
 */
function plainProperties(properties: Record<string, unknown>): Properties {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined).map(([key, value]) => [key, plainValue(value)]));
}

function plainValue(value: unknown): PropertyValue {
  if (Array.isArray(value)) return value.map(plainScalar);
  return plainScalar(value);
}

function plainScalar(value: unknown): Scalar {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
