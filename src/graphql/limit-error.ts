/**
 * The error of a query over one of the configured limits (cost, depth, aliases, directives,
 * tokens): code QUERY_LIMIT_EXCEEDED, HTTP 400, and a message that names the limit's setting, the
 * maximum and what the query has. Raised before any Cypher is sent.
 */
import { GraphQLError, ValidationContext } from 'graphql';

export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

export type LimitSetting = 'MAX_QUERY_COST' | 'MAX_QUERY_DEPTH' | 'MAX_ALIASES' | 'MAX_DIRECTIVES' | 'MAX_TOKENS';

const MEASURES: Record<LimitSetting, string> = {
  MAX_QUERY_COST: 'cost',
  MAX_QUERY_DEPTH: 'depth',
  MAX_ALIASES: 'number of aliases',
  MAX_DIRECTIVES: 'number of directives',
  MAX_TOKENS: 'number of tokens',
};

/**
 * @param found what the query has; for tokens only a lower bound is known (graphql-js stops
 *   parsing at the limit), so the message says "more than" and `found` is left out.
 */
export function limitExceeded(limit: LimitSetting, maximum: number, found: number | null): GraphQLError {
  const measure = MEASURES[limit];
  const message = found === null
    ? `Query refused: its ${measure} is more than the limit of ${maximum} (${limit}).`
    : `Query refused: its ${measure} is ${found}, over the limit of ${maximum} (${limit}).`;
  return new GraphQLError(message, {
    extensions: {
      code: QUERY_LIMIT_EXCEEDED,
      limit,
      maximum,
      ...(found === null ? {} : { found }),
      http: { status: 400 },
    },
  });
}

/** Whether a formatted error's extensions are those of limitExceeded (Apollo re-codes validation errors). */
export function isLimitExtensions(extensions: Record<string, unknown> | undefined): boolean {
  return typeof extensions?.limit === 'string' && extensions.limit in MEASURES && typeof extensions.maximum === 'number';
}

/**
 * graphql-armor's rejection callback for one limit: reports limitExceeded to the validation
 * context instead of armor's own "Syntax Error: ..." (use with propagateOnRejection: false).
 * Armor states what it found only in its message ("..., found 12."), so it is read from there.
 */
export function reportArmorRejection(limit: LimitSetting, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+)/.exec(error.message);
    context?.reportError(limitExceeded(limit, maximum, found ? Number(found[1]) : null));
  };
}
