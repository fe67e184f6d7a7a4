/**
 * The Node versions the project promises (README's prerequisites, package.json `engines`): 20.19
 * and later 20.x, and the LTS lines 22 and 24. Every installed package (package-lock.json) must run
 * on all of them, so an upgrade that drops Node 20 fails here rather than in a user's `npm ci`.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const ROOT = path.resolve(__dirname, '..', '..');
const readJson = <T>(relative: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, relative), 'utf8')) as T;

interface LockPackage {
  version?: string;
  engines?: { node?: string } | string[];
}
const pkg = readJson<{ engines?: { node?: string } }>('package.json');
const lock = readJson<{ lockfileVersion: number; packages: Record<string, LockPackage> }>('package-lock.json');
const enginesNode = pkg.engines?.node ?? '';

/** The LTS lines the README promises besides Node 20. */
const LTS_LINES = [22, 24];
const floor = semver.minVersion(enginesNode);
/** Each promised release line as a range: Node 20 from the engines floor, then every 22.x and 24.x. */
const PROMISED = [
  `>=${floor?.version} <${(floor?.major ?? 0) + 1}.0.0-0`,
  ...LTS_LINES.map((major) => `>=${major}.0.0 <${major + 1}.0.0-0`),
];

test('package.json declares engines.node starting at Node 20.19, admitting the LTS lines 22 and 24', () => {
  expect(semver.validRange(enginesNode)).not.toBeNull();
  expect(floor?.version).toBe('20.19.0');
  for (const range of PROMISED) expect([range, semver.subset(range, enginesNode)]).toEqual([range, true]);
});

test("README's prerequisites promise the same Node versions as engines", () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const prerequisites = readme.split(/^### Prerequisites$/m)[1]?.split(/^#/m)[0] ?? '';
  const nodeLine = prerequisites.split('\n').find((line) => /Node\.js/.test(line)) ?? '';
  expect(nodeLine).toMatch(/^- \*\*Node\.js (\d+\.\d+)\+\*\*/);
  expect(`${/Node\.js (\d+\.\d+)\+/.exec(nodeLine)?.[1]}.0`).toBe(floor?.version);
  for (const major of LTS_LINES) expect(nodeLine).toMatch(new RegExp(`\\b${major}\\b`));
  expect(nodeLine).toContain(`"node": "${enginesNode}"`);
});

test('every installed package runs on every promised Node version', () => {
  expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
  const entries = Object.entries(lock.packages).filter(([location]) => location !== '');
  expect(entries.length).toBeGreaterThan(100);
  const withEngines = entries.filter(([, entry]) => typeof (entry.engines as { node?: string } | undefined)?.node === 'string');
  expect(withEngines.length).toBeGreaterThan(50);
  const refusing = withEngines.flatMap(([location, entry]) => {
    const range = (entry.engines as { node: string }).node;
    const left = PROMISED.filter((promised) => !semver.subset(promised, range));
    return left.length ? [`${location.replace(/^.*node_modules\//, '')}@${entry.version} needs node "${range}": not all of ${left.join(', ')}`] : [];
  });
  expect(refusing).toEqual([]);
});

test('the check catches a package that needs a newer Node than promised', () => {
  // The very case that prompted it: @whatwg-node/promise-helpers 2.x needs Node >= 22.15.
  expect(PROMISED.filter((promised) => !semver.subset(promised, '>=22.15.0'))).toEqual([PROMISED[0], PROMISED[1]]);
  expect(PROMISED.filter((promised) => !semver.subset(promised, '20 || >=22'))).toEqual([]);
});
