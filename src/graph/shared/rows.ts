/**
 * Turns what Neo4j returns (a node's or relationship's properties) into the objects the GraphQL
 * types resolve from: provenance lists become citations, a node's label becomes its __typename,
 * and list properties a node may lack become empty lists.
 */
import { Citation } from '../../graphql/citation.type';

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

const LIST_PROPERTIES = ['roles', 'formerNames', 'aliases', 'trackTypes', 'years'];

export function citationsOf(properties: Properties): Citation[] {
  const sourceIds = (properties.sources as string[] | undefined) ?? [];
  const quotes = (properties.quotes as string[] | undefined) ?? [];
  return sourceIds.map((sourceId, index) => ({ sourceId, quote: quotes[index] }));
}

function withLists(properties: Properties): Properties {
  const filled = { ...properties };
  for (const key of LIST_PROPERTIES) filled[key] ??= [];
  return filled;
}

export function toEntity(properties: Properties, label: string): EntityRow {
  const { quotes: _quotes, ...rest } = withLists(properties);
  return { ...rest, id: String(properties.id), __typename: label, sources: citationsOf(properties) };
}

export function toEdge(properties: Properties, type: string): EdgeRow {
  const { quotes: _quotes, ...rest } = withLists(properties);
  return { ...rest, type, sources: citationsOf(properties) };
}
