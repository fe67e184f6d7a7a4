/**
 * The shared entry point of the command-line tools: runs `main`, prints a failure as one clear
 * message (no stack trace for the errors we expect), and sets the exit code (exiting at once on a
 * failure).
 */
import { ConfigError } from '../config/config';
import { PrerequisiteError } from '../db/embedded/prerequisites';

export class UsageError extends Error {
  override name = 'UsageError';
}

const EXPECTED_ERRORS = [ConfigError, PrerequisiteError, UsageError];

export function runCli(main: () => Promise<void | number>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      const expected = EXPECTED_ERRORS.some((kind) => error instanceof kind) || (error as { expected?: boolean })?.expected;
      const message = error instanceof Error ? (expected ? error.message : error.stack ?? error.message) : String(error);
      // Exit once the message is out: a connection to a Neo4j that does not answer would
      // otherwise keep the process waiting.
      process.stderr.write(`Error: ${message}\n`, () => process.exit(1));
    },
  );
}
