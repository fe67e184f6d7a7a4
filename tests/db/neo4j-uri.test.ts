/**
 * A tool pointed at a Neo4j that is not there (NEO4J_URI): one line naming the address and the
 * driver's reason, exit 1, no stack trace (src/db/neo4j-server.ts).
 */
import { freePort } from '../../src/db/embedded/embedded-neo4j';
import { distScript, startNode } from '../support/processes';

test('NEO4J_URI that nobody answers: one line saying which address and what to do', async () => {
  const uri = `bolt://127.0.0.1:${await freePort()}`;
  const tool = startNode(distScript('cli/cypher.js'), ['womens-firsts'], { ...process.env, NEO4J_URI: uri });
  expect(await tool.exited).toBe(1);
  const lines = tool.output().trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^Error: Cannot reach Neo4j at ${uri} \\(NEO4J_URI\\): .+ unset NEO4J_URI to use the embedded Neo4j\\.$`));
}, 60_000);
