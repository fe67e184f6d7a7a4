/**
 * Turns `--param key=value` pairs into the typed parameters a named query declares, and says
 * clearly which parameter is missing, unknown or of the wrong type.
 */
import { NamedQuery, QueryParam } from '../db/cypher-files';
import { UsageError } from './run-cli';

function convert(param: QueryParam, raw: string): unknown {
  switch (param.type) {
    case 'integer': {
      if (!/^-?\d+$/.test(raw)) throw new UsageError(`--param ${param.name} must be a whole number, got "${raw}"`);
      return Number(raw);
    }
    case 'float': {
      const value = Number(raw);
      if (raw.trim() === '' || Number.isNaN(value)) throw new UsageError(`--param ${param.name} must be a number, got "${raw}"`);
      return value;
    }
    case 'boolean': {
      if (raw !== 'true' && raw !== 'false') throw new UsageError(`--param ${param.name} must be true or false, got "${raw}"`);
      return raw === 'true';
    }
    case 'string[]':
      return raw.split(',').map((item) => item.trim()).filter(Boolean);
    default:
      return raw;
  }
}

export function queryParams(query: NamedQuery, pairs: string[]): Record<string, unknown> {
  const given = new Map<string, string>();
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--param takes key=value, got "${pair}"`);
    given.set(pair.slice(0, at), pair.slice(at + 1));
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
