/**
 * The house rules of src/ (.dependency-cruiser.cjs, explained in docs/ARCHITECTURE.md): imports
 * point down the floors, no cycles, the explorer is a browser bundle, src never imports tests, the
 * request context knows no entity, no orphans. `npm run lint:deps` prints the same findings.
 *
 * dependency-cruiser's API is an ES module, so it runs in a child process (cruise.mjs) that prints
 * the violations as JSON.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

interface Violation {
  rule: string;
  from: string;
  to: string;
  cycle?: string[];
}

function violationsIn(baseDir: string): Violation[] {
  const output = execFileSync(process.execPath, [path.join(__dirname, 'cruise.mjs'), baseDir], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(output) as Violation[];
}

const describeViolation = ({ rule, from, to, cycle }: Violation) =>
  `${rule}: ${from} → ${cycle ? [...cycle].join(' → ') : to}`;

describe('the house rules (dependency-cruiser)', () => {
  it('hold for src/', () => {
    expect(violationsIn(ROOT).map(describeViolation)).toEqual([]);
  });

  it('catch each kind of violation, and let lawful imports pass (tests/fixtures/architecture)', () => {
    const found = violationsIn(path.join(ROOT, 'tests', 'fixtures', 'architecture')).map(({ rule, from, to }) => `${rule}: ${from} → ${to}`);
    expect(found.sort()).toEqual([
      'context-knows-no-entity: src/graph/context.ts → src/graph/person/person.loaders.ts',
      'explorer-imports-no-node-builtins: src/explorer/main.ts → fs',
      'explorer-is-a-browser-bundle: src/explorer/main.ts → src/db/low.ts',
      'floor:db: src/db/low.ts → src/auth/tokens.ts',
      'floor:db: src/db/low.ts → src/graph/high.ts',
      'folder-without-a-floor: src/attic/lost.ts → src/model/words.ts',
      'no-circular: src/db/low.ts → src/graph/high.ts',
      'no-orphans: src/config/unused.ts → src/config/unused.ts',
      'no-unresolvable: src/graph/high.ts → ./missing',
      'production-imports-no-dev-dependencies: src/seed/uses-tests.ts → ../../../node_modules/fast-check/lib/cjs/fast-check.js',
      'src-imports-no-tests: src/seed/uses-tests.ts → tests/support/helper.ts',
    ]);
  });
});
