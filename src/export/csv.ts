/**
 * CSV for spreadsheets and dataframes: one file per node label (`nodes/Person.csv`) and one per
 * relationship type (`relationships/ENTERED_RACE.csv`), each with a header row. Nodes: `id`, then
 * the label's properties, then the provenance columns `sources` and `quotes`; relationships: `id`,
 * `from`, `to` (node ids), their properties, then `sources` and `quotes`. A list (roles, years,
 * sources, quotes) is one cell holding a JSON array, so quotes with commas or semicolons stay
 * whole; `sources[i]` is the source of `quotes[i]`. An empty cell is a property the node does not have.
 */
import { stringify } from 'csv-stringify/sync';
import { ExportError } from './export-error';
import { ExportedGraph, ExportFile, Properties, PropertyValue, PROVENANCE_PROPERTIES } from './exported-graph';

/** Labels and types become file names: only plain identifiers, so no path can escape the folder. */
const FILE_NAME_SAFE = /^[A-Za-z_][A-Za-z0-9_]*$/;

function cell(value: PropertyValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

/** The columns of one file: the fixed leading ones, the properties in name order, provenance last. */
function propertyColumns(rows: { properties: Properties }[]): string[] {
  const names = new Set(rows.flatMap((row) => Object.keys(row.properties)));
  const provenance = PROVENANCE_PROPERTIES.filter((name) => names.has(name));
  const others = [...names].filter((name) => !(PROVENANCE_PROPERTIES as readonly string[]).includes(name)).sort();
  return [...others, ...provenance];
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  // Code-point order, not the locale's: the same graph gives the same files everywhere.
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function fileName(folder: string, name: string): string {
  if (!FILE_NAME_SAFE.test(name)) throw new ExportError(`"${name}" cannot be a CSV file name (labels and types must be plain identifiers).`);
  return `${folder}/${name}.csv`;
}

export function csvFiles(graph: ExportedGraph): ExportFile[] {
  const files: ExportFile[] = [];
  for (const [label, nodes] of groupBy(graph.nodes, (node) => node.label)) {
    const columns = propertyColumns(nodes);
    const records = nodes.map((node) => [node.id, ...columns.map((name) => cell(node.properties[name]))]);
    files.push({ path: fileName('nodes', label), contents: stringify(records, { header: true, columns: ['id', ...columns] }) });
  }
  for (const [type, relationships] of groupBy(graph.relationships, (rel) => rel.type)) {
    const columns = propertyColumns(relationships);
    const records = relationships.map((rel) => [rel.id, rel.from, rel.to, ...columns.map((name) => cell(rel.properties[name]))]);
    files.push({ path: fileName('relationships', type), contents: stringify(records, { header: true, columns: ['id', 'from', 'to', ...columns] }) });
  }
  return files;
}
