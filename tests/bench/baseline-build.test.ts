/**
 * An earlier build of this API as a bench contender: it must start over a database migrated by
 * newer code (it would refuse one), see it at its own version while it starts, and leave the
 * database's migration records as they were, whether it starts or not.
 *
 * The "earlier build" here is a small stand-in with an earlier migration folder: at its start it
 * reads the migration records from the real Neo4j, as the earlier API's migration check does, and
 * says what it saw; the test then reads the records back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';
import { baselineBuild, BaselineBuildError, migrationVersionOf, startBaseline } from '../../src/bench/contenders/baseline-build';
import { Database } from '../../src/db/database';
import { MIGRATIONS_DIR, readMigrations } from '../../src/db/migrations/migration-files';
import { prepareDatabase } from '../../src/db/prepare';
import { MIGRATION_LABEL } from '../../src/db/schema-declaration';
import { useTestDatabase } from '../support/neo4j';

const db = useTestDatabase({ seeded: false });
const builds: string[] = [];
afterAll(() => builds.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** What the stand-in does at its start: read the records, then serve (or fail). */
const STAND_IN = (outcome: 'serve' | 'fail') => `
const neo4j = require('neo4j-driver');
const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD || ''));
driver.executeQuery('MATCH (m:${MIGRATION_LABEL}) RETURN max(m.version) AS version', {}, { database: process.env.NEO4J_DATABASE || 'neo4j' })
  .then(async ({ records }) => {
    const seen = records[0].get('version');
    await driver.close();
    ${outcome === 'serve'
    ? "console.log('serving GraphQL at http://127.0.0.1:' + process.env.PORT + '/graphql?seen=' + seen); process.stdin.resume(); process.stdin.on('end', () => process.exit(0));"
    : 'process.exit(3);'}
  });
`;

/** A checkout whose newest migration is `version`, with the stand-in as its built API. */
function earlierBuild(version: number, outcome: 'serve' | 'fail'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-baseline-'));
  builds.push(root);
  fs.mkdirSync(path.join(root, 'cypher', 'migrations'), { recursive: true });
  for (const file of readMigrations().filter((m) => m.version <= version).map((m) => m.file)) {
    fs.copyFileSync(path.join(MIGRATIONS_DIR, file), path.join(root, 'cypher', 'migrations', file));
  }
  fs.mkdirSync(path.join(root, 'dist'));
  fs.writeFileSync(path.join(root, 'dist', 'main.js'), STAND_IN(outcome));
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

async function recordedVersions(database: Database): Promise<number[]> {
  const rows = await database.read(`MATCH (m:${MIGRATION_LABEL}) RETURN m.version AS version ORDER BY version`);
  return rows.map((row) => Number(row.version));
}

const uri = () => process.env.NEO4J_URI!;
const current = Math.max(...readMigrations().map((m) => m.version));

beforeAll(async () => {
  await prepareDatabase(db());
});

test('the earlier build sees the database at its own version while it starts; every record is back once it serves', async () => {
  const before = await recordedVersions(db());
  expect(before.at(-1)).toBe(current);
  expect(current).toBeGreaterThan(1);

  const build = baselineBuild(earlierBuild(current - 1, 'serve'), 'an earlier commit');
  expect(migrationVersionOf(build)).toBe(current - 1);
  const contender = await startBaseline(db(), uri(), build);
  try {
    expect(contender.name).toBe('pitlane-baseline');
    expect(new URL(contender.url).searchParams.get('seen')).toBe(String(current - 1));
    expect(await recordedVersions(db())).toEqual(before);
  } finally {
    await contender.stop();
  }
});

test('a build that fails to start leaves the records as they were, and the run gets its error', async () => {
  const before = await recordedVersions(db());
  const build = baselineBuild(earlierBuild(1, 'fail'));
  await expect(startBaseline(db(), uri(), build)).rejects.toThrow(/exited \(code 3\) before it was ready/);
  expect(await recordedVersions(db())).toEqual(before);
});

test('a folder that is not a built checkout is refused by name, with how to make one', () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-baseline-'));
  builds.push(empty);
  expect(() => baselineBuild(empty)).toThrow(BaselineBuildError);
  expect(() => baselineBuild(empty)).toThrow(/has no dist\/main\.js.*git worktree add .* npm ci && npm run build/s);
});
