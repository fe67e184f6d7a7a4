/**
 * Reads the Cypher that lives in `cypher/`: the named analyst queries (and splits the migrations of
 * cypher/migrations/ into statements).
 * The API runs the same files for lineage, connection and timeline, so there is one copy of each.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

export type ParamType = 'string' | 'integer' | 'float' | 'boolean' | 'string[]';

export interface QueryParam {
  name: string;
  type: ParamType;
  /** Declared as `type?`: may be left out (the query then uses its default). */
  optional: boolean;
  description: string;
}

export interface NamedQuery {
  name: string;
  /** The header's first line: what the query answers. */
  summary: string;
  params: QueryParam[];
  cypher: string;
}

// `// @param name type[?] description`, e.g. `// @param maxDepth integer? how many hops (default 4)`
const PARAM_LINE = /^\/\/\s*@param\s+(\w+)\s+(string\[\]|string|integer|float|boolean)(\?)?\s+(.*)$/;

/** Statements of a multi-statement text, without comments, split on semicolons at line ends. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export function namedQueryNames(directory: string = CYPHER_DIR): string[] {
  return fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => file.replace(/\.cypher$/, ''))
    .sort();
}

const cache = new Map<string, NamedQuery>();

/** A query of the library (cypher/), or of another folder of named queries such as bench/cypher/. */
export function namedQuery(name: string, directory: string = CYPHER_DIR): NamedQuery {
  const file = path.join(directory, `${name}.cypher`);
  const cached = cache.get(file);
  if (cached) return cached;
  if (!namedQueryNames(directory).includes(name)) {
    const folder = path.relative(PROJECT_ROOT, directory);
    throw new Error(`No query named "${name}" in ${folder}/. Known queries: ${namedQueryNames(directory).join(', ')}`);
  }
  const cypher = fs.readFileSync(file, 'utf8');
  const header = cypher.split('\n').filter((line) => line.startsWith('//'));
  const params = header.flatMap((line) => {
    const match = PARAM_LINE.exec(line);
    return match
      ? [{ name: match[1], type: match[2] as ParamType, optional: match[3] === '?', description: match[4].trim() }]
      : [];
  });
  const summary = (header[0] ?? '').replace(/^\/\/\s*/, '');
  const query = { name, summary, params, cypher };
  cache.set(file, query);
  return query;
}
