/**
 * Errors are values with a code. Clients see:
 *  - BAD_USER_INPUT, naming the argument in `extensions.argument` (always that name, always one
 *    argument path), for any argument the API cannot take;
 *  - NOT_FOUND, naming the argument, when an id names nothing (see notFound);
 *  - QUERY_LIMIT_EXCEEDED, naming the limit, for a query over a configured limit (limit-error.ts);
 *  - SERVICE_UNAVAILABLE (HTTP 503) when Neo4j cannot be reached;
 *  - QUERY_TIMEOUT when Neo4j stopped a statement at the transaction timeout;
 *  - BAD_REQUEST, in Apollo's words, for a request Apollo itself refuses with a 4xx and no code
 *    (a persisted query sent with a hash that is not its text's);
 *  - INTERNAL_SERVER_ERROR with a generic message for anything unexpected (logged, never leaked).
 */
import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentNode, GraphQLError, GraphQLFormattedError, ObjectFieldNode, visit } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { isTimeout, isUnavailable } from '../db/errors';
import { isLimitExtensions, limitExceeded, QUERY_LIMIT_EXCEEDED } from './limit-error';

export function badUserInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${problem}.`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

/** An id that names nothing the question can be asked about; the message names the argument and the id. */
export function notFound(argument: string, id: string, what: string): GraphQLError {
  return new GraphQLError(`No ${what} has the id "${id}" (argument "${argument}").`, {
    extensions: { code: 'NOT_FOUND', argument },
  });
}

function flattenValidationErrors(errors: ValidationError[], prefix = ''): { argument: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const argument = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ argument, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], argument)];
  });
}

export interface FormatErrorOptions {
  /** Called with errors that are not the client's fault, so they are logged before being hidden. */
  onInternalError(error: unknown): void;
  /**
   * Remove every "Did you mean ...?" (fields, arguments, types, input fields, enum values, in
   * validation and variable errors alike): suggestions reveal the schema where introspection is off.
   */
  hideSuggestions?: boolean;
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** graphql-js's parse error for a document over parseOptions.maxTokens (16.x spells it "more that"). */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th[a-z]+ (\d+) tokens\./;

export function formatError(options: FormatErrorOptions) {
  const format = formatErrorWithSuggestions(options);
  if (!options.hideSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return { ...result, message: result.message.replace(SUGGESTION, '') };
  };
}

/**
 * An error Apollo raised with an HTTP 4xx status and no code of its own, before anything ran: the
 * request's fault (Apollo's formatting gives it INTERNAL_SERVER_ERROR for want of a code).
 */
function isApolloRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function formatErrorWithSuggestions(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const problems = flattenValidationErrors(original.extensions.validationErrors as ValidationError[]);
      // One error, one `argument`: the first wrong one; the message lists every problem.
      return {
        ...formatted,
        message: `Invalid argument: ${problems.flatMap((p) => p.messages).join('; ')}.`,
        extensions: { code: 'BAD_USER_INPUT', argument: problems[0]?.argument ?? 'unknown' },
      };
    }
    if (isTimeout(original)) {
      return { message: 'The query took too long and was stopped. Ask for less (smaller pages, lower depth).', path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' } };
    }
    if (isUnavailable(original)) {
      return { message: 'The graph database is unavailable. Try again shortly.', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    const code = formatted.extensions?.code;
    const argument = formatted.extensions?.argument;
    // Apollo re-codes errors reported at validation as GRAPHQL_VALIDATION_FAILED; a limit keeps its own.
    if (isLimitExtensions(formatted.extensions)) {
      const { stacktrace: _omitted, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, extensions: { ...extensions, code: QUERY_LIMIT_EXCEEDED } };
    }
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOO_MANY_TOKENS.exec(formatted.message) : null;
    if (tokens) {
      const limit = limitExceeded('MAX_TOKENS', Number(tokens[1]), null);
      return { message: limit.message, extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'MAX_TOKENS', maximum: Number(tokens[1]) } };
    }
    if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof argument === 'string') {
      return {
        ...formatted,
        message: `Argument "${argument}": ${formatted.message}`,
        extensions: { code: 'BAD_USER_INPUT', argument },
      };
    }
    if (isApolloRefusal(original)) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      options.onInternalError(original);
      return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    // Known client-facing codes (BAD_USER_INPUT, GRAPHQL_PARSE_FAILED, ...): keep, minus stack traces.
    const { stacktrace: _omitted, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}

/**
 * graphql-js reports a bad literal argument value ("gender: ROBOT") as a validation failure without
 * naming the argument. Such errors are about user input: report them as BAD_USER_INPUT and name
 * the argument (with its path inside an input object), found from the error's location.
 */
export const argumentErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async validationDidStart(requestContext) {
        return async (errors) => {
          const document = requestContext.document;
          if (!errors || !document) return;
          for (const error of errors) {
            if (!(error instanceof GraphQLError)) continue;
            const location = error.nodes?.[0]?.loc?.start;
            if (location === undefined) continue;
            let argumentPath: string | undefined;
            visit(document, {
              enter(node, _key, parent, _path, ancestors) {
                if (!node.loc || node.loc.start !== location) return undefined;
                const names = [...ancestors, parent, node]
                  .filter((a): a is ArgumentNode | ObjectFieldNode =>
                    typeof a === 'object' && a !== null && 'kind' in a && (a.kind === 'Argument' || a.kind === 'ObjectField'))
                  .map((a) => a.name.value);
                if (names.length > 0) argumentPath = names.join('.');
                return undefined;
              },
            });
            // Apollo re-wraps validation errors with its own code; formatError turns this into BAD_USER_INPUT.
            if (argumentPath) Object.assign(error.extensions, { argument: argumentPath });
          }
        };
      },
    };
  },
};
