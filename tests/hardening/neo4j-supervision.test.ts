/**
 * The API as users run it (node dist/main.js, its own process) on the embedded Neo4j it starts, and
 * that Neo4j misbehaving under it:
 *  - stopped (SIGSTOP): it accepts connections but never answers. Reads fail with
 *    SERVICE_UNAVAILABLE (HTTP 503) within a few seconds and /health/ready answers 503 within
 *    about a second (the request deadline, src/db/deadline.ts); after SIGCONT reads work again;
 *  - killed (SIGKILL): the API logs the exit at error level, starts Neo4j again on the same port
 *    (src/db/embedded/supervisor.ts), and reads work again without restarting the API.
 * Every write the API acknowledged, before and after each fault, is in the graph at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/db/embedded/embedded-neo4j';
import { TEST_JWT_SECRET, testToken } from '../support/api';
import { ADD_SOURCE, cite, FIXTURE_SOURCE } from '../support/curation';
import { distScript, envWithoutNeo4jUri, jvmPids, RunningProcess, startNode, waitFor } from '../support/processes';

const READ = '{ person(id: "amber-balcaen") { name } }';
const CREATE = `mutation($id: ID!, $c: CitationInput!) { createPerson(id: $id, input: { name: "Supervision Test" }, citation: $c) { id } }`;
/** Generous bounds for a loaded machine; the defaults aim at 2 s for a read and 1 s for readiness. */
const READ_FAILS_WITHIN_MS = 6_000;
const READY_ANSWERS_WITHIN_MS = 3_000;

interface Answer {
  status: number;
  errors?: { extensions?: { code?: string } }[];
  data?: any;
}

let dataDir: string;
let port: number;
let api: RunningProcess | undefined;

async function post(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

const health = (probe: 'live' | 'ready') => fetch(`http://127.0.0.1:${port}/health/${probe}`).then((r) => r.status);

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

/** Polls a read until it answers Amber Balcaen's name, at most `attempts` times, one second apart. */
async function readSucceedsAgain(attempts: number): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const answer = await post(READ).catch(() => undefined);
    if (answer && !answer.errors && answer.data?.person?.name === 'Amber Balcaen') return true;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return false;
}

async function createPerson(id: string): Promise<Answer> {
  return post(CREATE, { id, c: cite('Jane Roe is a British racing driver.') }, testToken());
}

/** Writes sent just before a fault: each either acknowledged or refused as SERVICE_UNAVAILABLE. */
function inFlightWrites(prefix: string): Promise<{ id: string; answer: Answer }[]> {
  const ids = Array.from({ length: 6 }, (_, i) => `${prefix}-${i}`);
  return Promise.all(ids.map(async (id) => ({ id, answer: await createPerson(id) })));
}

async function expectAcknowledgedWritesPresent(inFlight: Promise<{ id: string; answer: Answer }[]>): Promise<void> {
  const writes = await inFlight;
  for (const { id, answer } of writes) {
    if (answer.errors) {
      expect(answer.errors[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      continue;
    }
    const found = await post(`query($id: ID!) { person(id: $id) { id } }`, { id });
    expect(found.data?.person?.id).toBe(id);
  }
}

/** The API's JSON log lines (pino), parsed. */
function logLines(): { level: number; msg: string; [key: string]: unknown }[] {
  return api!
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return [];
      }
    });
}

function theJvm(): number {
  const pids = jvmPids(dataDir);
  expect(pids).toHaveLength(1);
  return pids[0];
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-supervision-test-'));
  port = await freePort();
  api = startNode(
    distScript('main.js'),
    [],
    envWithoutNeo4jUri({ PORT: String(port), HOST: '127.0.0.1', NEO4J_DATA_DIR: dataDir, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'info' }),
  );
  await waitFor(() => api!.output().includes('serving GraphQL at'), 180_000, 'the API to start');
  const added = await post(ADD_SOURCE, { input: FIXTURE_SOURCE }, testToken());
  expect(added.errors).toBeUndefined();
}, 240_000);

afterAll(async () => {
  if (api && api.child.exitCode === null) {
    api.child.kill('SIGTERM');
    await api.exited;
  }
  await waitFor(() => jvmPids(dataDir).length === 0, 60_000, 'the embedded Neo4j to stop');
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 90_000);

test('a stopped Neo4j (SIGSTOP): reads fail fast with 503, ready answers 503 quickly, live stays 200; after SIGCONT reads work', async () => {
  expect((await createPerson('supervision-before-stop')).errors).toBeUndefined();
  expect(await health('ready')).toBe(200);

  const jvm = theJvm();
  const inFlight = inFlightWrites('supervision-stop');
  process.kill(jvm, 'SIGSTOP');
  try {
    const read = await timed(() => post(READ));
    expect(read.value.status).toBe(503);
    expect(read.value.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(read.ms).toBeLessThan(READ_FAILS_WITHIN_MS);

    const ready = await timed(() => health('ready'));
    expect(ready.value).toBe(503);
    expect(ready.ms).toBeLessThan(READY_ANSWERS_WITHIN_MS);
    expect(await health('live')).toBe(200);
  } finally {
    process.kill(jvm, 'SIGCONT');
  }

  expect(await readSucceedsAgain(30)).toBe(true);
  expect(await health('ready')).toBe(200);
  expect((await createPerson('supervision-after-stop')).errors).toBeUndefined();
  expect(theJvm()).toBe(jvm); // nothing was restarted
  await expectAcknowledgedWritesPresent(inFlight);
}, 120_000);

test('a killed Neo4j (SIGKILL): the exit is logged at error level, Neo4j is restarted on its port, reads work again', async () => {
  const jvm = theJvm();
  const noteBefore = JSON.parse(fs.readFileSync(path.join(dataDir, 'pitlane-neo4j.json'), 'utf8'));
  expect(noteBefore.pid).toBe(jvm);

  const inFlight = inFlightWrites('supervision-kill');
  process.kill(jvm, 'SIGKILL');
  await waitFor(() => logLines().some((line) => line.msg.includes('exited unexpectedly')), 30_000, 'the exit to be logged');
  const exitLine = logLines().find((line) => line.msg.includes('exited unexpectedly'))!;
  expect(exitLine.level).toBe(50); // pino's "error"
  expect(exitLine).toMatchObject({ neo4jPid: jvm, signal: 'SIGKILL' });

  // While it is down, requests fail fast rather than wait.
  const down = await timed(() => post(READ));
  if (down.value.status !== 200) {
    expect(down.value.status).toBe(503);
    expect(down.ms).toBeLessThan(READ_FAILS_WITHIN_MS);
  }

  expect(await readSucceedsAgain(180)).toBe(true);
  expect(logLines().some((line) => line.msg === 'embedded Neo4j restarted')).toBe(true);
  const restarted = theJvm();
  expect(restarted).not.toBe(jvm);
  // Same port, so the driver's address stayed valid; the note names the new JVM.
  const noteAfter = JSON.parse(fs.readFileSync(path.join(dataDir, 'pitlane-neo4j.json'), 'utf8'));
  expect(noteAfter).toMatchObject({ uri: noteBefore.uri, pid: restarted });
  expect(await health('live')).toBe(200);
  expect(await health('ready')).toBe(200);

  expect((await createPerson('supervision-after-kill')).errors).toBeUndefined();
  for (const id of ['supervision-before-stop', 'supervision-after-stop', 'supervision-after-kill']) {
    const answer = await post(`query($id: ID!) { person(id: $id) { id } }`, { id });
    expect(answer.data?.person?.id).toBe(id);
  }
  await expectAcknowledgedWritesPresent(inFlight);
}, 300_000);
