/**
 * What loading a seed file would do to the graph, without writing: each node and relationship is
 * created, changed (which properties, or new quotes) or left alone. `npm run ingest` prints this.
 */
import { isDeepStrictEqual } from 'node:util';
import { CypherRunner } from '../db/database';
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { nodeRow, relationshipRows, sourceRow } from './seed-rows';
import { EXISTING_NODES, EXISTING_RELATIONSHIPS, SOURCE_PUBLISHERS } from './seed.cypher';
import { ParsedSeedFile } from './seed-file';

export type Change = 'create' | 'change' | 'unchanged';

export interface DiffLine {
  change: Change;
  what: string;
  /** For changes: the properties that differ, and "quotes" when this source's quotes do. */
  fields: string[];
}

export interface SeedDiff {
  file: string;
  sourceId: string;
  lines: DiffLine[];
  counts: Record<Change, number>;
}

type Properties = Record<string, unknown>;

function compare(existing: Properties | undefined, properties: Properties, quotes: string[], sourceId: string): { change: Change; fields: string[] } {
  if (!existing) return { change: 'create', fields: [] };
  const fields = Object.keys(properties).filter((key) => !isDeepStrictEqual(existing[key], properties[key]));
  const sources = (existing.sources as string[] | undefined) ?? [];
  const storedQuotes = ((existing.quotes as string[] | undefined) ?? []).filter((_, i) => sources[i] === sourceId);
  if (!isDeepStrictEqual(storedQuotes, quotes)) fields.push('quotes');
  return { change: fields.length ? 'change' : 'unchanged', fields };
}

export async function diffSeedFile(db: CypherRunner, seed: ParsedSeedFile, model: GraphModel = GRAPH_MODEL): Promise<SeedDiff> {
  const sourceId = seed.data.source.id;
  const nodes = seed.data.nodes.map(nodeRow);
  // The rows the loader would write: symmetric relationships in the direction they are stored in.
  const relationships = seed.data.relationships.map(relationshipRows(model));

  const existingNodes = new Map((await db.read(EXISTING_NODES, { ids: [sourceId, ...nodes.map((n) => n.id)] }))
    .map((row) => [row.id as string, row.properties as Properties]));
  const existingRelationships = new Map((await db.read(EXISTING_RELATIONSHIPS, {
    relationships: relationships.map(({ type, from, to, properties }) => ({ type, from, to, key: properties.key ?? null })),
  })).map((row) => [row.key as string, row.properties as Properties]));

  const lines: DiffLine[] = [];
  const source = sourceRow(seed);
  const storedSource = existingNodes.get(sourceId);
  if (!storedSource) lines.push({ change: 'create', what: `(:Source {id: '${sourceId}'})`, fields: [] });
  else {
    const [{ publishers }] = await db.read(SOURCE_PUBLISHERS, { sourceId });
    const fields = Object.keys(source.properties).filter((key) => !isDeepStrictEqual(storedSource[key], source.properties[key]));
    if (!(publishers as string[]).includes(source.publisher)) fields.push('publisher');
    lines.push({ change: fields.length ? 'change' : 'unchanged', what: `(:Source {id: '${sourceId}'})`, fields });
  }
  for (const node of nodes) {
    lines.push({ ...compare(existingNodes.get(node.id), node.properties, node.quotes, sourceId), what: `(:${node.label} {id: '${node.id}'})` });
  }
  for (const rel of relationships) {
    const identity = rel.properties.key === undefined ? '' : ` ${rel.properties.key as string}`;
    const key = `${rel.from} ${rel.type} ${rel.to}${identity}`;
    const what = `(${rel.from})-[:${rel.type}${identity ? ` {key: '${identity.trim()}'}` : ''}]->(${rel.to})`;
    lines.push({ ...compare(existingRelationships.get(key), rel.properties, rel.quotes, sourceId), what });
  }
  const counts = { create: 0, change: 0, unchanged: 0 };
  lines.forEach((line) => (counts[line.change] += 1));
  return { file: seed.file, sourceId, lines, counts };
}
