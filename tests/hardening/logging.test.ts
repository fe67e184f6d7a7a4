/**
 * Structured logs: one JSON line per request with request id, operation name, duration and the
 * number of Cypher statements; no token, header or variable ever appears.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import net from 'node:net';
import { Database } from '../../src/db/database';
import { startTestApi, testToken, useTestApi } from '../support/api';

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

test('the log records the codes the client received: SERVICE_UNAVAILABLE, BAD_USER_INPUT, NOT_FOUND', async () => {
  const send = (url: string, requestId: string, query: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: JSON.stringify({ query }) });

  // Neo4j reached through a TCP relay on 127.0.0.1 that the test then takes away: the client gets
  // SERVICE_UNAVAILABLE (503), and so does the log (the raw error had no code).
  const neo4jPort = Number(new URL(process.env.NEO4J_URI!).port);
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(neo4jPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const relayPort = (relay.address() as net.AddressInfo).port;
  const viaRelay = await Database.connect({ uri: `bolt://127.0.0.1:${relayPort}`, user: 'neo4j', password: '', database: 'neo4j' });
  const down = await startTestApi(viaRelay, { logger: pino({ level: 'info' }, sink) });
  try {
    await new Promise<void>((resolve) => {
      relay.close(() => resolve());
      sockets.forEach((socket) => socket.destroy());
    });
    const response = await send(down.url, 'req-down', '{ person(id: "amber-balcaen") { name } }');
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
  } finally {
    relay.close();
    sockets.forEach((socket) => socket.destroy());
    await down.stop();
    await viaRelay.close();
  }

  await send(api().url, 'req-bad-input', '{ people(first: -1) { totalCount } }');
  await send(api().url, 'req-not-found', '{ lineage(personId: "no-such-person") { relatives { kinship } } }');
  await new Promise((resolve) => setImmediate(resolve));
  expect(lines.find((l) => l.requestId === 'req-down')).toMatchObject({ status: 503, errorCodes: ['SERVICE_UNAVAILABLE'] });
  expect(lines.find((l) => l.requestId === 'req-bad-input')).toMatchObject({ status: 400, errorCodes: ['BAD_USER_INPUT'] });
  expect(lines.find((l) => l.requestId === 'req-not-found')).toMatchObject({ status: 200, errorCodes: ['NOT_FOUND'] });
}, 60_000);
