/**
 * HTTP caching (src/server/http-cache.plugin.ts): queries over GET with Cache-Control from the
 * declared hints and an ETag tied to the graph's version; If-None-Match answered 304 without
 * running the query (one statement, the version's); a write, over the API or by a seed load, makes
 * the old tag stale. Automatic persisted queries over GET and POST. POST pays nothing for any of it.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { readGraphVersion } from '../../src/db/database';
import { Neo4jServer } from '../../src/db/neo4j-server';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { startTestApi, TestApi, testHttpConfig, testToken } from '../support/api';
import { ADD_SOURCE, asEditor, FIXTURE_SOURCE } from '../support/curation';
import { seededGraph, testNeo4j } from '../support/neo4j';

const logLines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    chunk.toString().split('\n').filter(Boolean).forEach((line: string) => logLines.push(JSON.parse(line)));
    done();
  },
});

let neo4j: Neo4jServer;
let api: TestApi;
beforeAll(async () => {
  neo4j = await testNeo4j();
  await seededGraph(neo4j.db, 'interview');
  // Not the default max-age, so the header shows the setting reached it.
  api = await startTestApi(neo4j.db, { http: testHttpConfig({ HTTP_CACHE_MAX_AGE: '120' }), logger: pino({ level: 'info' }, sink) });
});
afterAll(async () => {
  await api?.stop();
  await neo4j?.close();
});

const PERSON = 'query Person($id: ID!) { person(id: $id) { id name } }';
const AMBER = { id: 'amber-balcaen' };
/** Apollo's CSRF prevention lets a GET run only with a header a browser cannot send without a preflight. */
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions: { code: string } }[];
  extensions: { cypherStatements: number };
}

function getUrl(params: Record<string, unknown>): URL {
  const url = new URL(api.url);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  return url;
}

async function get(params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(getUrl(params), { headers: { ...PREFLIGHT, ...headers } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as Answer, text };
}

async function post(body: Record<string, unknown>) {
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer };
}

/** The statements the request with this x-request-id sent, from its log line. */
async function loggedStatements(requestId: string): Promise<unknown> {
  await new Promise((resolve) => setImmediate(resolve));
  return logLines.find((line) => line.requestId === requestId)?.cypherStatements;
}

async function graphVersion(): Promise<number> {
  return (await readGraphVersion(neo4j.db))!.version;
}

const ETAG = /^W\/"(\d+)-[\w-]+"$/;
const versionOf = (etag: string | null): number => Number(ETAG.exec(etag ?? '')?.[1]);

test('a GET query: public Cache-Control with the configured max-age and an ETag of the graph version; one statement more than its POST, which gets neither', async () => {
  const viaPost = await post({ query: PERSON, variables: AMBER });
  expect(viaPost.body.data).toEqual({ person: { id: 'amber-balcaen', name: 'Amber Balcaen' } });
  expect(viaPost.headers.get('cache-control')).toBeNull();
  expect(viaPost.headers.get('etag')).toBeNull();

  const viaGet = await get({ query: PERSON, variables: AMBER });
  expect(viaGet.status).toBe(200);
  expect(viaGet.body.data).toEqual(viaPost.body.data);
  expect(viaGet.headers.get('cache-control')).toBe('public, max-age=120');
  expect(viaGet.headers.get('etag')).toMatch(ETAG);
  expect(versionOf(viaGet.headers.get('etag'))).toBe(await graphVersion());
  // The version's read is the only statement more, and only GET sends it.
  expect(viaGet.body.extensions.cypherStatements).toBe(viaPost.body.extensions.cypherStatements + 1);
});

test('the same GET with its ETag in If-None-Match gets 304 without running the query; other variables get another tag', async () => {
  const first = await get({ query: PERSON, variables: AMBER });
  const etag = first.headers.get('etag')!;
  const again = await get({ query: PERSON, variables: AMBER }, { 'if-none-match': etag, 'x-request-id': 'cache-304' });
  expect(again.status).toBe(304);
  expect(again.text).toBe('');
  expect(again.headers.get('etag')).toBe(etag);
  expect(again.headers.get('cache-control')).toBe('public, max-age=120');
  expect(await loggedStatements('cache-304')).toBe(1);
  // Weak comparison: the tag without W/ matches too; a list holding it matches.
  expect((await get({ query: PERSON, variables: AMBER }, { 'if-none-match': `"nope", ${etag.slice(2)}` })).status).toBe(304);

  const other = await get({ query: PERSON, variables: { id: 'danica-patrick' } }, { 'if-none-match': etag });
  expect(other.status).toBe(200);
  expect(other.headers.get('etag')).not.toBe(etag);
});

