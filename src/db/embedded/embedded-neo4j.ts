/**
 * Starts Neo4j Community in a child JVM (see neo4j-launcher/) and stops it again.
 *
 * The JVM can never outlive us: its stdin is a pipe from this process and it shuts down when that
 * pipe closes, which the OS does however we end (Ctrl-C, SIGTERM, uncaught error, SIGKILL).
 * `stop()` is the polite path: close the pipe, wait for a clean shutdown, kill after a grace period.
 * While it runs, its Bolt address is noted in the data folder (server-file.ts) for other tools.
 * If another process holds the store, the launcher says so at once (StoreLockedError).
 */
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureLauncherBuilt, LAUNCHER_MAIN_CLASS, Say } from './launcher-build';
import { removeServerNote, writeServerNote } from './server-file';

const READY_MARKER = 'PITLANE_NEO4J_READY ';
const LOCKED_MARKER = 'PITLANE_NEO4J_LOCKED ';
/** The launcher's exit code when another process holds the store (EmbeddedNeo4j.java). */
const EXIT_LOCKED = 3;
const START_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 20_000;

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  say?: Say;
}

/** How the JVM ended; `requested` when `stop()` asked it to. */
export interface EmbeddedExit {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  requested: boolean;
}

export interface EmbeddedNeo4j {
  /** bolt://127.0.0.1:<port> */
  readonly uri: string;
  readonly port: number;
  readonly pid: number;
  readonly dataDir: string;
  /** Resolves when the JVM has exited, however that happened. */
  readonly exited: Promise<EmbeddedExit>;
  stop(): Promise<void>;
}

/** Another process holds the store's lock: a second Neo4j on the same folder cannot start. */
export class StoreLockedError extends Error {
  override name = 'StoreLockedError';
  readonly expected = true;
  constructor(dataDir: string) {
    super(
      `Another process holds the Neo4j store in ${dataDir} (its store_lock). ` +
        'Stop the `npm start` or `npm run neo4j` using it, or set NEO4J_URI to the Bolt address of the Neo4j it runs.',
    );
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitUntilReady(jvm: ChildProcessWithoutNullStreams, dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderrTail = '';
    const timer = setTimeout(() => fail(new Error(`Embedded Neo4j did not start within ${START_TIMEOUT_MS / 1000}s.`)), START_TIMEOUT_MS);
    const cleanUp = (): void => {
      clearTimeout(timer);
      jvm.stdout.off('data', onStdout);
      jvm.off('exit', onExit);
    };
    const fail = (error: Error): void => {
      cleanUp();
      reject(error);
    };
    const onStdout = (chunk: Buffer): void => {
      stdout += chunk.toString('utf8');
      if (stdout.split('\n').some((l) => l.startsWith(LOCKED_MARKER))) {
        fail(new StoreLockedError(dataDir));
        return;
      }
      const line = stdout.split('\n').find((l) => l.startsWith(READY_MARKER));
      if (line) {
        cleanUp();
        resolve(line.slice(READY_MARKER.length).trim());
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      code === EXIT_LOCKED ? fail(new StoreLockedError(dataDir)) : fail(new Error(`Embedded Neo4j exited before it was ready (code ${code}, signal ${signal}).\n${stderrTail}`));
    jvm.stdout.on('data', onStdout);
    jvm.stderr.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-4000);
    });
    jvm.on('exit', onExit);
  });
}

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const classpath = await ensureLauncherBuilt(say);
  const port = options.port === 0 ? await freePort() : options.port;
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });

  const jvm = spawn(
    'java',
    ['-Xms256m', '-Xmx2g', '-XX:+UseG1GC', '-cp', classpath, LAUNCHER_MAIN_CLASS, dataDir, String(port)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // Our own exit must not wait for the JVM's pipes.
  jvm.stdout.resume();
  jvm.stderr.resume();
  const killOnExit = (): void => {
    jvm.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const pid = jvm.pid ?? -1;
  let exited = jvm.exitCode !== null;
  let requested = false;
  const exitPromise = new Promise<EmbeddedExit>((resolve) =>
    jvm.once('exit', (code, signal) => {
      exited = true;
      process.off('exit', killOnExit);
      removeServerNote(dataDir, pid);
      resolve({ pid, code, signal, requested });
    }),
  );

  let uri: string;
  try {
    uri = await waitUntilReady(jvm, dataDir);
  } catch (error) {
    requested = true;
    jvm.kill('SIGKILL');
    await exitPromise;
    throw error;
  }
  if (!exited) writeServerNote(dataDir, { uri, pid, ownerPid: process.pid });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (exited) return;
      requested = true;
      jvm.stdin.end();
      const grace = setTimeout(() => jvm.kill('SIGKILL'), STOP_GRACE_MS);
      await exitPromise;
      clearTimeout(grace);
    })();
    return stopping;
  };

  return { uri, port, pid, dataDir, exited: exitPromise, stop };
}

/**
 * A throwaway embedded Neo4j for the measuring tools (load test, benchmark): a free port, a new
 * data folder, and both gone when `work` ends, however it ends.
 */
export async function withThrowawayNeo4j<T>(purpose: string, say: Say | undefined, work: (neo4j: EmbeddedNeo4j) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `pitlane-${purpose}-`));
  try {
    const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, say });
    try {
      return await work(neo4j);
    } finally {
      await neo4j.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
