/**
 * `npm run export -- --format graphml|csv|jsonld|citations --out DIR [--from ID --depth N]`: writes
 * the knowledge graph, or the part of it within N hops of one node, with provenance on every node
 * and relationship and the claims behind them, for Gephi / NetworkX (GraphML), spreadsheets (CSV)
 * or linked-data tools (JSON-LD); or how to cite its sources (CSL-JSON and BibTeX).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../config/config';
import { connectNeo4j } from '../db/neo4j-server';
import { exportGraph } from '../export/export-graph';
import { GRAPH_MODEL } from '../model/graph-model';
import { EXPORT_FORMAT_NAMES, ExportFormat } from '../export/formats';
import { MAX_SUBGRAPH_DEPTH } from '../export/read-graph';
import { runCli, UsageError } from './run-cli';

/** `graph.graphml, export-manifest.json`, or for CSV `nodes/ (13 files), relationships/ (25 files), export-manifest.json`. */
function describeFiles(files: string[]): string {
  const folders = new Map<string, number>();
  const loose: string[] = [];
  for (const file of files) {
    const [first, ...rest] = file.split('/');
    if (rest.length === 0) loose.push(file);
    else folders.set(first, (folders.get(first) ?? 0) + 1);
  }
  return [...[...folders].map(([folder, count]) => `${folder}/ (${count} files)`), ...loose].join(', ');
}

function depthArgument(raw: string): number {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_SUBGRAPH_DEPTH) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${MAX_SUBGRAPH_DEPTH}.`);
  }
  return Number(raw);
}

runCli(async () => {
  const program = new Command('export')
    .description('Export the graph, or the part around one node, with provenance, to files for analysis tools.')
    .addOption(new Option('--format <format>', 'what to write').choices(EXPORT_FORMAT_NAMES).makeOptionMandatory())
    .requiredOption('--out <dir>', 'the folder to write (created; an earlier export there is replaced)')
    .option('--from <id>', 'only the nodes near this node (by id), and the relationships between them')
    .option('--depth <n>', `with --from: how many hops out, 1 to ${MAX_SUBGRAPH_DEPTH} (default 1)`, depthArgument)
    .parse();
  const options = program.opts<{ format: ExportFormat; out: string; from?: string; depth?: number }>();
  if (options.depth !== undefined && options.from === undefined) {
    throw new UsageError('--depth needs --from <id>: the node to count the hops from.');
  }

  const neo4j = await connectNeo4j(loadConfig(), { say: (line) => process.stderr.write(`${line}\n`) });
  try {
    const summary = await exportGraph(neo4j.db, { format: options.format, outDir: options.out, fromId: options.from, depth: options.depth }, GRAPH_MODEL);
    const what = summary.scope.kind === 'subgraph'
      ? `the graph within ${summary.scope.depth} ${summary.scope.depth === 1 ? 'hop' : 'hops'} of ${summary.scope.fromId}`
      : 'the whole graph';
    process.stdout.write(
      `Exported ${what} as ${summary.format}: ${summary.nodes} nodes, ${summary.relationships} relationships.\n` +
        `The claims behind them: ${summary.claims}; the sources they cite: ${summary.sources}.\n` +
        `Wrote ${options.out}: ${describeFiles(summary.files)}\n`,
    );
  } finally {
    await neo4j.close();
  }
  return 0;
});