test('a curation mutation over the API makes the tag stale: 200 with a new tag, which is then answered 304', async () => {
  const before = await get({ query: PERSON, variables: AMBER });
  const stale = before.headers.get('etag')!;
  await asEditor(api, ADD_SOURCE, { input: FIXTURE_SOURCE });
  const after = await get({ query: PERSON, variables: AMBER }, { 'if-none-match': stale });
  expect(after.status).toBe(200);
  expect(after.body.data).toEqual(before.body.data);
  const fresh = after.headers.get('etag')!;
  expect(versionOf(fresh)).toBeGreaterThan(versionOf(stale));
  expect(versionOf(fresh)).toBe(await graphVersion());
  expect((await get({ query: PERSON, variables: AMBER }, { 'if-none-match': fresh })).status).toBe(304);
});

test('a seed load (npm run ingest) makes the tag stale', async () => {
  const stale = (await get({ query: PERSON, variables: AMBER })).headers.get('etag')!;
  const [loaded] = await loadSeedFiles(neo4j.db, [path.join(__dirname, '..', 'fixtures', 'ingest', 'test-fixture-jane-roe.yaml')], { actor: 'cache-test', operation: 'ingest' });
  expect(loaded.written).toBe(true);
  const after = await get({ query: PERSON, variables: AMBER }, { 'if-none-match': stale });
  expect(after.status).toBe(200);
  expect(versionOf(after.headers.get('etag'))).toBeGreaterThan(versionOf(stale));
});

test('no-store for the audit log; private when the request carries a token; no cache header on errors', async () => {
  const audit = await get({ query: '{ auditLog(first: 1) { edges { node { actor } } } }' });
  expect(audit.status).toBe(200);
  expect(audit.headers.get('cache-control')).toBe('no-store');
  expect(audit.headers.get('etag')).toBeNull();

  const withToken = await get({ query: PERSON, variables: AMBER }, { authorization: `Bearer ${testToken('editor')}` });
  expect(withToken.headers.get('cache-control')).toBe('private, max-age=120');

  const notFound = await get({ query: PERSON, variables: { id: 'no-such-person' } });
  expect(notFound.body.errors).toBeDefined();
  expect(notFound.headers.get('cache-control')).toBeNull();
  expect(notFound.headers.get('etag')).toBeNull();

  const invalid = await get({ query: '{ nothingOfThatName }' });
  expect(invalid.status).toBe(400);
  expect(invalid.headers.get('cache-control')).toBeNull();
});

test('a mutation over GET is refused (405) and never tagged', async () => {
  const response = await get({ query: ADD_SOURCE, variables: { input: FIXTURE_SOURCE } }, { authorization: `Bearer ${testToken('editor')}` });
  expect(response.status).toBe(405);
  expect(response.headers.get('allow')).toBe('POST');
  expect(response.headers.get('cache-control')).toBeNull();
  expect(response.headers.get('etag')).toBeNull();
});

test('CSRF: a GET without the preflight header is refused; a browser opening /graphql goes to the IDE unless its URL holds a query', async () => {
  const bare = await fetch(getUrl({ query: PERSON, variables: AMBER }));
  expect(bare.status).toBe(400);
  expect(await bare.text()).toContain('apollo-require-preflight');

  // What a browser sends for a page it opens.
  const accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  const page = await fetch(api.url, { headers: { accept }, redirect: 'manual' });
  expect(page.status).toBe(302);
  expect(page.headers.get('location')).toBe('/graphiql/');
  const query = await fetch(getUrl({ query: PERSON, variables: AMBER }), { headers: { accept, ...PREFLIGHT }, redirect: 'manual' });
  expect(query.status).toBe(200);
  expect(((await query.json()) as { data: unknown }).data).toEqual({ person: { id: 'amber-balcaen', name: 'Amber Balcaen' } });
});

describe('automatic persisted queries', () => {
  const QUERY = 'query PersistedPerson($id: ID!) { person(id: $id) { name } }';
  const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
  const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

  test('a hash the server has not seen is PERSISTED_QUERY_NOT_FOUND; once registered (GET), GET and POST with the hash alone are answered', async () => {
    const extensions = persisted(hashOf(QUERY));
    const unknown = await get({ extensions, variables: AMBER });
    expect(unknown.body.errors?.map((error) => error.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(unknown.headers.get('etag')).toBeNull();

    const registering = await get({ query: QUERY, extensions, variables: AMBER });
    expect(registering.status).toBe(200);
    expect(registering.body.data).toEqual({ person: { name: 'Amber Balcaen' } });

    const byHash = await get({ extensions, variables: AMBER });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(registering.body.data);
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=120');
    expect((await get({ extensions, variables: AMBER }, { 'if-none-match': byHash.headers.get('etag')! })).status).toBe(304);

    const byPost = await post({ extensions, variables: AMBER });
    expect(byPost.status).toBe(200);
    expect(byPost.body.data).toEqual(registering.body.data);
  });

  test('a query sent with a hash that is not its own is refused, and not registered', async () => {
    const wrong = hashOf(`${QUERY} # another text`);
    const refused = await post({ query: QUERY, extensions: persisted(wrong), variables: AMBER });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }]);
    const byHash = await post({ extensions: persisted(wrong), variables: AMBER });
    expect(byHash.body.errors?.map((error) => error.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});
