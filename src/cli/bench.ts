/**
 * `npm run bench [-- --scales 10k,100k --connections 8 --duration 10 --warmup 2]` (now and then `--scales 10k,100k,1m`, by hand): this API against
 * raw Cypher and @neo4j/graphql on synthetic data (src/bench/). Writes bench/RESULTS.md. A
 * development tool: it needs the dev dependencies (@neo4j/graphql, autocannon).
 *
 * `--baseline-build <dir>` runs an earlier build of this API (a built checkout of an earlier commit)
 * as a fourth contender and adds the comparison with it, in the same run over the same graph.
 * `--baseline <RESULTS.md>` adds a comparison with an earlier run's report instead; with
 * `--report <RESULTS.md>` it compares that report without running the benchmark again
 * (src/bench/baseline.ts).
 */
import { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import {
  baselineSection, compareWithBaseline, reportedFigures, ReportedFigures, runBaselineFigures, runFigures,
} from '../bench/baseline';
import { baselineBuild } from '../bench/contenders/baseline-build';
import { QUESTION_KEYS } from '../bench/questions';
import { benchReport } from '../bench/report';
import { runBench } from '../bench/run-bench';
import { questionKeys, scales, wholeNumber } from './bench-options';
import { runCli } from './run-cli';

runCli(async () => {
  const program = new Command('bench')
    .option('--scales <list>', 'people per scale, comma-separated (1k, 10k, 100k; 1m by hand only: 11 minutes to load on 2 cores, and a larger Node heap, see README)', scales, [10_000, 100_000])
    .option('--connections <n>', 'concurrent connections per timed run', wholeNumber(1, 256), 8)
    .option('--duration <seconds>', 'timed run per question and contender', wholeNumber(1, 600), 10)
    .option('--warmup <seconds>', 'untimed run before each timed one', wholeNumber(0, 60), 2)
    .option('--rounds <n>', 'turns per contender and question, every other round in reverse order', wholeNumber(1, 20), 2)
    .option('--seed <n>', 'seed of the synthetic graph', wholeNumber(0, 2 ** 31 - 1), 20231)
    .option('--cpu-prof <dir>', 'write a V8 CPU profile of each API contender into this folder (open in Chrome DevTools or speedscope)')
    .option('--questions <list>', `only these questions, comma-separated (${QUESTION_KEYS.join(', ')})`, questionKeys)
    .option('--out <file>', 'where the report goes', path.join(PROJECT_ROOT, 'bench', 'RESULTS.md'))
    .option('--baseline-build <dir>', 'a built checkout of an earlier commit of this API, run beside it in this run and compared with it')
    .option('--baseline <file>', "an earlier run's RESULTS.md to compare this API's ratios to raw Cypher with")
    .option('--baseline-name <text>', 'what the baseline is, for the report (default: its commit, or its file name)')
    .option('--report <file>', 'with --baseline: compare this existing report instead of running the benchmark')
    .parse();
  const o = program.opts<{
    scales: number[]; connections: number; duration: number; warmup: number; rounds: number; seed: number; out: string; questions?: string[]; cpuProf?: string;
    baseline?: string; baselineName?: string; report?: string; baselineBuild?: string;
  }>();
  if (o.report && !o.baseline) program.error('--report compares a report with a baseline: give --baseline too.');
  if (o.baselineBuild && (o.baseline || o.report)) {
    program.error('--baseline-build compares with an earlier build in this run: give it without --baseline or --report.');
  }
  const build = o.baselineBuild ? baselineBuild(o.baselineBuild, o.baselineName) : undefined;
  const baseline = o.baseline ? reportedFigures(fs.readFileSync(o.baseline, 'utf8')) : null;
  const comparison = (figures: ReportedFigures[]): string[] => (baseline
    ? [baselineSection(compareWithBaseline(figures, baseline), o.baselineName ?? path.basename(o.baseline!))] : []);

  let report: string;
  if (o.report) {
    // An earlier comparison in the report is replaced, not stacked.
    const existing = fs.readFileSync(o.report, 'utf8').replace(/\n## Against the baseline[\s\S]*$/, '\n');
    report = `${existing.trimEnd()}\n\n${comparison(reportedFigures(existing)).join('\n')}`;
  } else {
    const result = await runBench({
      scales: o.scales,
      connections: o.connections,
      durationSeconds: o.duration,
      warmupSeconds: o.warmup,
      rounds: o.rounds,
      seed: o.seed,
      questions: o.questions,
      cpuProfileDir: o.cpuProf && path.resolve(o.cpuProf),
      baseline: build,
      say: (line) => process.stderr.write(`${line}\n`),
    });
    const inRun = build ? [baselineSection(compareWithBaseline(runFigures(result), runBaselineFigures(result)), build.name, 'run')] : [];
    report = benchReport(result, [...inRun, ...comparison(runFigures(result))]);
  }
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, report);
  process.stdout.write(`${report}\nWritten to ${path.relative(process.cwd(), o.out)}.\n`);
  return 0;
});
