/**
 * The bench commands as users start them (node dist/cli/...): each loads (its modules need no
 * GraphQL type metadata before the API's own process starts), shows its options, and refuses a bad
 * one by name. No benchmark runs here: tests/bench runs a tiny one.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', script), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

test.each([
  ['bench.js', ['--scales', '--baseline-build', '--questions', '--cpu-prof']],
  ['bench-profile.js', ['--scale', '--questions', '--keep', '--out']],
])('%s loads and lists its options', (script, options) => {
  const result = run(script, ['--help']);
  expect([result.status, result.stderr]).toEqual([0, '']);
  for (const option of options) expect(result.stdout).toContain(option);
});

test('a scale that is not one is refused before anything starts, saying what a scale is', () => {
  const result = run('bench.js', ['--scales', '10k,2m']);
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain('"2m" is not a scale');
  const profile = run('bench-profile.js', ['--questions', 'teams']);
  expect(profile.status).not.toBe(0);
  expect(profile.stderr).toContain('no question "teams"');
});
