/**
 * This API against an earlier version of it: "reads stay within 10% of their ratio to raw Cypher"
 * (issue 16). Each version's figures are judged against a raw-Cypher floor, so that a slower or
 * busier machine on one day does not count as a regression. Two ways to get the earlier figures:
 *
 * - in the same run (`--baseline-build <dir>`): the earlier build is a contender beside this API,
 *   over the same graph, so both share one floor and are timed minutes apart. The stronger test.
 * - from an earlier bench/RESULTS.md (`--baseline <file>`, e.g. `git show <commit>:bench/RESULTS.md`):
 *   its tables are read back (report.ts writes them), each run judged against its own floor.
 */
import { BenchResult } from './run-bench';
import { BASELINE_API, CONTENDERS, ContenderName } from './questions';
import { CONTENDER_LABELS, NOISE, peopleLabel, TargetCheck } from './report';

export interface ReportedFigures {
  people: number;
  question: string;
  contender: ContenderName;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
}

const SCALE_UNITS = { k: 1000, M: 1_000_000 };
const SCALE_HEADING = /^## (\d+)([kM]?) people \(synthetic\)\s*$/;
/** `| title | contender | p50 (×) | p99 (×) | req/s (×) | statements | errors |`, as report.ts writes a row with figures. */
const FIGURES_ROW = /^\| (.+?) \| (.+?) \| (\d+(?:\.\d+)?) \([^)]*\) \| (\d+(?:\.\d+)?) \([^)]*\) \| (\d+(?:\.\d+)?) \([^)]*\) \| \d+ \| \d+ \|$/;

/** The figures of every question and contender in a report that answered. Throws when it holds none (not a bench report). */
export function reportedFigures(markdown: string): ReportedFigures[] {
  const contenderOf = new Map(CONTENDERS.map((name) => [CONTENDER_LABELS[name], name]));
  const figures: ReportedFigures[] = [];
  let people: number | null = null;
  for (const line of markdown.split('\n')) {
    const heading = SCALE_HEADING.exec(line);
    if (heading) people = Number(heading[1]) * ((SCALE_UNITS as Record<string, number>)[heading[2]] ?? 1);
    const row = FIGURES_ROW.exec(line);
    const contender = row ? contenderOf.get(row[2]) : undefined;
    if (!row || !contender || people === null) continue;
    figures.push({ people, question: row[1], contender, p50Ms: Number(row[3]), p99Ms: Number(row[4]), requestsPerSecond: Number(row[5]) });
  }
  if (figures.length === 0) throw new Error('The baseline holds no benchmark tables: give a bench/RESULTS.md written by `npm run bench`.');
  return figures;
}

/** The figures of a run in the same form as a report's. */
export function runFigures(result: BenchResult): ReportedFigures[] {
  return result.scales.flatMap((scale) => scale.questions.flatMap((question) => CONTENDERS.flatMap((contender) => {
    const f = question.figures[contender];
    return f ? [{ people: scale.people, question: question.title, contender, p50Ms: f.p50Ms, p99Ms: f.p99Ms, requestsPerSecond: f.requestsPerSecond }] : [];
  })));
}

/**
 * The earlier build's figures in a run that had one, in the form of a baseline report's: it stands
 * as that report's API, over this run's raw Cypher.
 */
export function runBaselineFigures(result: BenchResult): ReportedFigures[] {
  return result.scales.flatMap((scale) => scale.questions.flatMap((question) => {
    const before = question.figures[BASELINE_API];
    const raw = question.figures['raw-cypher'];
    if (!before) return [];
    const at = { people: scale.people, question: question.title };
    return [
      { ...at, contender: 'raw-cypher' as const, p50Ms: raw.p50Ms, p99Ms: raw.p99Ms, requestsPerSecond: raw.requestsPerSecond },
      { ...at, contender: 'pitlane-api' as const, p50Ms: before.p50Ms, p99Ms: before.p99Ms, requestsPerSecond: before.requestsPerSecond },
    ];
  }));
}

const ratioText = (value: number) => `${value.toFixed(2)}×`;

/**
 * For every question and scale in both: this API's p50 and throughput, each as a ratio to raw Cypher
 * in the same run, against the baseline's. Met when p50's ratio grew by at most NOISE (10%) and
 * throughput's shrank by at most as much.
 */
export function compareWithBaseline(current: ReportedFigures[], baseline: ReportedFigures[]): TargetCheck[] {
  const find = (figures: ReportedFigures[], people: number, question: string, contender: ContenderName) =>
    figures.find((f) => f.people === people && f.question === question && f.contender === contender);
  const checks: TargetCheck[] = [];
  for (const api of current.filter((f) => f.contender === 'pitlane-api')) {
    const raw = find(current, api.people, api.question, 'raw-cypher');
    const beforeApi = find(baseline, api.people, api.question, 'pitlane-api');
    const beforeRaw = find(baseline, api.people, api.question, 'raw-cypher');
    if (!raw || !beforeApi || !beforeRaw) continue;
    const at = `${api.question}, at ${peopleLabel(api.people)}`;
    const p50 = { now: api.p50Ms / raw.p50Ms, before: beforeApi.p50Ms / beforeRaw.p50Ms };
    checks.push({
      target: `${at}: p50 ratio to raw Cypher within 10% of the baseline's`,
      met: p50.now <= p50.before * NOISE,
      detail: `${ratioText(p50.now)} (${api.p50Ms} vs ${raw.p50Ms} ms) against ${ratioText(p50.before)} (${beforeApi.p50Ms} vs ${beforeRaw.p50Ms} ms)`,
    });
    const rps = { now: api.requestsPerSecond / raw.requestsPerSecond, before: beforeApi.requestsPerSecond / beforeRaw.requestsPerSecond };
    checks.push({
      target: `${at}: throughput ratio to raw Cypher within 10% of the baseline's`,
      met: rps.now * NOISE >= rps.before,
      detail: `${ratioText(rps.now)} (${api.requestsPerSecond} vs ${raw.requestsPerSecond} req/s) against ${ratioText(rps.before)} (${beforeApi.requestsPerSecond} vs ${beforeRaw.requestsPerSecond} req/s)`,
    });
  }
  return checks;
}

const HOW: Record<'report' | 'run', string> = {
  report: `This API's ratios to raw Cypher in this run against the same ratios in the baseline's run: each run
is judged against its own floor, so a slower machine on one day is not a regression.`,
  run: `This API's ratios to raw Cypher against the earlier build's, both contenders of this run over the
same graph and the same raw-Cypher figures, each question timed for one right after the other.`,
};

/**
 * The report's section comparing with the baseline; `name` says what the baseline is (a commit, a
 * file), `from` whether it ran in this run or comes from an earlier report.
 */
export function baselineSection(checks: TargetCheck[], name: string, from: 'report' | 'run' = 'report'): string {
  const missed = checks.filter((check) => !check.met).length;
  return `## Against the baseline (${name})

${HOW[from]} ${checks.length} checks, ${missed} missed.

| Check | Result | Now against the baseline |
| --- | --- | --- |
${checks.map((c) => `| ${c.target} | ${c.met ? 'met' : '**missed**'} | ${c.detail} |`).join('\n')}
`;
}
