/**
 * Starts the three contenders as their own Node processes on free loopback ports: this API as
 * users run it (`node dist/main.js`, production mode), and the two peers (serve-contender.js).
 * Each holds a stdin pipe from us, so none outlives the benchmark.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/config';
import { freePort } from '../../db/embedded/embedded-neo4j';
import { ContenderName } from '../questions';
import { CONTENDER_READY } from './protocol';

export interface RunningContender {
  name: ContenderName;
  /** Base URL: a question's request path is appended to it. */
  url: string;
  pid: number;
  /** Highest resident memory of the process so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 90_000;

function launch(name: ContenderName, neo4jUri: string, port: number): { child: ChildProcess; ready: RegExp } {
  const dist = path.join(PROJECT_ROOT, 'dist');
  if (name === 'pitlane-api') {
    const env = {
      ...process.env,
      NEO4J_URI: neo4jUri,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      // Peers log nothing per request; so that logging is not what we measure, neither do we.
      LOG_LEVEL: 'warn',
      // The list of 100 people with every result is a big query; allow it, as a deployment would.
      MAX_QUERY_COST: '1000000',
      NEO4J_TX_TIMEOUT_MS: '30000',
    };
    return { child: spawn(process.execPath, [path.join(dist, 'main.js')], { cwd: PROJECT_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] }), ready: /serving GraphQL at (\S+)/ };
  }
  const env = { ...process.env, NEO4J_URI: neo4jUri, PORT: String(port) };
  const script = path.join(dist, 'bench', 'contenders', 'serve-contender.js');
  return { child: spawn(process.execPath, [script, name], { cwd: PROJECT_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] }), ready: new RegExp(`${CONTENDER_READY}(\\S+)`) };
}

export async function startContender(name: ContenderName, neo4jUri: string): Promise<RunningContender> {
  const port = await freePort();
  const { child, ready } = launch(name, neo4jUri, port);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (code ${code}) before it was ready:\n${output}`));
    });
  });
  const pid = child.pid!;
  return {
    name,
    url,
    pid,
    peakRssMb() {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin?.end();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
