/**
 * The one place that reads the environment. Everything else receives a typed `AppConfig`.
 * Every variable here is listed in the README's configuration table (a test checks both agree).
 */
import path from 'node:path';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const positive = (max: number) => z.coerce.number().int().min(1).max(max);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'must be a neo4j://, neo4j+s:// or bolt:// URI')
      .optional(),
  ),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, '.neo4j', 'data')),
  JWT_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  ALLOW_INTROSPECTION: optionalText.pipe(flag.optional()),
  CORS_ORIGINS: optionalText.pipe(z.string().optional()),
  REQUEST_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/, 'must be a size such as 100kb or 1mb').default('100kb'),
  REQUEST_TIMEOUT_MS: positive(600_000).default(15_000),
  NEO4J_TX_TIMEOUT_MS: positive(600_000).default(5_000),
  NEO4J_REQUEST_DEADLINE_MS: positive(600_000).default(2_000),
  NEO4J_MAX_POOL_SIZE: positive(1_000).default(50),
  MAX_QUERY_DEPTH: positive(100).default(10),
  MAX_QUERY_COST: positive(1_000_000).default(5_000),
  MAX_ALIASES: positive(1_000).default(15),
  MAX_DIRECTIVES: positive(1_000).default(20),
  MAX_TOKENS: positive(100_000).default(3_000),
  HTTP_CACHE_MAX_AGE: z.coerce.number().int().min(0).max(31_536_000).default(60),
});

export type Env = z.infer<typeof envSchema>;

export interface QueryLimits {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
  tokens: number;
}

export interface HttpConfig {
  host: string;
  port: number;
  production: boolean;
  /** Introspection and the Sandbox landing page: on in development, off in production unless allowed. */
  introspection: boolean;
  /** Origins allowed to call from a browser; '*' any; empty: none (same-origin only). */
  corsOrigins: string[];
  bodyLimit: string;
  requestTimeoutMs: number;
  limits: QueryLimits;
  /** Seconds a cache may keep a GET query's public answer before revalidating it by its ETag. */
  cacheMaxAge: number;
}

export interface AppConfig {
  http: HttpConfig;
  logLevel: Env['LOG_LEVEL'];
  neo4j: {
    /** The user's own Neo4j; undefined means "start the embedded one". */
    uri?: string;
    user: string;
    password: string;
    database: string;
    /** Every transaction is stopped by Neo4j after this long. */
    txTimeoutMs: number;
    maxPoolSize: number;
    /** The API's requests fail with SERVICE_UNAVAILABLE when Neo4j does not answer within this (deadline.ts). */
    requestDeadlineMs: number;
  };
  embedded: { boltPort: number; dataDir: string };
  /** HS256 secret that editor tokens are signed with; undefined: writes are disabled. */
  jwtSecret?: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    http: {
      host: e.HOST,
      port: e.PORT,
      production,
      introspection: e.ALLOW_INTROSPECTION ?? !production,
      corsOrigins: (e.CORS_ORIGINS ?? (production ? '' : '*')).split(',').map((o) => o.trim()).filter(Boolean),
      bodyLimit: e.REQUEST_BODY_LIMIT,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      limits: { depth: e.MAX_QUERY_DEPTH, cost: e.MAX_QUERY_COST, aliases: e.MAX_ALIASES, directives: e.MAX_DIRECTIVES, tokens: e.MAX_TOKENS },
      cacheMaxAge: e.HTTP_CACHE_MAX_AGE,
    },
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS, maxPoolSize: e.NEO4J_MAX_POOL_SIZE, requestDeadlineMs: e.NEO4J_REQUEST_DEADLINE_MS,
    },
    embedded: { boltPort: e.NEO4J_BOLT_PORT, dataDir: path.resolve(e.NEO4J_DATA_DIR) },
    jwtSecret: e.JWT_SECRET,
  };
}
