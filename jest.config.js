/**
 * One embedded Neo4j per test run (tests/setup/global-setup.ts), shared by every test file.
 * Neo4j Community has one user database, so test files run one at a time (maxWorkers: 1).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // The explorer and src/model name relative imports with `.js` (browsers load them as ES modules):
  // here they are the .ts files beside.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  maxWorkers: 1,
  // A guard against a hang, never a measure of speed: most files seed the graph (every source's
  // claims) in a hook first, and a loaded machine may take minutes where a quiet one takes seconds.
  testTimeout: 240000,
  verbose: true,
  reporters: ['default', '<rootDir>/tests/setup/summary-reporter.js'],
};
