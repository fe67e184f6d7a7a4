/**
 * The query cost limit (MAX_QUERY_COST), checked once the operation and its variables are known
 * and before anything executes, so no Cypher runs for a refused query. graphql-armor's cost rule
 * runs at validation, where variables are unknown, and reads `first`/`last` only from literals:
 * `people(first: $n)` cost as little as `people(first: 1)`. graphql-query-complexity walks the
 * operation with its coerced arguments (literals, variables and argument defaults alike).
 *
 * The formula is graphql-armor's: a scalar costs 1; an object costs 2 plus 1.5 times what its
 * selections cost, all multiplied by its page size (`first` or `last`, at least 1). Introspection
 * (`__schema`, `__type`) costs nothing, as in graphql-armor.
 */
import { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, isCompositeType, getNamedType } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { limitExceeded } from './limit-error';

export const SCALAR_COST = 1;
export const OBJECT_COST = 2;
export const DEPTH_COST_FACTOR = 1.5;

function pageSize(args: Record<string, unknown>): number {
  const sizes = [args.first, args.last].filter((value): value is number => typeof value === 'number');
  return Math.max(1, ...sizes);
}

export const armorCostEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.name === '__schema' || field.name === '__type') return 0;
  if (!isCompositeType(getNamedType(field.type))) return SCALAR_COST;
  return (OBJECT_COST + DEPTH_COST_FACTOR * childComplexity) * pageSize(args);
};

export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          // Variables that do not fit their types are reported as BAD_USER_INPUT by execution,
          // which stops before any resolver runs; there is nothing to cost then.
          const variables = request.variables ?? {};
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return;
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: operation.name?.value,
              variables,
              estimators: [armorCostEstimator],
            });
          } catch {
            // The library gives up on documents too large to walk (over 10,000 selections, as
            // fragments that spread fragments can make): such a query is over any sane limit.
            throw limitExceeded('MAX_QUERY_COST', maxCost, null);
          }
          if (cost > maxCost) throw limitExceeded('MAX_QUERY_COST', maxCost, Math.round(cost));
        },
      };
    },
  };
}
