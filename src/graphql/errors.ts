/**
 * Errors are values with a code. Clients see:
 *  - BAD_USER_INPUT, naming the argument, for any argument the API cannot take;
 *  - SERVICE_UNAVAILABLE (HTTP 503) when Neo4j cannot be reached;
 *  - QUERY_TIMEOUT when Neo4j stopped a statement at the transaction timeout;
 *  - INTERNAL_SERVER_ERROR with a generic message for anything unexpected (logged, never leaked).
 */
import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentNode, GraphQLError, GraphQLFormattedError, ObjectFieldNode, visit } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { isTimeout, isUnavailable } from '../db/errors';

export function badUserInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${problem}.`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
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
}

export function formatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const problems = flattenValidationErrors(original.extensions.validationErrors as ValidationError[]);
      return {
        ...formatted,
        message: `Invalid argument: ${problems.flatMap((p) => p.messages).join('; ')}.`,
        extensions: { code: 'BAD_USER_INPUT', arguments: problems.map((p) => p.argument) },
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
    if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof argument === 'string') {
      return {
        ...formatted,
        message: `Argument "${argument}": ${formatted.message}`,
        extensions: { code: 'BAD_USER_INPUT', argument },
      };
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
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const unavailable = response.body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
        if (unavailable) response.http.status = 503;
      },
    };
  },
};
