/**
 * A server run as its own Node process on a free loopback port, for the tools that measure from the
 * outside (the load test, the benchmark): started, waited for until it prints that it serves, its
 * memory read from /proc, and stopped. Its stdin is a pipe from us; the API shuts down when it is
 * re-parented and the benchmark's peers when the pipe closes, so none outlives the tool.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { freePort } from '../db/embedded/embedded-neo4j';

export interface ChildServer {
  /** What the server printed as its address. */
  url: string;
  pid: number;
  /** Resident memory now (VmRSS), in MB. */
  rssMb(): number;
  /** Highest resident memory so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export interface ChildServerOptions {
  /** For messages: which server this is. */
  name: string;
  /** A script under dist/, e.g. main.js. */
  script: string;
  /** The project whose dist/ holds the script, and the process's working directory; this one by default. */
  root?: string;
  /** Options for Node itself, before the script (e.g. --cpu-prof). */
  nodeArgs?: string[];
  args?: string[];
  /** Added to our environment; PORT is set to the free port chosen. */
  env: NodeJS.ProcessEnv;
  /** Matches the line the server prints when it serves; its first group is the URL. */
  ready: RegExp;
}

const START_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 10_000;

function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const port = await freePort();
  const root = options.root ?? PROJECT_ROOT;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(root, 'dist', options.script), ...(options.args ?? [])], {
    cwd: root,
    env: { ...process.env, ...options.env, PORT: String(port) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // A server that does not come up in time is killed: the tool fails, and leaves no process behind.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.name} did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = options.ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited (code ${code}) before it was ready:\n${output}`));
    });
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    rssMb: () => memoryMb(pid, 'VmRSS'),
    peakRssMb: () => memoryMb(pid, 'VmHWM'),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin?.end();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * This API as users run it (`node dist/main.js`), in production mode, over the given Neo4j; `root`
 * names another build of it (a checkout of an earlier commit, built).
 */
export function startApiProcess(neo4jUri: string, env: NodeJS.ProcessEnv, root?: string, nodeArgs?: string[]): Promise<ChildServer> {
  return startChildServer({
    name: root ? `The API at ${root}` : 'The API',
    script: 'main.js',
    root,
    nodeArgs,
    env: { NEO4J_URI: neo4jUri, HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
    ready: /serving GraphQL at (\S+)/,
  });
}
