/** Configuration: defaults, and a clear error naming each bad variable. */
import path from 'node:path';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../../src/config/config';

test('defaults: port 4000 on 127.0.0.1, embedded Neo4j with data in .neo4j/data, development mode', () => {
  const config = loadConfig({});
  expect(config.http).toMatchObject({ host: '127.0.0.1', port: 4000, production: false, introspection: true, corsOrigins: ['*'] });
  expect(config.neo4j).toEqual({ uri: undefined, user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 5000, maxPoolSize: 50, requestDeadlineMs: 2000 });
  expect(config.embedded).toEqual({ boltPort: 7687, dataDir: path.join(PROJECT_ROOT, '.neo4j', 'data') });
  expect(config.jwtSecret).toBeUndefined();
});

test('production: introspection and CORS off unless configured', () => {
  expect(loadConfig({ NODE_ENV: 'production' }).http).toMatchObject({ production: true, introspection: false, corsOrigins: [] });
  expect(loadConfig({ NODE_ENV: 'production', ALLOW_INTROSPECTION: 'true', CORS_ORIGINS: 'https://a.example, https://b.example' }).http)
    .toMatchObject({ introspection: true, corsOrigins: ['https://a.example', 'https://b.example'] });
});

test.each(['neo4j://db:7687', 'neo4j+s://xxxx.databases.neo4j.io', 'bolt://127.0.0.1:7687'])('NEO4J_URI %s is accepted', (uri) => {
  expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
});

test('HTTP_CACHE_MAX_AGE: a minute unless set; 0 (always revalidate) allowed', () => {
  expect(loadConfig({}).http.cacheMaxAge).toBe(60);
  expect(loadConfig({ HTTP_CACHE_MAX_AGE: '0' }).http.cacheMaxAge).toBe(0);
  expect(loadConfig({ HTTP_CACHE_MAX_AGE: '3600' }).http.cacheMaxAge).toBe(3600);
});

test('an empty NEO4J_URI means "not set"', () => {
  expect(loadConfig({ NEO4J_URI: '' }).neo4j.uri).toBeUndefined();
});

test.each([
  [{ PORT: 'eighty' }, /PORT/],
  [{ PORT: '70000' }, /PORT/],
  [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI: must be a neo4j:\/\/, neo4j\+s:\/\/ or bolt:\/\/ URI/],
  [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  [{ JWT_SECRET: 'short' }, /JWT_SECRET: must be at least 32 characters/],
  [{ ALLOW_INTROSPECTION: 'yes' }, /ALLOW_INTROSPECTION/],
  [{ REQUEST_BODY_LIMIT: 'huge' }, /REQUEST_BODY_LIMIT: must be a size such as 100kb or 1mb/],
  [{ MAX_QUERY_DEPTH: '0' }, /MAX_QUERY_DEPTH/],
  [{ HTTP_CACHE_MAX_AGE: '-1' }, /HTTP_CACHE_MAX_AGE/],
  [{ HTTP_CACHE_MAX_AGE: 'a minute' }, /HTTP_CACHE_MAX_AGE/],
])('%j is refused, naming the variable', (env, message) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(message);
});
