/**
 * `npm run bench:profile [-- --scale 10k --questions person-nested,search --keep <dir>]`: asks each
 * bench question alone, in its own bench run, of an API started with `--cpu-prof`, and writes
 * bench/PROFILE.md: where the API's time goes per question (src/bench/profile/). A development tool,
 * like `npm run bench`.
 */
import { Command } from 'commander';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { addShares, CpuProfile, layerShares } from '../bench/profile/cpu-profile';
import { keepingFindings, ProfiledQuestion, profileReport } from '../bench/profile/profile-report';
import { QUESTION_KEYS } from '../bench/questions';
import { neo4jVersion, versionOf } from '../bench/report';
import { runBench } from '../bench/run-bench';
import { people, questionKeys, wholeNumber } from './bench-options';
import { runCli, UsageError } from './run-cli';

/** Every `.cpuprofile` the API contender wrote under `dir`. */
function apiProfiles(dir: string): CpuProfile[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cpuprofile') && full.split(path.sep).includes('pitlane-api')) found.push(full);
    }
  };
  walk(dir);
  if (found.length === 0) throw new UsageError(`The API wrote no CPU profile under ${dir}.`);
  return found.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile);
}

runCli(async () => {
  const program = new Command('bench:profile')
    .option('--scale <people>', 'people in the synthetic graph', people, 10_000)
    .option('--connections <n>', 'concurrent connections', wholeNumber(1, 256), 8)
    .option('--duration <seconds>', 'timed run per question and contender', wholeNumber(1, 600), 10)
    .option('--warmup <seconds>', 'untimed run before the timed one', wholeNumber(0, 60), 2)
    .option('--seed <n>', 'seed of the synthetic graph', wholeNumber(0, 2 ** 31 - 1), 20231)
    .option('--questions <list>', `only these questions (${QUESTION_KEYS.join(', ')})`, questionKeys)
    .option('--keep <dir>', 'keep the CPU profiles in this folder (default: a temporary folder, removed)')
    .option('--out <file>', 'where the report goes', path.join(PROJECT_ROOT, 'bench', 'PROFILE.md'))
    .parse();
  const o = program.opts<{ scale: number; connections: number; duration: number; warmup: number; seed: number; questions?: string[]; keep?: string; out: string }>();
  const dir = o.keep ? path.resolve(o.keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-profile-'));
  const profiled: ProfiledQuestion[] = [];
  try {
    for (const key of o.questions ?? QUESTION_KEYS) {
      process.stderr.write(`Profiling ${key}...\n`);
      const profileDir = path.join(dir, key);
      fs.rmSync(profileDir, { recursive: true, force: true });
      const result = await runBench({
        scales: [o.scale], connections: o.connections, durationSeconds: o.duration, warmupSeconds: o.warmup, rounds: 1, seed: o.seed,
        questions: [key], cpuProfileDir: profileDir, say: (line) => process.stderr.write(`${line}\n`),
      });
      const [question] = result.scales[0].questions;
      profiled.push({ question, shares: addShares(apiProfiles(profileDir).map(layerShares)) });
    }
  } finally {
    if (!o.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const report = profileReport({
    people: o.scale, connections: o.connections, durationSeconds: o.duration, warmupSeconds: o.warmup, seed: o.seed, date: new Date(),
    machine: `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Neo4j, the servers and the load generator share it`,
    versions: `Node ${process.version}, Neo4j Community ${neo4jVersion()}, neo4j-driver ${versionOf('neo4j-driver')}, @apollo/server ${versionOf('@apollo/server')}, graphql ${versionOf('graphql')}, type-graphql ${versionOf('type-graphql')}`,
  }, profiled);
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, keepingFindings(report, fs.existsSync(o.out) ? fs.readFileSync(o.out, 'utf8') : ''));
  process.stdout.write(`${report}\nWritten to ${path.relative(process.cwd(), o.out)}.\n`);
  return 0;
});
