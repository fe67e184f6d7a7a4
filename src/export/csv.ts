/**
 * CSV for spreadsheets and dataframes: one file per node label (`nodes/Person.csv`) and one per
 * relationship type (`relationships/ENTERED_RACE.csv`), each with a header row. Nodes: `id`, then
 * the properties the graph model declares for the label, in declaration order, then the provenance
 * columns `sources` and `quotes` (when the rows have them: a Source is provenance itself);
 * relationships: `id`, `from`, `to` (node ids), the type's declared properties, then `sources` and
 * `quotes`. The columns come from the model, so a file has every declared column even where no row
 * has a value; a stored property the model does not declare is refused (declared-properties.ts).
 * A list (roles, years, sources, quotes) is one cell holding a JSON array, so quotes with commas or
 * semicolons stay whole; `sources[i]` is the source of `quotes[i]`. An empty cell is a property the
 * node does not have.
 *
 * The claims behind the graph are `claims.csv`, one row per claim: `id`, then every property a claim
 * may have (CLAIM_PROPERTIES: what it is about, the property and value it states, its source and
 * whether that source is `stored` (with `quotes`) or `cited` (with `locator` and `excerpt`), when it
 * was added, and how the graph resolved it), with `valueType` after `value` (string, number or
 * boolean: a cell is text, and "1997" is not 1997). A claim with an empty `property` says that its
 * node or relationship exists.
 */
import { stringify } from 'csv-stringify/sync';
import { GraphModel } from '../model/declaration';
import { assertDeclared, DeclaredProperty, nodeProperties, relationshipProperties } from './declared-properties';
import { ExportError } from './export-error';
import { CLAIM_PROPERTIES, ExportedClaim, ExportedGraph, ExportFile, Properties, PropertyValue, PROVENANCE_PROPERTIES } from './exported-graph';

export const CLAIMS_FILE = 'claims.csv';

/** Labels and types become file names: only plain identifiers, so no path can escape the folder. */
const FILE_NAME_SAFE = /^[A-Za-z_][A-Za-z0-9_]*$/;

function cell(value: PropertyValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

/** The columns of one file after the fixed leading ones: the declared properties, provenance last. */
function propertyColumns(declared: DeclaredProperty[], rows: { properties: Properties }[]): string[] {
  const provenance = PROVENANCE_PROPERTIES.filter((name) => rows.some((row) => row.properties[name] !== undefined));
  return [...declared.map(([name]) => name), ...provenance];
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

/** The columns of claims.csv: `id`, the claim properties, `valueType` beside `value`. */
export const CLAIM_COLUMNS: readonly string[] = ['id', ...CLAIM_PROPERTIES.flatMap(([name]) => (name === 'value' ? ['value', 'valueType'] : [name]))];

function claimRecord(claim: ExportedClaim): string[] {
  const { value } = claim.properties;
  const cells: Properties = { ...claim.properties, ...(value === undefined ? {} : { valueType: typeof value }) };
  return CLAIM_COLUMNS.map((column) => (column === 'id' ? claim.id : cell(cells[column])));
}

export function csvFiles(graph: ExportedGraph, model: GraphModel): ExportFile[] {
  assertDeclared(graph, model);
  const files: ExportFile[] = [];
  for (const [label, nodes] of groupBy(graph.nodes, (node) => node.label)) {
    const columns = propertyColumns(nodeProperties(model, label), nodes);
    const records = nodes.map((node) => [node.id, ...columns.map((name) => cell(node.properties[name]))]);
    files.push({ path: fileName('nodes', label), contents: stringify(records, { header: true, columns: ['id', ...columns] }) });
  }
  for (const [type, relationships] of groupBy(graph.relationships, (rel) => rel.type)) {
    const columns = propertyColumns(relationshipProperties(model, type), relationships);
    const records = relationships.map((rel) => [rel.id, rel.from, rel.to, ...columns.map((name) => cell(rel.properties[name]))]);
    files.push({ path: fileName('relationships', type), contents: stringify(records, { header: true, columns: ['id', 'from', 'to', ...columns] }) });
  }
  // Every column, even with no claim (a graph whose claims are not kept yet): the header says what a row would hold.
  files.push({ path: CLAIMS_FILE, contents: stringify((graph.claims ?? []).map(claimRecord), { header: true, columns: [...CLAIM_COLUMNS] }) });
  return files;
}
