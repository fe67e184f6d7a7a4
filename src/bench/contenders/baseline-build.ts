/**
 * An earlier build of this API as a fourth contender (`npm run bench -- --baseline-build <dir>`):
 * "reads stay within 10% of before" is then measured in one run, over the same graph and the same
 * raw-Cypher floor, instead of across two runs on a machine whose speed drifts between them.
 *
 * The build is a checkout of an earlier commit with its dependencies installed and `npm run build`
 * done. It runs as users run it, from its own directory. It would refuse a database migrated by
 * newer code, so while it starts the records of the migrations it does not have are set aside
 * (bench.cypher.ts); the data it reads is the graph everyone reads.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../../db/database';
import { readMigrations } from '../../db/migrations/migration-files';
import { HIDE_MIGRATIONS_ABOVE, RESTORE_HIDDEN_MIGRATIONS } from '../bench.cypher';
import { BASELINE_API } from '../questions';
import { BaselineBuild, ContenderSetup, RunningContender, startContender } from './processes';

export class BaselineBuildError extends Error {
  override name = 'BaselineBuildError';
  /** Printed as a message by the command line, without a stack. */
  readonly expected = true;
}

/** Checks that `root` holds a built API; names it by its commit unless a name is given. */
export function baselineBuild(root: string, name?: string): BaselineBuild {
  const absolute = path.resolve(root);
  for (const needed of [path.join('dist', 'main.js'), path.join('cypher', 'migrations'), 'node_modules']) {
    if (!fs.existsSync(path.join(absolute, needed))) {
      throw new BaselineBuildError(
        `${absolute} is not a built checkout of this API: it has no ${needed}. Make one with `
        + `\`git worktree add ${root} <commit> && (cd ${root} && npm ci && npm run build)\`.`,
      );
    }
  }
  return { root: absolute, name: name ?? commitOf(absolute) ?? path.basename(absolute) };
}

function commitOf(root: string): string | null {
  try {
    return execFileSync('git', ['-C', root, 'log', '-1', '--format=%h'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

/** The highest migration the build has: the database version it expects. */
export function migrationVersionOf(build: BaselineBuild): number {
  return Math.max(0, ...readMigrations(path.join(build.root, 'cypher', 'migrations')).map((m) => m.version));
}

/**
 * Starts the earlier build over the database, with the newer migrations' records set aside while
 * it starts and given back whatever happens.
 */
export async function startBaseline(
  db: Database, neo4jUri: string, build: BaselineBuild, setup: Omit<ContenderSetup, 'baseline'> = {},
): Promise<RunningContender> {
  await db.write(HIDE_MIGRATIONS_ABOVE, { version: migrationVersionOf(build) });
  try {
    return await startContender(BASELINE_API, neo4jUri, { ...setup, baseline: build });
  } finally {
    await db.write(RESTORE_HIDDEN_MIGRATIONS);
  }
}
