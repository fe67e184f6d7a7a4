/**
 * CPU per request: read from /proc, so it says how much work a server does for each request
 * whatever else the machine is doing. What is asserted is which server works harder, never a time.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { timeQuestion } from '../../src/bench/measure';
import { cpuMillisOf } from '../../src/bench/process-cpu';

const children: ChildProcess[] = [];
afterAll(() => children.forEach((child) => child.kill('SIGKILL')));

/** A server in its own process that hashes `rounds` times per request; resolves with its URL and pid. */
function hashingServer(rounds: number): Promise<{ url: string; pid: number }> {
  const script = `
    const { createHash } = require('node:crypto');
    const server = require('node:http').createServer((request, response) => {
      let digest = 'x';
      for (let i = 0; i < ${rounds}; i += 1) digest = createHash('sha256').update(digest).digest('hex');
      request.resume();
      request.on('end', () => response.end(JSON.stringify({ digest })));
    });
    server.listen(0, '127.0.0.1', () => console.log('port=' + server.address().port));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const port = /port=(\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, pid: child.pid! });
    });
  });
}

test('a process\'s CPU time is what Node itself counts for it, and unknown for a process that is gone', () => {
  const before = { proc: cpuMillisOf(process.pid)!, node: process.cpuUsage() };
  let digest = 'x';
  for (let i = 0; i < 200_000; i += 1) digest = createHash('sha256').update(digest).digest('hex');
  const after = { proc: cpuMillisOf(process.pid)!, node: process.cpuUsage(before.node) };
  const nodeMs = (after.node.user + after.node.system) / 1000;
  // /proc counts in 10 ms ticks; both read the same clock.
  expect(after.proc - before.proc).toBeGreaterThan(0);
  expect(Math.abs(after.proc - before.proc - nodeMs)).toBeLessThanOrEqual(30);
  expect(digest).toHaveLength(64);
  expect(cpuMillisOf(2 ** 22 + 12345)).toBeNull();
});

test('the timed turns report each server\'s CPU per request: the one that hashes 2000 times a request works harder', async () => {
  const [light, heavy] = [await hashingServer(1), await hashingServer(2000)];
  const request = { path: '/', body: '{}' };
  const timings = await timeQuestion(
    [{ key: 'light', url: light.url, request, pid: light.pid }, { key: 'heavy', url: heavy.url, request, pid: heavy.pid }],
    { connections: 2, durationSeconds: 1, warmupSeconds: 0, rounds: 1 },
  );
  const [l, h] = [timings.get('light')!, timings.get('heavy')!];
  expect(h.requests).toBeGreaterThan(0);
  expect(h.cpuMsPerRequest).toBeGreaterThan(0);
  expect(h.cpuMsPerRequest).toBeGreaterThan(l.cpuMsPerRequest!);
  // No database process was named, so there is no database figure.
  expect(h.databaseCpuMsPerRequest).toBeUndefined();
});
