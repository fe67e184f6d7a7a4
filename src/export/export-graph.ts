/**
 * One export, start to end: read the graph (whole, or around one node), turn it into the chosen
 * format's files, and write them with a manifest that says what the folder holds.
 */
import { CypherRunner } from '../db/database';
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { EXPORT_FORMATS, ExportFormat } from './formats';
import { readSubgraph, readWholeGraph } from './read-graph';
import { ExportScope } from './exported-graph';
import { MANIFEST_FILE, writeExport } from './write-export';

export interface ExportRequest {
  format: ExportFormat;
  outDir: string;
  /** With `depth`: only the nodes within `depth` hops of this node, and the relationships between them. */
  fromId?: string;
  depth?: number;
}

export interface ExportSummary {
  format: ExportFormat;
  scope: ExportScope;
  nodes: number;
  relationships: number;
  /** The claims about those nodes and relationships, and the sources the export cites. */
  claims: number;
  sources: number;
  /** Paths relative to the export folder, the manifest last. */
  files: string[];
}

/** `model`: what the graph may hold, which says the files' columns, keys and terms. */
export async function exportGraph(db: CypherRunner, request: ExportRequest, model: GraphModel = GRAPH_MODEL): Promise<ExportSummary> {
  const graph = request.fromId === undefined
    ? await readWholeGraph(db, model)
    : await readSubgraph(db, request.fromId, request.depth ?? 1, model);
  const files = EXPORT_FORMATS[request.format](graph, model);
  const summary: ExportSummary = {
    format: request.format,
    scope: graph.scope,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    claims: graph.claims?.length ?? 0,
    sources: graph.sources?.length ?? 0,
    files: [...files.map((file) => file.path), MANIFEST_FILE],
  };
  writeExport(request.outDir, files, { ...summary, exportedAt: new Date().toISOString() });
  return summary;
}
