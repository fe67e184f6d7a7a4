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
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  maxWorkers: 1,
  testTimeout: 60000,
  verbose: true,
  reporters: ['default', '<rootDir>/tests/setup/summary-reporter.js'],
};
