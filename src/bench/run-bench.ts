/**
 * The benchmark: for each scale, a synthetic graph in a fresh embedded Neo4j (or an empty one the
 * caller names), the contenders over it (the three, and an earlier build of this API when asked), a
 * check that they all answer each question alike, then statement counts, latency and throughput per
 * question and contender, and peak memory.
 */
import path from 'node:path';
import { Database } from '../db/database';
import { withThrowawayNeo4j } from '../db/embedded/embedded-neo4j';
import { routingUri } from '../db/neo4j-server';
import { prepareDatabase } from '../db/prepare';
import { resetGraph } from '../seed/reset';
import { startBaseline } from './contenders/baseline-build';
import { BaselineBuild, RunningContender, startContender } from './contenders/processes';
import { ask, countStatements, timeQuestion, Timing } from './measure';
import {
  answerOf, BASELINE_API, benchmarkQuestions, CONTENDERS, ContenderName, FIRST_PAGE, nextPagePosition, PAGE_DEEP, pageRequests,
  PagePositions, Question, requestOf, rootFieldsOf,
} from './questions';
import { generateSyntheticGraph, SyntheticGraph } from './synthetic/generate';
import { assertNoRealData, loadSyntheticGraph, SyntheticLoad } from './synthetic/load-synthetic';

