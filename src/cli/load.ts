/**
 * `npm run load [-- --duration 60 | --requests 2000 --warmup-requests 200] [--connections 20]
 * [--reads-per-write 4]`: the load and soak test (src/load/load-test.ts), bounded by time (a soak
 * run) or by a number of requests after a warm-up. Writes its figures to bench/LOAD.md and exits 1
 * if any write was lost or duplicated, any request failed, or memory grew. A development tool: it
 * needs autocannon.
 */
import { Command, InvalidArgumentError } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { checkLoadOptions, LoadOptions, loadReport, runLoad } from '../load/load-test';
import { runCli } from './run-cli';

const DEFAULT_DURATION_SECONDS = 60;

function number(value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new InvalidArgumentError('must be a number.');
  return parsed;
}

runCli(async () => {
  const program = new Command('load')
    .option('--duration <seconds>', `how long the clients run, for soak runs (default ${DEFAULT_DURATION_SECONDS} unless --requests)`, number)
    .option('--requests <n>', 'send exactly this many requests instead (after the warm-up): the run does not depend on the machine\'s speed', number)
    .option('--warmup-requests <n>', 'requests sent first and not measured', number, 0)
    .option('--connections <n>', 'concurrent clients', number, 20)
    .option('--reads-per-write <n>', 'reads between two writes, per client', number, 4)
    .option('--out <file>', 'where the report goes', path.join(PROJECT_ROOT, 'bench', 'LOAD.md'))
    .parse();
  const o = program.opts<{ duration?: number; requests?: number; warmupRequests: number; connections: number; readsPerWrite: number; out: string }>();
  const options: LoadOptions = {
    durationSeconds: o.duration ?? (o.requests === undefined ? DEFAULT_DURATION_SECONDS : undefined),
    requests: o.requests,
    warmupRequests: o.warmupRequests,
    connections: o.connections,
    readsPerWrite: o.readsPerWrite,
    say: (line) => process.stderr.write(`${line}\n`),
  };
  checkLoadOptions(options);
  const result = await runLoad(options);
  const report = loadReport(result);
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, report);
  process.stdout.write(`${report}\nWritten to ${path.relative(process.cwd(), o.out)}.\n`);
  const ok = result.errors === 0 && result.non2xx === 0 && result.graphqlErrors === 0
    && result.writesLost === 0 && result.writesDuplicated === 0 && result.memoryFlat;
  return ok ? 0 : 1;
});
