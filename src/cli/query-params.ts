/**
 * Turns `--param key=value` pairs into the typed parameters a named query declares, and says
 * clearly which parameter is missing, unknown, repeated or of the wrong type.
 *
 * The rule (also in `npm run cypher -- --help` and the README): a value may be written as JSON,
 * and the type the query declares for the parameter decides what it becomes.
 * - `string`: taken as written (`personId=2022` is the string "2022"); a JSON string in double
 *   quotes is unquoted; a JSON list or object is refused.
 * - `integer`, `float`, `boolean`: a JSON number (whole for integer) or `true`/`false`.
 * - `string[]`: a JSON list of strings (`personIds=["amber-balcaen","danica-patrick"]`), or
 *   comma-separated words (`personIds=amber-balcaen,danica-patrick`).
 * A value that starts with `[` or `{` must be valid JSON: usually the shell removed its quotes.
 */
import { NamedQuery, QueryParam } from '../db/cypher-files';
import { UsageError } from './run-cli';

export const PARAM_RULES = `Parameters (--param key=value, repeatable; the query's declared type decides the value):
  string     taken as written, e.g. personId=amber-balcaen, or a JSON string "..."
  integer    a whole number, e.g. maxDepth=3        float    a number, e.g. 2.5
  boolean    true or false
  string[]   a JSON list, e.g. personIds='["amber-balcaen","danica-patrick"]' (single quotes keep
             the shell from eating the double quotes), or comma-separated: personIds=amber-balcaen,danica-patrick
An optional parameter (type?) left out is null, and the query uses its default. A value starting
with [ or { must be valid JSON.`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const EXAMPLES: Record<QueryParam['type'], string> = {
  string: 'amber-balcaen',
  integer: '3',
  float: '2.5',
  boolean: 'true',
  'string[]': `'["amber-balcaen","danica-patrick"]'`,
};

function parseJson(raw: string): { ok: true; value: Json } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) as Json };
  } catch {
    return { ok: false };
  }
}

function convert(param: QueryParam, raw: string): unknown {
  const wrong = (what: string) => new UsageError(`--param ${param.name} must be ${what}, got ${JSON.stringify(raw)} (e.g. ${param.name}=${EXAMPLES[param.type]})`);
  const trimmed = raw.trim();
  const json = parseJson(trimmed);
  if (!json.ok && /^[[{]/.test(trimmed)) {
    throw new UsageError(
      `--param ${param.name}=${raw} starts like JSON but is not valid JSON; did the shell remove its quotes? ` +
        `Wrap the whole pair in single quotes: --param '${param.name}=${EXAMPLES[param.type].replace(/^'|'$/g, '')}'`,
    );
  }
  const value = json.ok ? json.value : undefined;
  switch (param.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw wrong('a whole number');
      return value;
    case 'float':
      if (typeof value !== 'number') throw wrong('a number');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong('true or false');
      return value;
    case 'string[]': {
      if (Array.isArray(value)) {
        if (!value.every((item): item is string => typeof item === 'string')) throw wrong('a list of strings');
        return value;
      }
      if (typeof value === 'string') return [value];
      if (value !== null && typeof value === 'object') throw wrong('a list of strings');
      // Not JSON, or a number or true/false: words, so ids that look like numbers stay strings.
      const items = raw.split(',').map((item) => item.trim()).filter(Boolean);
      if (items.length === 0) throw wrong('a list of strings');
      return items;
    }
    default:
      if (typeof value === 'string') return value;
      if (value !== null && typeof value === 'object') throw wrong('one string, not a list or an object');
      return raw;
  }
}

export function queryParams(query: NamedQuery, pairs: string[]): Record<string, unknown> {
  const given = new Map<string, string>();
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--param takes key=value, got "${pair}"`);
    const name = pair.slice(0, at);
    if (given.has(name)) throw new UsageError(`--param ${name} is given twice: pass it once (a list is one JSON value, e.g. '${name}=["a","b"]')`);
    given.set(name, pair.slice(at + 1));
  }
  const declared = new Set(query.params.map((p) => p.name));
  for (const name of given.keys()) {
    if (!declared.has(name)) {
      throw new UsageError(`"${query.name}" has no parameter "${name}". It takes: ${describeParams(query)}`);
    }
  }
  const params: Record<string, unknown> = {};
  for (const param of query.params) {
    const raw = given.get(param.name);
    if (raw === undefined) {
      if (!param.optional) throw new UsageError(`"${query.name}" needs --param ${param.name}=<${param.type}> (${param.description})`);
      params[param.name] = null;
    } else {
      params[param.name] = convert(param, raw);
    }
  }
  return params;
}

export function describeParams(query: NamedQuery): string {
  if (query.params.length === 0) return '(no parameters)';
  return query.params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`).join(', ');
}
