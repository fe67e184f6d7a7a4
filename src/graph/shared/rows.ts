/**
 * Turns what Neo4j returns (a node's or relationship's properties) into the objects the GraphQL
 * types resolve from: provenance lists become citations and a node's label becomes its __typename.
 * (A list property a node lacks reads as empty through its field, which the model declares.)
 */
import { Citation } from '../../graphql/citation.type';
import { sourcedQuotesOf } from '../../provenance/citations';

export type Properties = Record<string, unknown>;

export interface EntityRow {
  __typename: string;
  id: string;
  sources: Citation[];
  [property: string]: unknown;
}

export interface EdgeRow {
  type: string;
  sources: Citation[];
  [property: string]: unknown;
}

export function citationsOf(properties: Properties): Citation[] {
  return sourcedQuotesOf(properties);
}

/**
 * One copy of the properties, without the raw provenance lists. Built in one pass: this runs for every node and relationship a request reads, and
 * spreading and destructuring three times showed up in profiles of large lists.
 */
function rowOf(properties: Properties): Properties {
  const row: Properties = {};
  for (const key of Object.keys(properties)) {
    if (key !== 'quotes' && key !== 'sources') row[key] = properties[key];
  }
  return row;
}

export function toEntity(properties: Properties, label: string): EntityRow {
  const row = rowOf(properties);
  row.id = String(properties.id);
  row.__typename = label;
  row.sources = citationsOf(properties);
  return row as EntityRow;
}

export function toEdge(properties: Properties, type: string): EdgeRow {
  const row = rowOf(properties);
  row.type = type;
  row.sources = citationsOf(properties);
  return row as EdgeRow;
}
