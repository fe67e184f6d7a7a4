/**
 * The one place that reads the environment. Everything else receives a typed `AppConfig`.
 * Every variable here is listed in the README's configuration table (a test checks both agree).
 */
import path from 'node:path';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const envSchema = z.object({
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
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  http: { host: string; port: number };
  logLevel: Env['LOG_LEVEL'];
  neo4j: {
    /** The user's own Neo4j; undefined means "start the embedded one". */
    uri?: string;
    user: string;
    password: string;
    database: string;
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
  return {
    http: { host: e.HOST, port: e.PORT },
    logLevel: e.LOG_LEVEL,
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    embedded: { boltPort: e.NEO4J_BOLT_PORT, dataDir: path.resolve(e.NEO4J_DATA_DIR) },
    jwtSecret: e.JWT_SECRET,
  };
}
