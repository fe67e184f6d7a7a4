/**
 * HTTP caching of GET queries. The graph is read far more than it is written, and every write
 * raises its version (src/db/graph-version.cypher.ts), so an answer stays right until the version
 * moves:
 *  - Cache-Control from the operation's selection (src/graphql/cache-policy.ts, computed once per
 *    parsed document): `public, max-age=N`; `private, max-age=N` when the request carries an
 *    Authorization header; `no-store` when it touches a field or type that must not be kept.
 *  - ETag `W/"<graph version>-<hash>"`, the hash of the request's query string (query, variables,
 *    operation name, persisted-query hash), the database's version epoch and the schema. A request
 *    whose If-None-Match holds it gets 304 before its operation runs: one statement, reading the version.
 *  - Nothing for an answer with errors, and nothing at all for POST: POST answers are not kept by
 *    HTTP caches, and a POST request sends not one statement more.
 * No field resolver is wrapped: the hooks run once per request.
 */
import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLSchema, printSchema } from 'graphql';
import { createHash } from 'node:crypto';
import { readGraphVersion } from '../db/database';
import { CacheHints, cacheControlHeader, CachePolicies, CachePolicy } from '../graphql/cache-policy';
import { RequestContext } from '../graphql/context';

export interface HttpCacheOptions {
  schema: GraphQLSchema;
  hints: CacheHints;
  /** Seconds any cache may keep a public answer without asking again (HTTP_CACHE_MAX_AGE). */
  defaultMaxAge: number;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** Whether an If-None-Match header holds the tag (weak comparison, RFC 9110 13.1.2: `W/` does not count). */
export function ifNoneMatchHolds(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

export function httpCachePlugin(options: HttpCacheOptions): ApolloServerPlugin<RequestContext> {
  const policies = new CachePolicies(options.schema, options.hints, options.defaultMaxAge);
  // Another schema (another build of the API) may answer the same request differently.
  const schemaHash = sha256(printSchema(options.schema));
  return {
    async requestDidStart({ request }) {
      if (request.http?.method !== 'GET') return;
      let policy: CachePolicy | undefined;
      let etag: string | undefined;
      return {
        async didResolveOperation({ document }) {
          policy = policies.of(document);
        },
        async responseForOperation({ contextValue, request: { http } }) {
          if (!policy || policy.noStore || !http) return null;
          const version = await readGraphVersion(contextValue.db);
          // Before the graph's first write there is no version to tie a tag to.
          if (!version) return null;
          etag = `W/"${version.version}-${sha256(`${version.epoch}\n${schemaHash}\n${http.search}`)}"`;
          if (!ifNoneMatchHolds(http.headers.get('if-none-match'), etag)) return null;
          return { http: { status: 304, headers: new HeaderMap() }, body: { kind: 'single', singleResult: {} } };
        },
        async willSendResponse({ response, request: { http } }) {
          if (!policy || response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const scope = http?.headers.get('authorization') ? 'private' : 'public';
          response.http.headers.set('cache-control', cacheControlHeader(policy, scope));
          if (etag) response.http.headers.set('etag', etag);
        },
      };
    },
  };
}
