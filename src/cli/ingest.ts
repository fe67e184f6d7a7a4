/**
 * `npm run ingest -- path/to/source.yaml [--apply]`: checks a new source file in the seed format
 * and prints what loading it would create, change and leave alone. With --apply it writes it,
 * idempotently, in one transaction, and records the write in the audit log.
 */
import { Command } from 'commander';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/config';
import { connectNeo4j } from '../db/neo4j-server';
import { prepareDatabase } from '../db/prepare';
import { loadSeedFiles, validateSeedFiles } from '../seed/load-seed';
import { diffSeedFile, SeedDiff } from '../seed/seed-diff';
import { runCli } from './run-cli';

const MARK = { create: '+', change: '~', unchanged: '=' } as const;

function printDiff(diff: SeedDiff, verbose: boolean): void {
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  out(`${diff.file} (${diff.sourceId})`);
  for (const line of diff.lines) {
    if (line.change === 'unchanged' && !verbose) continue;
    out(`  ${MARK[line.change]} ${line.what}${line.fields.length ? `  [${line.fields.join(', ')}]` : ''}`);
  }
  out(`  ${diff.counts.create} to create, ${diff.counts.change} to change, ${diff.counts.unchanged} unchanged`);
}

runCli(async () => {
  const program = new Command('ingest')
    .description('Check a new source file (seed format) against the graph; --apply writes it.')
    .argument('<files...>', 'seed files (YAML), each with its source text beside it')
    .option('--apply', 'write the files (one transaction each); without it nothing is written', false)
    .option('--verbose', 'also list what is unchanged', false)
    .option('--actor <name>', 'who ingests, for the audit log', os.userInfo().username)
    .parse();
  const files = program.args.map((file) => path.resolve(file));
  const options = program.opts<{ apply: boolean; verbose: boolean; actor: string }>();

  const neo4j = await connectNeo4j(loadConfig(), { say: (line) => process.stderr.write(`${line}\n`) });
  try {
    await prepareDatabase(neo4j.db);
    const parsed = await validateSeedFiles(neo4j.db, files);
    const diffs = [];
    for (const seed of parsed) {
      const diff = await diffSeedFile(neo4j.db, seed);
      diffs.push(diff);
      printDiff(diff, options.verbose);
    }
    const pending = diffs.reduce((sum, d) => sum + d.counts.create + d.counts.change, 0);
    if (!options.apply) {
      process.stdout.write(pending ? 'Dry run: nothing was written. Run again with --apply to write.\n' : 'Nothing to change.\n');
      return 0;
    }
    if (pending === 0) {
      process.stdout.write('Nothing to change: the graph already holds these files.\n');
      return 0;
    }
    for (const summary of await loadSeedFiles(neo4j.db, files, { actor: options.actor, operation: 'ingest' })) {
      process.stdout.write(summary.written
        ? `Applied ${summary.file}: ${summary.nodes} nodes, ${summary.relationships} relationships.\n`
        : `Unchanged ${summary.file}: nothing to write.\n`);
    }
    return 0;
  } finally {
    await neo4j.close();
  }
});
