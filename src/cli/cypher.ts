/**
 * `npm run cypher -- <name> --param key=value ...`: runs one named query from cypher/ against the
 * configured Neo4j (read-only) and prints a table; `--json` prints rows as JSON, `--list` the queries.
 * How a `--param` value becomes a typed parameter (JSON values, lists) is in query-params.ts.
 */
import { Command } from 'commander';
import { loadConfig } from '../config/config';
import { namedQuery, namedQueryNames } from '../db/cypher-files';
import { connectNeo4j } from '../db/neo4j-server';
import { describeParams, PARAM_RULES, queryParams } from './query-params';
import { runCli, UsageError } from './run-cli';
import { printTable } from './table';

runCli(async () => {
  const program = new Command('cypher')
    .description('Run a named analyst query from cypher/ and print its rows.')
    .argument('[name]', 'query name (file name in cypher/ without .cypher)')
    .option('-p, --param <key=value>', 'a query parameter (repeatable)', (v: string, all: string[]) => [...all, v], [])
    .option('--json', 'print rows as JSON instead of a table', false)
    .option('--list', 'list the named queries and their parameters', false)
    .addHelpText('after', `\n${PARAM_RULES}\n\nExample: npm run cypher -- career-summary -p 'personIds=["amber-balcaen","danica-patrick"]'`)
    .parse();
  const [name] = program.args;
  const options = program.opts<{ param: string[]; json: boolean; list: boolean }>();

  if (options.list || !name) {
    for (const queryName of namedQueryNames()) {
      const query = namedQuery(queryName);
      process.stdout.write(`${queryName}\n  ${query.summary.replace(/^[\w-]+:\s*/, '')}\n  params: ${describeParams(query)}\n`);
    }
    return name || options.list ? 0 : 2;
  }
  if (!namedQueryNames().includes(name)) {
    throw new UsageError(`No query named "${name}". Known queries: ${namedQueryNames().join(', ')}`);
  }
  const query = namedQuery(name);
  const params = queryParams(query, options.param);

  const neo4j = await connectNeo4j(loadConfig(), { say: (line) => process.stderr.write(`${line}\n`) });
  try {
    const rows = await neo4j.db.read(query.cypher, params);
    if (options.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else printTable(rows, (line) => process.stdout.write(`${line}\n`));
  } finally {
    await neo4j.close();
  }
  return 0;
});
