/**
 * `npm run ingest -- path/to/source.yaml [--apply]`: checks a source file in the seed format and
 * prints what loading it would do: per node, relationship and property, the answered value before →
 * after, the claims added, replaced and removed, and the conflicts it would create. With --apply it
 * writes it, idempotently, in one transaction, and records the write in the audit log.
 *
 * `npm run ingest -- --retract <source-id> [--apply]`: the same for taking one source out again.
 * `--json` prints the diff as JSON instead of text.
 */
import { Command } from 'commander';
import os from 'node:os';
import path from 'node:path';
import { formatClaimDiff } from '../db/claims/diff';
import { loadConfig } from '../config/config';
import { connectNeo4j } from '../db/neo4j-server';
import { prepareDatabase } from '../db/prepare';
import { loadSeedFiles, validateSeedFiles } from '../seed/load-seed';
import { retractSource } from '../seed/retract';
import { diffSeedFile, SeedDiff } from '../seed/seed-diff';
import { runCli } from './run-cli';

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function printDiff(diff: SeedDiff, verbose: boolean): void {
  out(`${diff.file} (${diff.sourceId})`);
  const { change, fields } = diff.source;
  if (change !== 'unchanged' || verbose) {
    out(`  ${{ create: '+', change: '~', unchanged: '=' }[change]} (:Source {id: '${diff.sourceId}'})${fields.length ? `  [${fields.join(', ')}]` : ''}`);
  }
  out(formatClaimDiff(diff.claims, verbose));
}

runCli(async () => {
  const program = new Command('ingest')
    .description('Check a source file (seed format) against the graph, or plan retracting a source; --apply writes.')
    .argument('[files...]', 'seed files (YAML); a stored source\'s text beside its file')
    .option('--retract <source-id>', 'take out every claim of this source (and what only it supports)')
    .option('--apply', 'write (one transaction per file or retraction); without it nothing is written', false)
    .option('--json', 'print the diff as JSON', false)
    .option('--verbose', 'also list what is unchanged', false)
    .option('--actor <name>', 'who ingests, for the audit log', os.userInfo().username)
    .parse();
  const files = program.args.map((file) => path.resolve(file));
  const options = program.opts<{ retract?: string; apply: boolean; json: boolean; verbose: boolean; actor: string }>();
  if ((options.retract === undefined) === (files.length === 0)) {
    program.error('give either seed files to ingest or --retract <source-id>, not both');
  }

  const neo4j = await connectNeo4j(loadConfig(), { say: (line) => process.stderr.write(`${line}\n`) });
  try {
    await prepareDatabase(neo4j.db);
    if (options.retract !== undefined) {
      const retraction = await retractSource(neo4j.db, options.retract, { apply: options.apply, actor: options.actor, role: 'ingest' });
      if (options.json) out(JSON.stringify(retraction, null, 2));
      else {
        out(`retract ${retraction.sourceId}`);
        out(formatClaimDiff(retraction.diff, options.verbose));
        out(retraction.applied
          ? `Retracted ${retraction.sourceId}: ${retraction.claimsRemoved} claims, ${retraction.nodesRemoved} nodes, ${retraction.relationshipsRemoved} relationships removed.`
          : 'Dry run: nothing was written. Run again with --apply to retract.');
      }
      return 0;
    }
    const parsed = await validateSeedFiles(neo4j.db, files);
    const diffs: SeedDiff[] = [];
    for (const seed of parsed) diffs.push(await diffSeedFile(neo4j.db, seed));
    if (options.json) out(JSON.stringify(diffs, null, 2));
    else diffs.forEach((diff) => printDiff(diff, options.verbose));
    const pending = diffs.some((diff) => diff.changes);
    if (!options.apply) {
      if (!options.json) out(pending ? 'Dry run: nothing was written. Run again with --apply to write.' : 'Nothing to change.');
      return 0;
    }
    if (!pending) {
      out('Nothing to change: the graph already holds these files.');
      return 0;
    }
    for (const summary of await loadSeedFiles(neo4j.db, files, { actor: options.actor, operation: 'ingest' })) {
      out(summary.written
        ? `Applied ${summary.file}: ${summary.nodes} nodes, ${summary.relationships} relationships.`
        : `Unchanged ${summary.file}: nothing to write.`);
    }
    return 0;
  } finally {
    await neo4j.close();
  }
});
