/**
 * `npm run load [-- --duration 60 --connections 20 --reads-per-write 4]`: the load and soak test
 * (src/load/load-test.ts). Writes its figures to bench/LOAD.md and exits 1 if any write was lost
 * or duplicated, any request failed, or memory grew. A development tool: it needs autocannon.
 */
import { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { loadReport, runLoad } from '../load/load-test';
import { runCli } from './run-cli';

runCli(async () => {
  const program = new Command('load')
    .option('--duration <seconds>', 'how long the clients run', '60')
    .option('--connections <n>', 'concurrent clients', '20')
    .option('--reads-per-write <n>', 'reads between two writes, per client', '4')
    .option('--out <file>', 'where the report goes', path.join(PROJECT_ROOT, 'bench', 'LOAD.md'))
    .parse();
  const o = program.opts<{ duration: string; connections: string; readsPerWrite: string; out: string }>();
  const result = await runLoad({
    durationSeconds: Number(o.duration),
    connections: Number(o.connections),
    readsPerWrite: Number(o.readsPerWrite),
    say: (line) => process.stderr.write(`${line}\n`),
  });
  const report = loadReport(result);
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, report);
  process.stdout.write(`${report}\nWritten to ${path.relative(process.cwd(), o.out)}.\n`);
  const ok = result.errors === 0 && result.non2xx === 0 && result.graphqlErrors === 0
    && result.writesLost === 0 && result.writesDuplicated === 0 && result.memoryFlat;
  return ok ? 0 : 1;
});