export interface BenchOptions {
  /** People per scale, e.g. [10_000, 100_000]. */
  scales: number[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Turns per contender and question, the order reversed every other round (measure.ts). */
  rounds: number;
  seed: number;
  /** An empty (or synthetic-only) Neo4j to use instead of starting one per scale; it is wiped. */
  neo4jUri?: string;
  /** Only these questions (QUESTION_KEYS), in their usual order; all of them when absent. */
  questions?: string[];
  /** An earlier build of this API to run beside it (contenders/baseline-build.ts). */
  baseline?: BaselineBuild;
  /** Where the API contenders write V8 CPU profiles (one subfolder each), for finding where time goes. */
  cpuProfileDir?: string;
  say?: (line: string) => void;
}

/** The contenders of a run, in the order they are timed and reported: the earlier build right after this API. */
export function contendersOf(options: Pick<BenchOptions, 'baseline'>): ContenderName[] {
  return options.baseline ? ['raw-cypher', 'pitlane-api', BASELINE_API, 'neo4j-graphql'] : [...CONTENDERS];
}

export interface ContenderFigures extends Timing {
  statements: number;
}

export interface QuestionResult {
  key: string;
  title: string;
  /** The answer in the shared comparable form: every contender that answered gave this one. */
  answer: unknown;
  /** Raw Cypher and this API always have figures; a peer that failed has a failure instead. */
  figures: Partial<Record<ContenderName, ContenderFigures>> & Record<'raw-cypher' | 'pitlane-api', ContenderFigures>;
  failures: Partial<Record<ContenderName, string>>;
  /** How many root fields this API's request asks for (reports from before it was recorded lack it). */
  rootFields?: number;
}

export interface ScaleResult {
  people: number;
  load: SyntheticLoad;
  questions: QuestionResult[];
  peakRssMb: Partial<Record<ContenderName, number>> & Record<'raw-cypher', number>;
}

export interface BenchResult {
  options: BenchOptions;
  startedAt: Date;
  scales: ScaleResult[];
}

export class AnswersDisagree extends Error {}

/** The Neo4j a scale runs on: its address, and its process when it is the embedded one started here. */
interface BenchNeo4j {
  uri: string;
  pid?: number;
}

async function withNeo4j<T>(options: BenchOptions, work: (neo4j: BenchNeo4j) => Promise<T>): Promise<T> {
  if (options.neo4jUri) return work({ uri: options.neo4jUri });
  return withThrowawayNeo4j('bench', options.say, (neo4j) => work({ uri: routingUri(neo4j.uri), pid: neo4j.pid }));
}

const peopleDir = (people: number) => `${people}-people`;

/** Contenders that are not ours may fail a question; the run records why and goes on. */
const PEERS: ReadonlySet<ContenderName> = new Set(['neo4j-graphql']);
type Failures = Partial<Record<ContenderName, string>>;

function recordFailure(failures: Failures, name: ContenderName, error: unknown): void {
  // Raw Cypher and this API failing is a bug of ours, never a figure.
  if (!PEERS.has(name)) throw error;
  failures[name] = error instanceof Error ? error.message : String(error);
}

/** Why a peer has no figures when none of its requests finished within its timed turns. */
export const noRequestCompleted = (options: Pick<BenchOptions, 'rounds' | 'durationSeconds'>): string =>
  `no request completed within its timed turns (${Math.max(1, options.rounds)} × ${options.durationSeconds / Math.max(1, options.rounds)} s)`;

/**
 * Each timed contender's figures. A peer none of whose requests finished within its timed turns has
 * no latency or throughput to report (autocannon gives zeros): it gets a failure saying so instead.
 */
export function figuresOf(
  timings: ReadonlyMap<ContenderName, Timing>, statements: Partial<Record<ContenderName, number>>, failures: Failures,
  options: Pick<BenchOptions, 'rounds' | 'durationSeconds'>,
): Partial<Record<ContenderName, ContenderFigures>> {
  const figures: Partial<Record<ContenderName, ContenderFigures>> = {};
  for (const [name, timing] of timings) {
    if (timing.requests === 0 && PEERS.has(name)) failures[name] = noRequestCompleted(options);
    else figures[name] = { ...timing, statements: statements[name] ?? 0 };
  }
  return figures;
}

/** Walks to the deep page in each contender's own terms (a peer that fails on the way is noted). */
async function deepPagePositions(contenders: RunningContender[], failures: Failures): Promise<PagePositions> {
  let position: PagePositions = { ...FIRST_PAGE };
  for (let page = 1; page < PAGE_DEEP; page += 1) {
    const requests = pageRequests(position);
    const next = { ...position } as Record<ContenderName, unknown>;
    for (const contender of contenders.filter((c) => !failures[c.name])) {
      try {
        next[contender.name] = nextPagePosition(contender.name, await ask(contender.url, requests[contender.name]));
      } catch (error) {
        recordFailure(failures, contender.name, error);
      }
    }
    position = next as unknown as PagePositions;
  }
  return position;
}

/** Every contender's answer; those that answered must agree. */
async function agreedAnswer(question: Question, contenders: RunningContender[], failures: Failures): Promise<unknown> {
  const answers: { name: ContenderName; answer: unknown }[] = [];
  for (const c of contenders.filter((contender) => !failures[contender.name])) {
    try {
      answers.push({ name: c.name, answer: answerOf(question, c.name, await ask(c.url, requestOf(question, c.name))) });
    } catch (error) {
      recordFailure(failures, c.name, error);
    }
  }
  const reference = JSON.stringify(answers[0].answer);
  const differing = answers.filter((a) => JSON.stringify(a.answer) !== reference);
  if (differing.length > 0 || answers[0].answer === undefined || answers[0].answer === null) {
    throw new AnswersDisagree(
      `The contenders answer "${question.title}" differently:\n${answers.map((a) => `  ${a.name}: ${JSON.stringify(a.answer).slice(0, 400)}`).join('\n')}`,
    );
  }
  return answers[0].answer;
}

async function benchScale(options: BenchOptions, people: number, { uri, pid: databasePid }: BenchNeo4j): Promise<ScaleResult> {
  const say = options.say ?? (() => undefined);
  const db = await Database.connect({ uri, user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 600_000 });
  const contenders: RunningContender[] = [];
  try {
    if (options.neo4jUri) {
      // Someone else's database: wipe it only if all it holds is synthetic data.
      await assertNoRealData(db);
      await resetGraph(db);
    }
    // Migrated and with the schema applied, as every start leaves a database: the API then starts on
    // it as on any up-to-date graph (no migration, and so no claims backfill over the synthetic data).
    await prepareDatabase(db);
    const graph: SyntheticGraph = generateSyntheticGraph({ people, seed: options.seed });
    say(`Scale ${people} people: loading ${graph.nodes.length} synthetic nodes and ${graph.relationships.length} relationships...`);
    const load = await loadSyntheticGraph(db, graph);
    say(`  loaded in ${load.seconds.toFixed(1)} s (${load.elementsPerSecond} nodes and relationships per second)`);

    const setup = { cpuProfileDir: options.cpuProfileDir && path.join(options.cpuProfileDir, peopleDir(people)) };
    for (const name of contendersOf(options)) {
      contenders.push(name === BASELINE_API ? await startBaseline(db, uri, options.baseline!, setup) : await startContender(name, uri, setup));
    }
    const deepPageFailures: Failures = {};
    const deepPage = await deepPagePositions(contenders, deepPageFailures);
    // Answers and statement counts first, while Neo4j is quiet: its query statistics are gathered
    // asynchronously and would still be absorbing a timed run's thousands of queries.
    const checked: { question: Question; answer: unknown; failures: Failures; statements: Partial<Record<ContenderName, number>> }[] = [];
    const asked = benchmarkQuestions(graph.landmarks, deepPage).filter((q) => !options.questions || options.questions.includes(q.key));
    for (const question of asked) {
      const failures: Failures = question.key === `people-page-${PAGE_DEEP}` ? { ...deepPageFailures } : {};
      const answer = await agreedAnswer(question, contenders, failures);
      const statements: Partial<Record<ContenderName, number>> = {};
      for (const contender of contenders.filter((c) => !failures[c.name])) {
        statements[contender.name] = await countStatements(db, () => ask(contender.url, requestOf(question, contender.name)));
      }
      for (const [name, reason] of Object.entries(failures)) say(`  ${question.key} / ${name}: failed: ${reason.slice(0, 300)}`);
      checked.push({ question, answer, failures, statements });
    }
    const results: QuestionResult[] = [];
    for (const { question, answer, failures, statements } of checked) {
      const answering = contenders.filter((c) => !failures[c.name]);
      const timings = await timeQuestion(answering.map((c) => ({ key: c.name, url: c.url, request: requestOf(question, c.name), pid: c.pid })), {
        connections: options.connections, durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds, rounds: options.rounds, databasePid,
      });
      const figures = figuresOf(timings, statements, failures, options);
      for (const contender of answering) {
        const f = figures[contender.name];
        say(f
          ? `  ${question.key} / ${contender.name}: p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, ${f.requestsPerSecond} req/s, ${f.statements} statements`
          : `  ${question.key} / ${contender.name}: failed: ${failures[contender.name]}`);
      }
      results.push({
        key: question.key, title: question.title, answer, figures: figures as QuestionResult['figures'], failures,
        rootFields: rootFieldsOf(requestOf(question, 'pitlane-api')),
      });
    }
    const peakRssMb = Object.fromEntries(contenders.map((c) => [c.name, c.peakRssMb()])) as ScaleResult['peakRssMb'];
    return { people: graph.people, load, questions: results, peakRssMb };
  } finally {
    await Promise.all(contenders.map((c) => c.stop()));
    await db.close();
  }
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date();
  const scales: ScaleResult[] = [];
  for (const people of options.scales) {
    scales.push(await withNeo4j(options, (neo4j) => benchScale(options, people, neo4j)));
  }
  return { options, startedAt, scales };
}
