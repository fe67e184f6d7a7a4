/**
 * `node dist/bench/contenders/serve-contender.js <raw-cypher|neo4j-graphql>`: one benchmark peer as
 * its own process on 127.0.0.1:$PORT over the Neo4j at $NEO4J_URI, so its memory is its own.
 * It prints `CONTENDER_READY <url>` when it serves, and stops when its parent goes away.
 *
 * - raw-cypher: the floor. POST /cypher/<query> with the parameters as a JSON body runs one named
 *   statement (bench/cypher/ or the library in cypher/) in a read transaction and answers the rows.
 * - neo4j-graphql: @neo4j/graphql's generated API (./neo4j-graphql.ts) under Apollo Server.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { namedQuery, namedQueryNames } from '../../db/cypher-files';
import { Database } from '../../db/database';
import { neo4jGraphqlSchema } from './neo4j-graphql';
import { BENCH_CYPHER_DIR, CONTENDER_READY } from './protocol';


function statementFor(name: string): string {
  return namedQueryNames(BENCH_CYPHER_DIR).includes(name) ? namedQuery(name, BENCH_CYPHER_DIR).cypher : namedQuery(name).cypher;
}

async function serveRawCypher(uri: string, port: number): Promise<string> {
  const db = await Database.connect({ uri, user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 30_000 });
  const server = http.createServer((request, response) => {
    const name = /^\/cypher\/([a-z-]+)$/.exec(request.url ?? '')?.[1];
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const answer = async (): Promise<unknown> => db.read(statementFor(name ?? ''), JSON.parse(body || '{}'));
      answer().then(
        (rows) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ rows }));
        },
        (error: Error) => {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: error.message }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${port}`;
}

async function serveNeo4jGraphql(uri: string, port: number): Promise<string> {
  const driver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: 50 });
  const server = new ApolloServer({ schema: await neo4jGraphqlSchema(driver) });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  // The standalone server answers GraphQL at its root.
  return url.replace('localhost', '127.0.0.1');
}

async function main(): Promise<void> {
  const [kind] = process.argv.slice(2);
  const uri = process.env.NEO4J_URI;
  const port = Number(process.env.PORT);
  if (!uri || !port) throw new Error('Set NEO4J_URI and PORT.');
  const serve = { 'raw-cypher': serveRawCypher, 'neo4j-graphql': serveNeo4jGraphql }[kind];
  if (!serve) throw new Error(`Unknown contender "${kind}": use raw-cypher or neo4j-graphql.`);
  const url = await serve(uri, port);
  process.stdout.write(`${CONTENDER_READY}${url}\n`);
  // The benchmark owns us: when it goes, so do we (its stdin pipe closes).
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
