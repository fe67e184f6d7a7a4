/**
 * `npm run seed [-- --reset] [files...]`: validates and loads the seed files (default: every
 * seed/*.yaml) into the configured Neo4j; each file that changes the graph is audited, one that
 * changes nothing is not written. `--reset` first deletes everything in the database.
 */
import { Command } from 'commander';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/config';
import { connectNeo4j } from '../db/neo4j-server';
import { prepareDatabase } from '../db/prepare';
import { GRAPH_MODEL } from '../model/graph-model';
import { loadSeedFiles, seedFilesIn } from '../seed/load-seed';
import { resetGraph } from '../seed/reset';
import { runCli } from './run-cli';

runCli(async () => {
  const program = new Command('seed')
    .description('Validate and load seed files (one YAML per source) into Neo4j.')
    .option('--reset', 'delete every node and relationship first', false)
    .argument('[files...]', 'seed files to load (default: every seed/*.yaml)')
    .parse();
  const files = program.args.length > 0 ? program.args.map((file) => path.resolve(file)) : seedFilesIn();
  const { reset } = program.opts<{ reset: boolean }>();

  const neo4j = await connectNeo4j(loadConfig());
  try {
    // Migrated before anything is loaded; a reset keeps the migration records (and the schema).
    await prepareDatabase(neo4j.db, GRAPH_MODEL, { say: (line) => process.stdout.write(`${line}\n`) });
    if (reset) {
      await resetGraph(neo4j.db);
      process.stdout.write(`Deleted everything in ${neo4j.uri}.\n`);
    }
    for (const summary of await loadSeedFiles(neo4j.db, files, { actor: os.userInfo().username, operation: 'seed' })) {
      process.stdout.write(summary.written
        ? `Loaded ${summary.file} (${summary.sourceId}): ${summary.nodes} nodes, ${summary.relationships} relationships.\n`
        : `Unchanged ${summary.file} (${summary.sourceId}): the graph already holds it; nothing written.\n`);
    }
  } finally {
    await neo4j.close();
  }
});
