/**
 * A run against an earlier one: "reads stay within 10% of their ratio to raw Cypher" (issue 16) is a
 * comparison of two runs, each judged against its own raw-Cypher floor on the same machine at the
 * same time, so that a slower or busier machine on one day does not count as a regression.
 *
 * The baseline is an earlier bench/RESULTS.md (`git show <commit>:bench/RESULTS.md`): its tables are
 * read back (report.ts writes them), so any committed report can be the baseline of the next run.
 */
import { BenchResult } from './run-bench';
import { CONTENDERS, ContenderName } from './questions';
import { CONTENDER_LABELS, NOISE, peopleLabel, TargetCheck } from './report';

export interface ReportedFigures {
  people: number;
  question: string;
  contender: ContenderName;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
}

const SCALE_HEADING = /^## (\d+)(k?) people \(synthetic\)\s*$/;
/** `| title | contender | p50 (×) | p99 (×) | req/s (×) | statements | errors |`, as report.ts writes a row with figures. */
const FIGURES_ROW = /^\| (.+?) \| (.+?) \| (\d+(?:\.\d+)?) \([^)]*\) \| (\d+(?:\.\d+)?) \([^)]*\) \| (\d+(?:\.\d+)?) \([^)]*\) \| \d+ \| \d+ \|$/;

/** The figures of every question and contender in a report that answered. Throws when it holds none (not a bench report). */
export function reportedFigures(markdown: string): ReportedFigures[] {
  const contenderOf = new Map(CONTENDERS.map((name) => [CONTENDER_LABELS[name], name]));
  const figures: ReportedFigures[] = [];
  let people: number | null = null;
  for (const line of markdown.split('\n')) {
    const heading = SCALE_HEADING.exec(line);
    if (heading) people = Number(heading[1]) * (heading[2] ? 1000 : 1);
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

/** The report's section comparing with the baseline; `name` says what the baseline is (a commit, a file). */
export function baselineSection(checks: TargetCheck[], name: string): string {
  const missed = checks.filter((check) => !check.met).length;
  return `## Against the baseline (${name})

This API's ratios to raw Cypher in this run against the same ratios in the baseline's run: each run
is judged against its own floor, so a slower machine on one day is not a regression. ${checks.length} checks, ${missed} missed.

| Check | Result | Now against the baseline |
| --- | --- | --- |
${checks.map((c) => `| ${c.target} | ${c.met ? 'met' : '**missed**'} | ${c.detail} |`).join('\n')}
`;
}
