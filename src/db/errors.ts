/**
 * Turns "Neo4j cannot be reached" into one error type that the API reports as SERVICE_UNAVAILABLE,
 * whatever the driver's wording (refused connection, expired session, acquisition timeout).
 */
import { Neo4jError } from 'neo4j-driver';

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(cause: unknown) {
    super('The graph database is unavailable. Try again shortly.', { cause });
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE_CODES.has(error.code) ||
    /acquisition timed out|connection.*(refused|closed|timed out)|Failed to connect/i.test(error.message)
  );
}

/** A statement that ran past the transaction timeout and was stopped by Neo4j. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
  constructor(cause: unknown) {
    super('The query took too long and was stopped.', { cause });
  }
}

export function isTimeout(error: unknown): boolean {
  return error instanceof QueryTimeoutError
    || (error instanceof Neo4jError && /TransactionTimedOut/.test(error.code));
}

/** Rethrows connectivity failures and timeouts as our own error types, anything else as it is. */
export function rethrowDriverError(error: unknown): never {
  if (isUnavailable(error)) throw new DatabaseUnavailableError(error);
  if (isTimeout(error)) throw new QueryTimeoutError(error);
  throw error;
}
