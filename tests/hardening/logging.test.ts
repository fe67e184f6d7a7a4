/**
 * Structured logs: one JSON line per request with request id, operation name, duration and the
 * number of Cypher statements; no token, header or variable ever appears.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { testToken, useTestApi } from '../support/api';

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    chunk.toString().split('\n').filter(Boolean).forEach((line: string) => lines.push(JSON.parse(line)));
    done();
  },
});
const api = useTestApi({ logger: pino({ level: 'info' }, sink) });

test('a request is logged with its id, operation, duration and statement count, and nothing secret', async () => {
  const token = testToken('reader', 'log-test-user');
  const response = await fetch(api().url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'req-12345' },
    body: JSON.stringify({ query: 'query FamilyOf($id: ID!) { lineage(personId: $id) { relatives { kinship } } }', variables: { id: 'amber-balcaen' } }),
  });
  expect(response.headers.get('x-request-id')).toBe('req-12345');
  const body = (await response.json()) as { extensions: { cypherStatements: number } };
  await new Promise((resolve) => setImmediate(resolve));

  const line = lines.find((l) => l.requestId === 'req-12345');
  expect(line).toMatchObject({
    msg: 'graphql request', operationName: 'FamilyOf', cypherStatements: body.extensions.cypherStatements,
    status: 200, errorCodes: [], user: 'log-test-user',
  });
  expect(typeof line?.durationMs).toBe('number');
  const everything = JSON.stringify(lines);
  expect(everything).not.toContain(token);
  expect(everything).not.toContain('Bearer');
  expect(everything).not.toContain('amber-balcaen');
});

test('without an x-request-id the API makes one up and returns it', async () => {
  const response = await fetch(api().url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
  const id = response.headers.get('x-request-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await new Promise((resolve) => setImmediate(resolve));
  expect(lines.find((l) => l.requestId === id)).toMatchObject({ errorCodes: [] });
});
