/**
 * Static checks that docker-compose.yml and the Dockerfile agree with the app (config schema, ports,
 * Neo4j version, runtime data folders). No Docker engine is needed: both files are only parsed.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { envSchema, loadConfig } from '../../src/config/config';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (relative: string): string => fs.readFileSync(path.join(ROOT, relative), 'utf8');

type Dict = Record<string, unknown>;
const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
function dict(value: unknown, what: string): Dict {
  if (!isDict(value)) throw new Error(`${what} is not a mapping`);
  return value;
}

/** Compose `${VAR:-default}` / `${VAR-default}` / `${VAR}` interpolation with an empty environment. */
function interpolate(value: string): string {
  return value
    .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}/g, (_m, _name: string, fallback?: string) => fallback ?? '')
    .replace(/\$\$/g, '$');
}

/** A service's `environment`, in either the mapping or the `KEY=value` list form, interpolated. */
function environmentOf(service: Dict): Record<string, string> {
  const env = service.environment;
  const out: Record<string, string> = {};
  if (Array.isArray(env)) {
    for (const entry of env) {
      const [key, ...rest] = String(entry).split('=');
      out[key] = interpolate(rest.join('='));
    }
  } else if (isDict(env)) {
    for (const [key, value] of Object.entries(env)) out[key] = interpolate(value === null ? '' : String(value));
  }
  return out;
}

/** A service's `ports` (short "[host_ip:]host:container[/proto]" or long syntax); hostIp '' means every interface. */
function portMappings(service: Dict): Array<{ hostIp: string; published: number; target: number }> {
  const ports = Array.isArray(service.ports) ? service.ports : [];
  return ports.map((entry: unknown) => {
    if (isDict(entry)) return { hostIp: String(entry.host_ip ?? ''), published: Number(entry.published), target: Number(entry.target) };
    const parts = String(entry).replace(/\/(tcp|udp)$/, '').split(':');
    const target = Number(parts[parts.length - 1]);
    const published = parts.length >= 2 ? Number(parts[parts.length - 2]) : target;
    const hostIp = parts.slice(0, -2).join(':').replace(/^\[|\]$/g, '');
    return { hostIp, published, target };
  });
}

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions: comments dropped, backslash continuations joined. */
function parseDockerfile(text: string): Instruction[] {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && current === '')) continue;
    if (line.endsWith('\\')) {
      current += line.slice(0, -1) + ' ';
      continue;
    }
    logical.push((current + line).trim());
    current = '';
  }
  if (current.trim() !== '') logical.push(current.trim());
  return logical
    .filter((l) => l !== '')
    .map((l) => {
      const match = /^(\S+)\s*(.*)$/.exec(l);
      return { keyword: (match?.[1] ?? '').toUpperCase(), args: match?.[2] ?? '' };
    });
}

/** Exec-form (JSON array) or shell-form arguments as a list of words. */
function words(args: string): string[] {
  const trimmed = args.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as string[];
  return trimmed.split(/\s+/).filter((w) => w !== '');
}

/** `ENV A=1 B=2` and legacy `ENV A 1`. */
function envInstruction(args: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!args.includes('=')) {
    const [key, ...rest] = args.trim().split(/\s+/);
    out[key] = rest.join(' ');
    return out;
  }
  for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|\S*)/g)) out[match[1]] = match[3] ?? match[2];
  return out;
}

const compose = dict(YAML.parse(read('docker-compose.yml')), 'docker-compose.yml');
const services = dict(compose.services, 'services');
const neo4j = dict(services.neo4j, 'services.neo4j');
const api = dict(services.api, 'services.api');
const apiEnv = environmentOf(api);

const instructions = parseDockerfile(read('Dockerfile'));
const fromIndexes = instructions.flatMap((ins, i) => (ins.keyword === 'FROM' ? [i] : []));
const finalStage = instructions.slice(fromIndexes[fromIndexes.length - 1] ?? 0);
const finalWorkdir = (() => {
  let dir = '/';
  for (const ins of finalStage) if (ins.keyword === 'WORKDIR') dir = path.posix.resolve(dir, ins.args.trim());
  return dir;
})();
const finalEnv = Object.assign({}, ...finalStage.filter((i) => i.keyword === 'ENV').map((i) => envInstruction(i.args))) as Record<
  string,
  string
>;
const exposed = finalStage
  .filter((i) => i.keyword === 'EXPOSE')
  .flatMap((i) => words(i.args))
  .map((p) => Number(p.replace(/\/(tcp|udp)$/, '')));

