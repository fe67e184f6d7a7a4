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

/** Rethrows connectivity failures as DatabaseUnavailableError, anything else as it is. */
export function rethrowUnavailable(error: unknown): never {
  throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
}
