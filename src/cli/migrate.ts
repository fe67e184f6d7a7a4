/**
 * `npm run migrate`: brings the configured Neo4j to the graph model's version (the migrations of
 * cypher/migrations/ it lacks, then the model's constraints and indexes), as every start does.
 * `--status` lists what is applied and what is pending, changing nothing; `--unlock` removes the
 * lock of a process that died while migrating.
 */
import { Command } from 'commander';
import { loadConfig } from '../config/config';
import { connectNeo4j } from '../db/neo4j-server';
import { migrationStatus } from '../db/migrations/migrate';
import { BREAK_LOCK } from '../db/migrations/migrations.cypher';
import { prepareDatabase } from '../db/prepare';
import { GRAPH_MODEL } from '../model/graph-model';
import { runCli } from './run-cli';
import { printTable } from './table';

runCli(async () => {
  const program = new Command('migrate')
    .description('Migrate Neo4j to the graph model\'s version, then apply its constraints and indexes.')
    .option('--status', 'list applied and pending migrations; change nothing', false)
    .option('--unlock', 'remove the lock a migrating process left behind when it died', false)
    .parse();
  const { status, unlock } = program.opts<{ status: boolean; unlock: boolean }>();
  const print = (line: string): void => void process.stdout.write(`${line}\n`);

  const neo4j = await connectNeo4j(loadConfig(), { say: (line) => process.stderr.write(`${line}\n`) });
  try {
    if (unlock) {
      const [{ removed }] = await neo4j.db.write(BREAK_LOCK);
      print(Number(removed) > 0 ? 'Removed the migration lock.' : 'There was no migration lock.');
      return;
    }
    if (status) {
      const current = await migrationStatus(neo4j.db, GRAPH_MODEL);
      print(`${neo4j.uri}: database at version ${current.databaseVersion}, graph model at version ${current.modelVersion}.`);
      printTable([
        ...current.applied.map((m) => ({ version: m.version, description: m.description, state: `applied ${m.installedOn} by ${m.installedBy}` })),
        ...current.pending.map((m) => ({ version: m.version, description: m.description, state: 'pending' })),
      ], print);
      return;
    }
    const { migrations } = await prepareDatabase(neo4j.db, GRAPH_MODEL, { say: print });
    print(migrations.applied.length > 0
      ? `${neo4j.uri} is at version ${migrations.version} (${migrations.applied.length} migration(s) applied).`
      : `${neo4j.uri} is at version ${migrations.version}: nothing to migrate.`);
  } finally {
    await neo4j.close();
  }
});