/** Where each COPY source lands in the final image, keyed by the source's last path segment. */
const copiedTo = new Map<string, string>();
for (const ins of finalStage.filter((i) => i.keyword === 'COPY')) {
  const parts = words(ins.args).filter((w) => !w.startsWith('--'));
  const destination = parts.pop() ?? '';
  for (const source of parts) {
    const name = path.posix.basename(source.replace(/\/+$/, ''));
    const target = path.posix.resolve(finalWorkdir, destination);
    copiedTo.set(name, destination.endsWith('/') && parts.length > 1 ? path.posix.join(target, name) : target);
  }
}

describe('docker-compose.yml and Dockerfile', () => {
  it('runs the Neo4j Community image whose major.minor matches the launcher pom', () => {
    const pomVersion = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(read('neo4j-launcher/pom.xml'))?.[1];
    expect(pomVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const majorMinor = (pomVersion ?? '').split('.').slice(0, 2).join('.');

    const image = String(neo4j.image);
    const match = /^neo4j:(\d+\.\d+)(?:\.\d+)?-community$/.exec(image);
    expect(match).not.toBeNull();
    expect(match?.[1]).toBe(majorMinor);
    expect(image).toBe(`neo4j:${majorMinor}-community`);
  });

  it('gives neo4j a healthcheck and a named volume declared at the top level', () => {
    const healthcheck = dict(neo4j.healthcheck, 'neo4j.healthcheck');
    const test = healthcheck.test;
    expect(Array.isArray(test) ? test.length : String(test ?? '').length).toBeGreaterThan(0);
    expect(Array.isArray(test) ? test[0] : test).not.toBe('NONE');
    expect(healthcheck.disable).not.toBe(true);

    const topLevel = Object.keys(dict(compose.volumes, 'volumes'));
    const namedVolumes = (Array.isArray(neo4j.volumes) ? neo4j.volumes : [])
      .map((v: unknown) => (isDict(v) ? String(v.source ?? '') : String(v).split(':')[0]))
      .filter((source: string) => !source.startsWith('.') && !source.startsWith('/') && !source.startsWith('~'));
    expect(namedVolumes.length).toBeGreaterThan(0);
    for (const name of namedVolumes) expect(topLevel).toContain(name);
  });

  it('sets a Neo4j password that meets the 8-character minimum and matches the api password', () => {
    const auth = environmentOf(neo4j).NEO4J_AUTH ?? '';
    const [user, ...rest] = auth.split('/');
    const password = rest.join('/');
    expect(password.length).toBeGreaterThanOrEqual(8);
    expect(apiEnv.NEO4J_USER).toBe(user);
    expect(apiEnv.NEO4J_PASSWORD).toBe(password);
  });

  it("publishes Neo4j's Browser and Bolt ports on 127.0.0.1 only", () => {
    const mappings = portMappings(neo4j);
    expect(mappings.map((p) => p.target).sort()).toEqual([7474, 7687]);
    for (const mapping of mappings) expect(mapping).toEqual({ hostIp: '127.0.0.1', published: mapping.target, target: mapping.target });
  });

  it('says, next to NEO4J_AUTH and in the README, that the volume keeps the first password and how to change it', () => {
    const composeText = read('docker-compose.yml');
    const authLine = composeText.split('\n').findIndex((line) => /^\s*NEO4J_AUTH:/.test(line));
    expect(composeText.split('\n').slice(Math.max(0, authLine - 4), authLine).join('\n')).toMatch(/FIRST start only/);
    const docker = read('README.md').split(/^### Docker$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
    expect(docker).toMatch(/first start/i);
    // Keep the data: change the password inside Neo4j first, through the service the compose file names.
    expect(docker).toContain('docker compose exec neo4j cypher-shell -u neo4j -p "$OLD_PASSWORD" -d system');
    expect(docker).toContain("ALTER CURRENT USER SET PASSWORD FROM '$OLD_PASSWORD' TO '$NEO4J_PASSWORD'");
    // Or drop the volume, with what that loses.
    expect(docker).toContain('docker compose down -v');
    expect(Object.keys(services)).toContain('neo4j');
  });

  it('starts the api only once neo4j is healthy', () => {
    const dependsOn = dict(api.depends_on, 'api.depends_on');
    expect(dict(dependsOn.neo4j, 'api.depends_on.neo4j').condition).toBe('service_healthy');
  });

  it('sets only environment variables the app config knows, including the required ones', () => {
    const known = Object.keys(envSchema.shape);
    for (const name of Object.keys(apiEnv)) expect(known).toContain(name);
    for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'HOST', 'PORT']) expect(Object.keys(apiEnv)).toContain(name);
    // The values, as compose would interpolate them with no .env, pass the app's own validation.
    expect(envSchema.safeParse(apiEnv).success).toBe(true);
  });

  it('publishes the same port the api listens on, the Dockerfile exposes and the config defaults to', () => {
    const defaultPort = envSchema.parse({}).PORT;
    const envPort = Number(apiEnv.PORT);
    expect(envPort).toBe(defaultPort);
    expect(exposed).toContain(envPort);
    expect(Number(finalEnv.PORT)).toBe(envPort);
    const targets = portMappings(api).map((p) => p.target);
    expect(targets).toContain(envPort);
    expect(portMappings(api).find((p) => p.target === envPort)?.published).toBe(envPort);
  });

  it('points NEO4J_URI at the neo4j service over neo4j://, on a port that service exposes', () => {
    const uri = new URL(apiEnv.NEO4J_URI ?? '');
    expect(uri.protocol).toBe('neo4j:');
    expect(Object.keys(services)).toContain(uri.hostname);
    expect(uri.hostname).toBe(Object.keys(dict(api.depends_on, 'api.depends_on'))[0]);
    const boltPort = Number(uri.port || envSchema.parse({}).NEO4J_BOLT_PORT);
    expect(portMappings(dict(services[uri.hostname], uri.hostname)).map((p) => p.target)).toContain(boltPort);
  });

  it('is a multi-stage Dockerfile whose final stage runs dist/main.js as a non-root user', () => {
    expect(fromIndexes.length).toBeGreaterThanOrEqual(2);

    const users = finalStage.filter((i) => i.keyword === 'USER').map((i) => i.args.trim().split(':')[0]);
    expect(users.length).toBeGreaterThan(0);
    expect(['root', '0']).not.toContain(users[users.length - 1]);

    const cmds = finalStage.filter((i) => i.keyword === 'CMD');
    const cmd = words(cmds[cmds.length - 1]?.args ?? '[]');
    // Same command as package.json's start script (minus its prestart build).
    const start = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(cmd).toEqual(start.scripts.start.trim().split(/\s+/));
    const entry = cmd.find((w) => /\.js$/.test(w)) ?? '';
    expect(path.posix.resolve(finalWorkdir, entry)).toBe(path.posix.join(copiedTo.get('dist') ?? '?', 'main.js'));
  });

  it('copies cypher/ and seed/ next to dist/, where the app looks for them at run time', () => {
    const dist = copiedTo.get('dist');
    expect(dist).toBeDefined();
    for (const folder of ['cypher', 'seed']) {
      expect(fs.statSync(path.join(ROOT, folder)).isDirectory()).toBe(true);
      expect(copiedTo.get(folder)).toBe(path.posix.join(path.posix.dirname(dist ?? ''), folder));
    }
  });

  it('probes /health/live, a route the server defines, with node rather than curl', () => {
    const healthchecks = finalStage.filter((i) => i.keyword === 'HEALTHCHECK');
    expect(healthchecks).toHaveLength(1);
    const probe = healthchecks[0].args;
    const route = /\/health\/live/.exec(probe)?.[0] ?? '';
    expect(route).not.toBe('');
    expect(read('src/server/http-server.ts')).toContain(`'${route}'`);
    expect(probe).toMatch(/CMD\s+\[\s*"node"/);
    expect(probe).not.toMatch(/\bcurl\b/);
  });

  it('keeps build outputs and local state out of the build context', () => {
    const ignored = read('.dockerignore')
      .split(/\r?\n/)
      .map((l) => l.trim().replace(/^\/+|\/+$/g, ''))
      .filter((l) => l !== '' && !l.startsWith('#'));
    for (const entry of ['node_modules', 'dist', '.neo4j', '.git']) expect(ignored).toContain(entry);
    for (const folder of ['cypher', 'seed', 'src']) expect(ignored).not.toContain(folder);
  });

  it('runs the api in production mode with introspection on, for the GraphQL IDE the README sends users to', () => {
    expect(apiEnv.NODE_ENV).toBe('production');
    const config = loadConfig({ ...apiEnv });
    expect(config.http.introspection).toBe(true);

    const readme = read('README.md');
    const docker = /^### Docker\n([\s\S]*?)(?=^##)/m.exec(readme)?.[1] ?? '';
    expect(docker).toContain(`http://localhost:${apiEnv.PORT}/graphiql/`);
    expect(docker).toContain(`http://localhost:${apiEnv.PORT}/explore/`);
    expect(docker).toContain('ALLOW_INTROSPECTION');
    // Apollo Sandbox is not served (it came from a CDN, and was refused by CSRF prevention here):
    // a browser opening /graphql gets the IDE.
    expect(readme).not.toMatch(/in a browser for Apollo Sandbox/);
    expect(readme).toMatch(/Open http:\/\/localhost:4000\/graphql in a browser for the GraphQL IDE/);
  });
});
