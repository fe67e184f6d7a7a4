/**
 * Runs dependency-cruiser's API over a source tree with the house rules (.dependency-cruiser.cjs)
 * and prints the violations as JSON on stdout. dependency-cruiser is an ES module only, which jest
 * (CommonJS here) cannot load, so dependencies.test.ts runs this in a child process.
 *
 * Usage: node tests/architecture/cruise.mjs [baseDir]   (default: the project root; cruises baseDir/src)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const baseDir = path.resolve(process.argv[2] ?? PROJECT_ROOT);

const options = await extractDepcruiseOptions(path.join(PROJECT_ROOT, '.dependency-cruiser.cjs'));
const tsConfig = extractTSConfig(path.join(PROJECT_ROOT, 'tsconfig.json'));
const { output } = await cruise(['src'], { ...options, baseDir }, {}, { tsConfig });

const violations = output.summary.violations.map((violation) => ({
  rule: violation.rule.name,
  from: violation.from,
  to: violation.to,
  cycle: violation.cycle?.map((step) => step.name),
}));
process.stdout.write(JSON.stringify(violations));
