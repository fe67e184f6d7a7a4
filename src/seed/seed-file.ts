/**
 * Reads a seed file and checks everything that can be checked without the database: YAML syntax,
 * the schema, duplicate ids, relationship endpoints and their labels, and that every quote is a
 * real excerpt of the source's text (src/provenance/quotes.ts). Every problem names the file, the
 * path inside it (with its line) and why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, LineCounter, parseDocument } from 'yaml';
import { describeQuoteProblem, quoteChecker } from '../provenance/quotes';
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { nodeDeclaration, referenceProperties, relationshipDeclaration } from '../model/model-queries';
import { SeedFile, seedSchemas, Support } from './seed-file.schema';
import { sharedEntryProblems } from './seed-file.rules';

export interface SeedProblem {
  file: string;
  /** Path inside the file, e.g. nodes[3].gender */
  path: string;
  line?: number;
  reason: string;
}

export class SeedError extends Error {
  override name = 'SeedError';
  readonly expected = true;
  constructor(readonly problems: SeedProblem[]) {
    super(
      `Seed data is invalid; nothing was written.\n${problems
        .map((p) => `  ${p.file}: ${p.path || '(file)'}${p.line ? ` (line ${p.line})` : ''}: ${p.reason}`)
        .join('\n')}`,
    );
  }
}

