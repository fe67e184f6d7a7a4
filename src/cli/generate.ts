/**
 * `npm run generate`: writes every committed file generated from the graph model (docs/MODEL.md,
 * schema/schema.graphql; see src/generate/generated-files.ts). Run it after changing the model.
 * `npm run generate -- --check` writes nothing and exits 1 listing the stale files (for CI).
 */
import 'reflect-metadata';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../config/config';
import { staleFiles, writeGeneratedFiles } from '../generate/generated-files';
import { GRAPH_MODEL } from '../model/graph-model';
import { runCli } from './run-cli';

runCli(async () => {
  const program = new Command('generate')
    .description('Write the files generated from the graph model (docs/MODEL.md, schema/schema.graphql).')
    .option('--check', 'write nothing; exit 1 listing the generated files that are out of date')
    .parse();
  const { check } = program.opts<{ check?: boolean }>();
  if (check) {
    const stale = await staleFiles(PROJECT_ROOT, GRAPH_MODEL);
    if (stale.length === 0) {
      process.stdout.write('Every generated file is up to date.\n');
      return 0;
    }
    process.stderr.write(`Out of date (run \`npm run generate\`):\n${stale.map((file) => `  ${file}\n`).join('')}`);
    return 1;
  }
  const changed = await writeGeneratedFiles(PROJECT_ROOT, GRAPH_MODEL);
  process.stdout.write(changed.length === 0 ? 'Every generated file was up to date.\n' : `Wrote ${changed.join(', ')}.\n`);
  return 0;
});
