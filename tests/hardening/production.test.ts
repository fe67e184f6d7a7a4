/**
 * Production mode: introspection, landing page and field suggestions off unless allowed, a CORS
 * allowlist, a body size limit, a request timeout, no stack traces, and graceful draining.
 */
import net from 'node:net';
import { useTestApi } from '../support/api';

const PRODUCTION = { NODE_ENV: 'production', CORS_ORIGINS: 'https://app.example.org', REQUEST_BODY_LIMIT: '2kb', REQUEST_TIMEOUT_MS: '500' };
const INTROSPECTION = '{ __schema { queryType { name } } }';

/**
 * Mistakes graphql-js answers with "Did you mean ...?": `says` is the part of the message that
 * stays (what is wrong, where), `suggests` the name the suggestion would reveal.
 */
const SUGGESTING_MISTAKES: { kind: string; query: string; variables?: Record<string, unknown>; says: string; suggests: string }[] = [
  { kind: 'a field', query: '{ person(id: "amber-balcaen") { nam } }', says: 'Cannot query field "nam" on type "Person".', suggests: '"name"' },
  { kind: 'an argument', query: '{ people(frist: 1) { totalCount } }', says: 'Unknown argument "frist" on field "Query.people".', suggests: '"first"' },
  { kind: 'a type', query: 'query($f: PersonFiltr) { people(filter: $f) { totalCount } }', says: 'Unknown type "PersonFiltr".', suggests: '"PersonFilter"' },
  { kind: 'an input field', query: '{ people(filter: { gendr: FEMALE }) { totalCount } }', says: 'Field "gendr" is not defined by type "PersonFilter".', suggests: '"gender"' },
  { kind: 'an enum literal', query: '{ people(filter: { gender: FEMAL }) { totalCount } }', says: 'Value "FEMAL" does not exist in "Gender" enum.', suggests: '"FEMALE"' },
  { kind: 'an enum value in a variable', query: 'query($f: PersonFilter) { people(filter: $f) { totalCount } }', variables: { f: { gender: 'FEMAL' } }, says: 'Value "FEMAL" does not exist in "Gender" enum.', suggests: '"FEMALE"' },
  { kind: 'an input field in a variable', query: 'query($f: PersonFilter) { people(filter: $f) { totalCount } }', variables: { f: { gendr: 'FEMALE' } }, says: 'Field "gendr" is not defined by type "PersonFilter".', suggests: '"gender"' },
];

describe('NODE_ENV=production', () => {
  const api = useTestApi({ env: PRODUCTION });

  test('introspection is refused', async () => {
    const response = await api().query(INTROSPECTION);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/introspection/i);
  });

  test("Apollo's landing page is off: a browser is sent to the project's own IDE", async () => {
    const response = await fetch(api().url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphiql/');
    expect(await response.text()).not.toMatch(/apollographql\.com/i);
  });

  // Each kind of mistake graphql-js answers with a suggestion, in development; in production the
  // message keeps what is wrong and where, and loses the suggestion.
  test.each(SUGGESTING_MISTAKES)('no "Did you mean" for $kind', async ({ query, variables, says, suggests }) => {
    const response = await api().query(query, variables);
    expect(response.errors).toHaveLength(1);
    const { message } = response.errors![0];
    expect(message).toContain(says);
    expect(message).not.toMatch(/did you mean/i);
    expect(message).not.toContain(suggests);
  });

  test('CORS: the allowlisted origin is allowed, any other is not', async () => {
    const allowed = await fetch(api().url, { method: 'OPTIONS', headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    const other = await fetch(api().url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a body over REQUEST_BODY_LIMIT gets 413 with a code, not a stack trace', async () => {
    const response = await fetch(api().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(4000)}` }),
    });
    expect(response.status).toBe(413);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(body).not.toMatch(/\bat \w+ \(/);
  });

  test('a client that does not send its whole request within REQUEST_TIMEOUT_MS gets 408', async () => {
    const { port } = new URL(api().url);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
      });
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
      setTimeout(() => reject(new Error('no reply within 10 s')), 10_000);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 408/);
  }, 15_000);
});

describe('ALLOW_INTROSPECTION=true in production', () => {
  const api = useTestApi({ env: { ...PRODUCTION, ALLOW_INTROSPECTION: 'true' } });

  test('introspection is served', async () => {
    const response = await api().query(INTROSPECTION);
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('development', () => {
  const api = useTestApi();

  test.each(SUGGESTING_MISTAKES)('suggestions are kept for $kind', async ({ query, variables, suggests }) => {
    const response = await api().query(query, variables);
    expect(response.errors?.[0].message).toMatch(/Did you mean/);
    expect(response.errors?.[0].message).toContain(suggests);
  });

  test('introspection, the IDE and any origin are allowed', async () => {
    expect((await api().query(INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await fetch(api().url, { headers: { accept: 'text/html' } });
    expect(page.url).toMatch(/\/graphiql\/$/);
    expect(await page.text()).toMatch(/<html/i);
    const cors = await fetch(api().url, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' } });
    expect(cors.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });

  test('stopping drains: a request in flight when stop() begins still gets its answer', async () => {
    const { startTestApi } = await import('../support/api');
    const { testNeo4j } = await import('../support/neo4j');
    const neo4j = await testNeo4j();
    const own = await startTestApi(neo4j.db);
    try {
      const inFlight = own.query('{ lineage(personId: "amber-balcaen", maxDepth: 6) { relatives { kinship } } }');
      await new Promise((resolve) => setTimeout(resolve, 5));
      const stopping = own.stop();
      const response = await inFlight;
      await stopping;
      expect(response.errors).toBeUndefined();
      expect((response.data as any).lineage.relatives.length).toBe(4);
      await expect(fetch(own.url.replace('/graphql', '/health/live'))).rejects.toThrow();
    } finally {
      await neo4j.close();
    }
  });
});
