/** Child processes for the command-line tests: run what users run (node dist/...), read the process table. */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';

export function distScript(relative: string): string {
  return path.join(PROJECT_ROOT, 'dist', relative);
}

/** PIDs of running JVMs whose command line mentions `marker` (e.g. a data folder). */
export function jvmPids(marker: string): number[] {
  const output = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return output
    .split('\n')
    .filter((line) => line.includes('java') && line.includes(marker) && !line.includes('ps -eo'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface RunningProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

export function startNode(script: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(process.execPath, [script, ...args], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The environment of a child that should start its own embedded Neo4j. */
export function envWithoutNeo4jUri(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.NEO4J_URI;
  return env;
}

/**
 * After a test file that ran a Node process over an embedded Neo4j in `dataDir`: stops the process
 * (SIGTERM) if it still runs, waits until no JVM of that data folder is left, and removes the folder.
 */
export async function stopProcessAndNeo4j(running: RunningProcess | undefined, dataDir: string): Promise<void> {
  if (running && running.child.exitCode === null) {
    running.child.kill('SIGTERM');
    await running.exited;
  }
  await waitFor(() => jvmPids(dataDir).length === 0, 60_000, 'the embedded Neo4j to stop');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
