/**
 * `npm run cypher` (src/cli/cypher.ts) run as users run it, against the test Neo4j: list
 * parameters written as JSON reach the query, and a list the shell stripped of its quotes is
 * refused instead of silently matching nothing.
 */
import { useTestDatabase } from '../support/neo4j';
import { distScript, startNode } from '../support/processes';

useTestDatabase();

const cypherCli = async (args: string[]) => {
  const cli = startNode(distScript('cli/cypher.js'), args, process.env);
  return { code: await cli.exited, output: cli.output() };
};

test.each([
  ['a JSON list', 'personIds=["amber-balcaen"]'],
  ['a JSON list with spaces', 'personIds=[ "amber-balcaen" ]'],
  ['comma-separated words', 'personIds=amber-balcaen'],
])('career-summary takes its list of ids as %s', async (_how, pair) => {
  const { code, output } = await cypherCli(['career-summary', '-p', pair, '--json']);
  expect(code).toBe(0);
  const rows = JSON.parse(output) as { personId: string; seriesId: string }[];
  expect(rows.map((r) => r.seriesId)).toContain('arca-menards-series');
  expect(new Set(rows.map((r) => r.personId))).toEqual(new Set(['amber-balcaen']));
}, 60_000);

test('a JSON list of two ids gives rows for both people', async () => {
  const { code, output } = await cypherCli(['career-summary', '-p', 'personIds=["amber-balcaen","danica-patrick"]', '--json']);
  expect(code).toBe(0);
  const people = new Set((JSON.parse(output) as { personId: string }[]).map((r) => r.personId));
  expect(people).toEqual(new Set(['amber-balcaen', 'danica-patrick']));
}, 60_000);

test('a list whose quotes the shell removed is refused with how to quote it, before connecting', async () => {
  const { code, output } = await cypherCli(['career-summary', '-p', 'personIds=[amber-balcaen]']);
  expect(code).toBe(1);
  expect(output.trim().split('\n')).toEqual([
    `Error: --param personIds=[amber-balcaen] starts like JSON but is not valid JSON; did the shell remove its quotes? Wrap the whole pair in single quotes: --param 'personIds=["amber-balcaen","danica-patrick"]'`,
  ]);
}, 60_000);

test('--help states the parameter rule with a list example', async () => {
  const { code, output } = await cypherCli(['--help']);
  expect(code).toBe(0);
  expect(output).toContain(`string[]   a JSON list, e.g. personIds='["amber-balcaen","danica-patrick"]'`);
  expect(output).toContain('string     taken as written');
}, 60_000);
