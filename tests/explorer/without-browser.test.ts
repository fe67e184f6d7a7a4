/**
 * On a machine without Chromium: the browser tests are skipped, with one line that says what is
 * missing and how to install it, or fail with that line when REQUIRE_BROWSER=1 (as .ci/run sets).
 * Runs jest itself on one browser test file, with CHROMIUM_PATH naming a file that does not exist.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';

const JEST = path.join(PROJECT_ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
const BROWSER_TEST = path.join('tests', 'explorer', 'production.test.ts');
const NO_SUCH_BROWSER = path.join(PROJECT_ROOT, 'no-such-dir', 'chromium');

/** How many tests the browser test file declares, read from its source. */
const declaredTests = [...fs.readFileSync(path.join(PROJECT_ROOT, BROWSER_TEST), 'utf8').matchAll(/^\s*test\(/gm)].length;

interface JestRun {
  code: number | null;
  output: string;
}

/**
 * Jest on the browser test file, with only the browser check as global setup (that file's API
 * uses the run's Neo4j, from NEO4J_URI, which this run's global setup started).
 */
function runJest(env: NodeJS.ProcessEnv): Promise<JestRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.JEST_WORKER_ID;
  const child = spawn(
    process.execPath,
    [JEST, BROWSER_TEST, '--ci', '--globalSetup', path.join(PROJECT_ROOT, 'tests', 'setup', 'browser-check.ts')],
    { cwd: PROJECT_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('the browser tests on a machine without Chromium', () => {
  test('the file declares tests to skip', () => {
    expect(declaredTests).toBeGreaterThan(0);
  });

  test('are skipped, and the run says once what is missing and how to install it', async () => {
    const run = await runJest({ CHROMIUM_PATH: NO_SUCH_BROWSER, REQUIRE_BROWSER: '' });
    expect(run.output).toMatch(new RegExp(`Tests:\\s+${declaredTests} skipped, ${declaredTests} total`));
    const line = `No Chromium at CHROMIUM_PATH=${NO_SUCH_BROWSER}: the explorer's browser tests were SKIPPED. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH`;
    expect(occurrences(run.output, line)).toBe(1);
    expect(run.code).toBe(0);
  }, 600_000);

  test('fail with that line when REQUIRE_BROWSER=1', async () => {
    const run = await runJest({ CHROMIUM_PATH: NO_SUCH_BROWSER, REQUIRE_BROWSER: '1' });
    expect(run.output).toMatch(new RegExp(`Tests:\\s+${declaredTests} failed, ${declaredTests} total`));
    expect(run.output).toContain(`No Chromium at CHROMIUM_PATH=${NO_SUCH_BROWSER}: REQUIRE_BROWSER=1, so the browser tests fail. Install it`);
    expect(run.output).not.toContain('SKIPPED');
    expect(run.code).toBe(1);
  }, 600_000);
});