export interface ParsedSeedFile {
  file: string;
  data: SeedFile;
  /** A stored source's full text; null for a cited source. */
  sourceText: string | null;
  /** Line of a path inside the file, for messages about it. */
  lineOf(pathInFile: (string | number)[]): number | undefined;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function lineFinder(document: Document, lines: LineCounter) {
  return (pathInFile: (string | number)[]): number | undefined => {
    for (let depth = pathInFile.length; depth >= 0; depth -= 1) {
      const node = document.getIn(pathInFile.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

export function readSeedFile(file: string, model: GraphModel = GRAPH_MODEL): ParsedSeedFile {
  const shown = path.relative(process.cwd(), file) || file;
  const fail = (reason: string, where = '', line?: number): never => {
    throw new SeedError([{ file: shown, path: where, line, reason }]);
  };
  if (!fs.existsSync(file)) fail('file not found');

  const lines = new LineCounter();
  const document = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    fail(`not valid YAML: ${error.message.split('\n')[0]}`, '', lines.linePos(error.pos[0]).line);
  }
  const lineOf = lineFinder(document, lines);

  const parsed = seedSchemas(model).seedFile.safeParse(document.toJS());
  if (!parsed.success) {
    throw new SeedError(
      parsed.error.issues.map((issue) => {
        const where = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        return { file: shown, path: formatPath(where), line: lineOf(where), reason: issue.message };
      }),
    );
  }
  const data = parsed.data;
  if (data.source.text === undefined) return { file: shown, data, sourceText: null, lineOf };
  const textFile = path.resolve(path.dirname(file), data.source.text);
  if (!fs.existsSync(textFile)) fail(`the source text ${data.source.text} does not exist`, 'source.text', lineOf(['source', 'text']));
  const sourceText = fs.readFileSync(textFile, 'utf8');
  return { file: shown, data, sourceText, lineOf };
}

/**
 * Checks that need the whole file: ids, endpoints, labels, quotes. `knownLabels` maps ids that
 * already exist elsewhere (other files, the graph) to their label.
 */
export function checkSeedFile(seed: ParsedSeedFile, knownLabels: ReadonlyMap<string, string>, model: GraphModel = GRAPH_MODEL): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const problem = (where: (string | number)[], reason: string): void => {
    problems.push({ file: seed.file, path: formatPath(where), line: seed.lineOf(where), reason });
  };
  const { source, nodes, relationships } = seed.data;
  const labels = new Map(knownLabels);

  nodes.forEach((node, index) => {
    const seenHere = nodes.findIndex((other) => other.id === node.id);
    if (seenHere !== index) problem(['nodes', index, 'id'], `duplicate id "${node.id}" (first at nodes[${seenHere}])`);
    const elsewhere = knownLabels.get(node.id);
    if (elsewhere && elsewhere !== node.label) {
      problem(['nodes', index, 'id'], `id "${node.id}" is already a ${elsewhere}, not a ${node.label}`);
    }
    labels.set(node.id, node.label);
  });

  // The file's own source can be named too (a date "six years ago" counts from its publication).
  if (!labels.has(source.id)) labels.set(source.id, 'Source');
  nodes.forEach((node, index) => {
    for (const [name, refLabels] of referenceProperties(nodeDeclaration(model, node.label).properties)) {
      const id = (node as Record<string, unknown>)[name];
      if (typeof id === 'string' && !refLabels.includes(labels.get(id) ?? '')) {
        problem(['nodes', index, name], `no ${refLabels.join(' or ')} with id "${id}"`);
      }
    }
  });

  const publisher = labels.get(source.publisher);
  if (publisher !== 'Organization') {
    problem(['source', 'publisher'], `publisher "${source.publisher}" must be an Organization node${publisher ? `, not a ${publisher}` : ''}`);
  }

  const toOne = new Map<string, number>();
  relationships.forEach((rel, index) => {
    const declaration = relationshipDeclaration(model, rel.type);
    const allowed = { from: declaration.from, to: declaration.to };
    for (const end of ['from', 'to'] as const) {
      const label = labels.get(rel[end]);
      if (!label) problem(['relationships', index, end], `no node with id "${rel[end]}"`);
      else if (!(allowed[end] as string[]).includes(label)) {
        problem(['relationships', index, end], `${rel.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${label} (allowed: ${allowed[end].join(', ')})`);
      }
    }
    for (const [name, refLabels] of referenceProperties(declaration.properties)) {
      const id = rel[name];
      if (typeof id === 'string' && !refLabels.includes(labels.get(id) ?? '')) {
        problem(['relationships', index, name], `no ${refLabels.join(' or ')} with id "${id}"`);
      }
    }
    // A to-one relationship (a race is part of one season) is stated once per node at its to-one end.
    const ends = declaration.cardinality === 'many-to-one' ? [rel.from] : declaration.cardinality === 'one-to-many' ? [rel.to]
      : declaration.cardinality === 'one-to-one' ? [rel.from, rel.to] : [];
    for (const id of ends) {
      const key = `${rel.type} ${id === rel.from ? 'from' : 'to'} ${id}`;
      const first = toOne.get(key);
      if (first !== undefined && (relationships[first].from !== rel.from || relationships[first].to !== rel.to)) {
        problem(['relationships', index], `"${id}" has one ${rel.type} at most (${declaration.cardinality}); relationships[${first}] already gives it one`);
      } else toOne.set(key, index);
    }
    if (rel.from === rel.to) problem(['relationships', index, 'to'], 'a relationship cannot connect a node to itself');
  });
  // People sharing one car or bike (one `entry` in a race) share its result: every relationship says the same.
  const declares = (type: string, property: string): boolean => property in relationshipDeclaration(model, type).properties;
  for (const { index, property, reason } of sharedEntryProblems(relationships, declares, (id) => labels.get(id))) {
    problem(['relationships', index, property], reason);
  }

  problems.push(...supportProblems(seed, problem));
  return problems;
}

/**
 * What supports each element: a stored source's elements carry quotes, each a real excerpt of its
 * text; a cited source's carry a locator and a short excerpt, and the source its address and the
 * day it was read.
 */
function supportProblems(seed: ParsedSeedFile, problem: (where: (string | number)[], reason: string) => void): SeedProblem[] {
  const { source, nodes, relationships } = seed.data;
  const elements: ['nodes' | 'relationships', Support[]][] = [['nodes', nodes], ['relationships', relationships]];
  if (seed.sourceText === null) {
    if (source.url === undefined) problem(['source', 'url'], 'a cited source (one without a stored text) needs its url');
    if (source.retrieved === undefined) problem(['source', 'retrieved'], 'a cited source needs the date it was read at its url ("retrieved")');
    for (const [kind, items] of elements) {
      items.forEach((item, index) => {
        if (item.quotes !== undefined) problem([kind, index, 'quotes'], `source "${source.id}" is cited (its text is not stored), so its facts carry a locator and an excerpt, not quotes`);
        if (item.locator === undefined) problem([kind, index], 'a fact of a cited source needs a locator (where in the source it is said, e.g. "paragraph 3")');
        if (item.excerpt === undefined) problem([kind, index], 'a fact of a cited source needs a short excerpt of the passage that says it');
      });
    }
    return [];
  }
  const checkQuote = quoteChecker(seed.sourceText);
  for (const [kind, items] of elements) {
    items.forEach((item, index) => {
      if (item.locator !== undefined || item.excerpt !== undefined) {
        problem([kind, index], `source "${source.id}" is stored (${source.text}), so its facts carry quotes checked against its text, not a locator or an excerpt`);
      }
      if (item.quotes === undefined) problem([kind, index, 'quotes'], 'every fact needs at least one supporting quote');
      (item.quotes ?? []).forEach((quote, q) => {
        const wrong = checkQuote(quote);
        if (wrong) problem([kind, index, 'quotes', q], describeQuoteProblem(wrong, source.text ?? source.id));
      });
    });
  }
  return [];
}
