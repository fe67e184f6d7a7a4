/**
 * bench/RESULTS.md from a benchmark run: the machine and versions, how to reproduce, the load rate,
 * one table per scale with every figure also as a ratio to raw Cypher, and the issue's targets
 * checked against the figures (met or missed, never edited by hand).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { BenchOptions, BenchResult, contendersOf, QuestionResult, ScaleResult } from './run-bench';
import { BASELINE_API, ContenderName, Dialect, PAGE_DEEP } from './questions';

export const CONTENDER_LABELS: Record<Dialect, string> = {
  'raw-cypher': 'raw Cypher (neo4j-driver)',
  'pitlane-api': 'Pitlane API',
  'neo4j-graphql': '@neo4j/graphql',
};

export function contenderLabel(name: ContenderName, options: Pick<BenchOptions, 'baseline'>): string {
  return name === BASELINE_API ? `Pitlane API at ${options.baseline?.name ?? 'the baseline'}` : CONTENDER_LABELS[name];
}
/** Noise allowance for "no slower" comparisons between two timed runs on a shared 2-core machine. */
export const NOISE = 1.1;
/** The issue's target for growth with size: p99 at a larger scale at most this many times p99 at the next smaller one. */
export const P99_GROWTH = 1.2;

export function versionOf(pkg: string): string {
  try {
    const file = path.join(PROJECT_ROOT, 'node_modules', ...pkg.split('/'), 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export function neo4jVersion(): string {
  const pom = fs.readFileSync(path.join(PROJECT_ROOT, 'neo4j-launcher', 'pom.xml'), 'utf8');
  return /<neo4j.version>([^<]+)</.exec(pom)?.[1] ?? '5.26';
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 200);
const ratio = (value: number, floor: number) => (floor > 0 ? `${(value / floor).toFixed(2)}×` : 'n/a');
export const peopleLabel = (n: number) => {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
};

function describeAnswer(answer: unknown): string {
  if (Array.isArray(answer)) return `${answer.length} rows`;
  if (typeof answer === 'number') return `length ${answer}`;
  return String(answer);
}

function questionRows(question: QuestionResult, options: BenchOptions): string[] {
  const floor = question.figures['raw-cypher'];
  return contendersOf(options).map((name) => {
    const f = question.figures[name];
    const label = contenderLabel(name, options);
    if (!f) return `| ${question.title} | ${label} | failed: ${oneLine(question.failures[name] ?? 'no answer')} | | | | |`;
    return `| ${question.title} | ${label} | ${f.p50Ms} (${ratio(f.p50Ms, floor.p50Ms)}) | ${f.p99Ms} (${ratio(f.p99Ms, floor.p99Ms)}) | ${f.requestsPerSecond} (${ratio(f.requestsPerSecond, floor.requestsPerSecond)}) | ${f.statements} | ${f.errors} |`;
  });
}

export interface TargetCheck {
  target: string;
  met: boolean;
  detail: string;
}

export function checkTargets(result: BenchResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const scale of result.scales) {
    const at = `at ${peopleLabel(scale.people)}`;
    for (const q of scale.questions) {
      const api = q.figures['pitlane-api'];
      const raw = q.figures['raw-cypher'];
      const peer = q.figures['neo4j-graphql'];
      checks.push({
        target: `${q.title}, ${at}: p50 within 1.5× of raw Cypher`,
        met: api.p50Ms <= raw.p50Ms * 1.5,
        detail: `${api.p50Ms} ms vs ${raw.p50Ms} ms (${ratio(api.p50Ms, raw.p50Ms)})`,
      });
      if (q.rootFields !== undefined) {
        checks.push({
          target: `${q.title}, ${at}: statements per request = root fields`,
          met: api.statements === q.rootFields,
          detail: `${api.statements} statements, ${q.rootFields} root field${q.rootFields === 1 ? '' : 's'}`,
        });
      }
      checks.push({
        target: `${q.title}, ${at}: throughput at least @neo4j/graphql's`,
        met: !peer || api.requestsPerSecond >= peer.requestsPerSecond,
        detail: peer
          ? `${api.requestsPerSecond} vs ${peer.requestsPerSecond} req/s (${ratio(api.requestsPerSecond, peer.requestsPerSecond)})`
          : `${api.requestsPerSecond} req/s; @neo4j/graphql failed: ${oneLine(q.failures['neo4j-graphql'] ?? '')}`,
      });
    }
    const [apiMb, peerMb] = [scale.peakRssMb['pitlane-api'], scale.peakRssMb['neo4j-graphql']];
    if (apiMb !== undefined && peerMb !== undefined) {
      checks.push({ target: `Peak memory ${at}: this API's RSS at most @neo4j/graphql's`, met: apiMb <= peerMb, detail: `${apiMb} MB vs ${peerMb} MB` });
    }
    const page = (key: string) => scale.questions.find((q) => q.key === key)?.figures['pitlane-api'];
    const first = page('people-page-1');
    const deep = page(`people-page-${PAGE_DEEP}`);
    if (first && deep) {
      checks.push({
        target: `Page ${PAGE_DEEP} as cheap as page 1, ${at}`,
        met: deep.statements === first.statements && deep.p50Ms <= first.p50Ms * NOISE + 1,
        detail: `p50 ${deep.p50Ms} vs ${first.p50Ms} ms, ${deep.statements} vs ${first.statements} statements`,
      });
    }
  }
  // Growth with size: every question's p99 at each scale against the next smaller scale of the run.
  for (const [smaller, larger] of scaleSteps(result)) {
    for (const q of larger.questions) {
      const before = smaller.questions.find((s) => s.key === q.key)?.figures['pitlane-api'];
      const after = q.figures['pitlane-api'];
      if (!before) continue;
      checks.push({
        target: `${q.title}: p99 at ${peopleLabel(larger.people)} ≤ ${P99_GROWTH}× p99 at ${peopleLabel(smaller.people)}`,
        met: after.p99Ms <= before.p99Ms * P99_GROWTH,
        detail: `${after.p99Ms} ms vs ${before.p99Ms} ms (${ratio(after.p99Ms, before.p99Ms)})`,
      });
    }
  }
  return checks;
}

/** Each scale of the run with the next larger one, smallest first. */
function scaleSteps(result: BenchResult): [ScaleResult, ScaleResult][] {
  const scales = [...result.scales].sort((a, b) => a.people - b.people);
  return scales.slice(1).map((larger, i) => [scales[i], larger]);
}

/**
 * How p50 and p99 grow with size: per question and contender, the figures at each scale side by
 * side and p99's growth from each scale to the next. Empty for a run of one scale.
 */
export function growthSection(result: BenchResult): string {
  const scales = [...result.scales].sort((a, b) => a.people - b.people);
  if (scales.length < 2) return '';
  const steps = scaleSteps(result);
  const keys = [...new Set(scales.flatMap((scale) => scale.questions.map((q) => q.key)))];
  const rows = keys.flatMap((key) => {
    const at = scales.map((scale) => scale.questions.find((q) => q.key === key));
    const title = at.find((q) => q)!.title;
    return contendersOf(result.options).map((name) => {
      const figures = at.map((q) => q?.figures[name]);
      const cells = figures.map((f) => (f ? `${f.p50Ms} / ${f.p99Ms}` : 'n/a'));
      const growth = steps.map(([smaller, larger]) => {
        const before = figures[scales.indexOf(smaller)];
        const after = figures[scales.indexOf(larger)];
        return before && after ? ratio(after.p99Ms, before.p99Ms) : 'n/a';
      });
      return `| ${title} | ${contenderLabel(name, result.options)} | ${[...cells, ...growth].join(' | ')} |`;
    });
  });
  const header = [...scales.map((scale) => `${peopleLabel(scale.people)}: p50 / p99 ms`), ...steps.map(([s, l]) => `p99 ${peopleLabel(l.people)} ÷ ${peopleLabel(s.people)}`)];
  return `## Growth with size

Each question's p50 and p99 at every scale of this run, and how p99 grows from one scale to the next (the target: at most ${P99_GROWTH}× for this API).

| Question | Contender | ${header.join(' | ')} |
| --- | --- | ${header.map(() => '---').join(' | ')} |
${rows.join('\n')}
`;
}

function peakMemory(scale: ScaleResult, options: BenchOptions): string {
  const floor = scale.peakRssMb['raw-cypher'];
  return contendersOf(options).flatMap((name) => {
    const mb = scale.peakRssMb[name];
    return mb === undefined ? [] : [`${contenderLabel(name, options)} ${mb} MB (${ratio(mb, floor)})`];
  }).join(', ');
}

function scaleSection(scale: ScaleResult, options: BenchOptions): string {
  const load = scale.load;
  return `## ${peopleLabel(scale.people)} people (synthetic)

Loaded ${load.nodes.toLocaleString('en')} nodes and ${load.relationships.toLocaleString('en')} relationships in ${load.seconds.toFixed(1)} s: **${load.elementsPerSecond.toLocaleString('en')} per second** (batched \`UNWIND\`, 10,000 rows a transaction, with the seed loader's own statements).

| Question | Contender | p50 ms (× raw) | p99 ms (× raw) | req/s (× raw) | Cypher statements | Errors |
| --- | --- | --- | --- | --- | --- | --- |
${scale.questions.flatMap((q) => questionRows(q, options)).join('\n')}

Answers, the same from every contender that answered: ${scale.questions.map((q) => `${q.title.toLowerCase()}: ${describeAnswer(q.answer)}`).join('; ')}.

Peak memory (RSS high-water mark of each server process): ${peakMemory(scale, options)}.
`;
}

export function command(result: BenchResult): string {
  const o = result.options;
  const questions = o.questions ? ` --questions ${o.questions.join(',')}` : '';
  const baseline = o.baseline ? ` --baseline-build <a built checkout of ${o.baseline.name}>` : '';
  return `npm run bench -- --scales ${o.scales.map(peopleLabel).join(',')} --connections ${o.connections} --duration ${o.durationSeconds} --warmup ${o.warmupSeconds} --rounds ${o.rounds} --seed ${o.seed}${questions}${baseline}`;
}

/** @param appendix sections after the targets (a comparison with a baseline run, baseline.ts) */
export function benchReport(result: BenchResult, appendix: readonly string[] = []): string {
  const checks = checkTargets(result);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const servers = contendersOf(result.options).length;
  const baseline = result.options.baseline
    ? ` **${contenderLabel(BASELINE_API, result.options)}** is an earlier build of this API, started the same way from its own checkout over the same graph, and asked the same GraphQL.`
    : '';
  return `# Benchmark: Pitlane API vs raw Cypher vs @neo4j/graphql

**All data here is synthetic**: made-up families, drivers, teams and races from a seeded generator
(\`src/bench/synthetic/\`), never mixed with the real sources. Generated by \`npm run bench\` on
${result.startedAt.toISOString().slice(0, 10)}; figures from one run, all contenders on the same machine and the same Neo4j.

Reproduce: \`${command(result)}\`

- Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; Neo4j, the ${servers} servers and the load generator share it.
- Versions: Node ${process.version}, Neo4j Community ${neo4jVersion()} (embedded), neo4j-driver ${versionOf('neo4j-driver')}, @apollo/server ${versionOf('@apollo/server')}, graphql ${versionOf('graphql')}, type-graphql ${versionOf('type-graphql')}, @neo4j/graphql ${versionOf('@neo4j/graphql')}, autocannon ${versionOf('autocannon')}.
- Method: each contender is its own Node process on 127.0.0.1. For each question all contenders must first give the same answer; then Neo4j's own query statistics count the Cypher statements of one request, and autocannon runs ${result.options.connections} connections for ${result.options.durationSeconds} s per contender, in ${result.options.rounds} ${result.options.rounds === 1 ? 'turn' : 'turns'} each after a ${result.options.warmupSeconds} s warm-up${result.options.rounds > 1 ? ', every other round in reverse order (a contender timed right after another finds Neo4j warmed by it)' : ''}. Ratios are to raw Cypher; for requests per second, higher is better.
- Contenders: **raw Cypher** is one hand-written statement per question (\`bench/cypher/\`, or the library's \`lineage\` and \`shortest-connection\`) run by \`neo4j-driver\` behind a bare \`node:http\` server: the floor. **Pitlane API** is \`node dist/main.js\` in production mode (query limits on, logging at warn). **@neo4j/graphql** is the library's generated API for the same graph under Apollo Server, with \`@cypher\` fields running the same library files for lineage and paths and \`@fulltext\` for search.${baseline}

${result.scales.map((scale) => scaleSection(scale, result.options)).join('\n')}
${growthSection(result)}## Targets

| Target | Result | Figures |
| --- | --- | --- |
${checks.map((c) => `| ${c.target} | ${c.met ? 'met' : '**missed**'} | ${c.detail} |`).join('\n')}

"As cheap" allows ${Math.round((NOISE - 1) * 100)}% plus 1 ms for run-to-run noise on a shared machine; growth with size is held to the issue's ${P99_GROWTH}× with no allowance.
${appendix.map((section) => `\n${section}`).join('')}`;
}
