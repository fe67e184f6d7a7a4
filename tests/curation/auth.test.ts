/**
 * Reads are public; writes need a bearer token with the editor role. Without one the write is
 * refused (UNAUTHENTICATED, 401; FORBIDDEN, 403) before anything runs, and nothing is written.
 */
import jwt from 'jsonwebtoken';
import { signToken, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../src/auth/tokens';
import { TEST_JWT_SECRET, testToken, useTestApi } from '../support/api';
import { graphSnapshot, useTestDatabase } from '../support/neo4j';
import { distScript, startNode } from '../support/processes';

const api = useTestApi();
const database = useTestDatabase({ seeded: false });

const UPDATE = `mutation { updatePerson(id: "amber-balcaen", input: { description: "changed" },
  citation: { sourceId: "females-in-motorsport-amber-balcaen-2023", quote: "Canadian racing driver Amber Balcaen" }) { description } }`;

test.each([
  ['no token', undefined, 'UNAUTHENTICATED', 401, /writes need an Authorization: Bearer <token> header/],
  ['a malformed token', 'not-a-jwt', 'UNAUTHENTICATED', 401, /invalid token/],
  ['a token signed with another secret', signToken({ id: 'mallory', role: 'editor' }, 'another-secret-of-thirty-two-characters!'), 'UNAUTHENTICATED', 401, /invalid signature/],
  ['an expired token', jwt.sign({ role: 'editor', exp: Math.floor(Date.now() / 1000) - 60 }, TEST_JWT_SECRET, { subject: 'late', issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE }), 'UNAUTHENTICATED', 401, /jwt expired/],
  ['the reader role', testToken('reader'), 'FORBIDDEN', 403, /the role "reader" may not do this \(needs editor\)/],
])('%s: refused, and nothing is written', async (_name, token, code, status, message) => {
  const before = await graphSnapshot(database());
  const response = await api().query(UPDATE, undefined, token);
  expect(response.status).toBe(status);
  expect(response.errors?.[0]).toMatchObject({ extensions: { code } });
  expect(response.errors?.[0].message).toMatch(message);
  expect(response.extensions?.cypherStatements).toBe(0);
  expect(await graphSnapshot(database())).toEqual(before);
});

test('reads need no token, and a bad token does not break them', async () => {
  for (const token of [undefined, 'not-a-jwt']) {
    const response = await api().query('{ person(id: "amber-balcaen") { name } }', undefined, token);
    expect(response.data).toEqual({ person: { name: 'Amber Balcaen' } });
  }
});

test('`npm run token -- --role editor` mints a token the API accepts for writes', async () => {
  const cli = startNode(distScript('cli/token.js'), ['--role', 'editor', '--subject', 'cli-user'], { ...process.env, JWT_SECRET: TEST_JWT_SECRET });
  expect(await cli.exited).toBe(0);
  const token = cli.output().trim();
  const response = await api().query(UPDATE, undefined, token);
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual({ updatePerson: { description: 'changed' } });
  const [entry] = await database().read("MATCH (a:AuditEntry {operation: 'updatePerson'}) RETURN a.actor AS actor");
  expect(entry.actor).toBe('cli-user');
}, 30_000);

test('`npm run token` refuses without JWT_SECRET and with an unknown role', async () => {
  const env = { ...process.env };
  delete env.JWT_SECRET;
  const noSecret = startNode(distScript('cli/token.js'), ['--role', 'editor'], env);
  expect(await noSecret.exited).toBe(1);
  expect(noSecret.output()).toContain('JWT_SECRET is not set');
  const badRole = startNode(distScript('cli/token.js'), ['--role', 'admin'], { ...env, JWT_SECRET: TEST_JWT_SECRET });
  expect(await badRole.exited).not.toBe(0);
  expect(badRole.output()).toMatch(/Allowed choices are editor, reader/);
}, 30_000);
