/**
 * GraphML (http://graphml.graphdrawing.org/) for Gephi, NetworkX, yEd and Neo4j's APOC: one
 * `graph.graphml`, directed. Every property gets a `<key>` with its `attr.type`, so readers get
 * numbers and booleans rather than text; GraphML has no list type, so lists (roles, years and the
 * provenance lists `sources` and `quotes`) are JSON arrays in a string, which the key's `<desc>` says.
 * Node labels go in `labels` (":Entity:Person") and relationship types in the edge's `label`, the
 * names APOC's GraphML import reads back and Gephi shows.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { ExportError } from './export-error';
import { ExportedGraph, ExportFile, Properties, PropertyValue } from './exported-graph';

export const GRAPHML_FILE = 'graph.graphml';

type Domain = 'node' | 'edge';
type AttrType = 'boolean' | 'long' | 'double' | 'string';

interface DataKey {
  id: string;
  domain: Domain;
  name: string;
  type: AttrType;
  /** Set when the values are lists, written as JSON arrays. */
  list: boolean;
}

const LABELS_KEY: DataKey = { id: 'labels', domain: 'node', name: 'labels', type: 'string', list: false };
const TYPE_KEY: DataKey = { id: 'label', domain: 'edge', name: 'label', type: 'string', list: false };

/** The narrowest GraphML type that holds every value a property takes across the graph. */
function attrTypeOf(values: PropertyValue[]): Pick<DataKey, 'type' | 'list'> {
  if (values.some(Array.isArray)) return { type: 'string', list: true };
  if (values.every((v) => typeof v === 'boolean')) return { type: 'boolean', list: false };
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return { type: 'long', list: false };
  if (values.every((v) => typeof v === 'number')) return { type: 'double', list: false };
  return { type: 'string', list: false };
}

function keysFor(domain: Domain, reserved: DataKey, elements: { properties: Properties }[]): DataKey[] {
  const valuesByName = new Map<string, PropertyValue[]>();
  for (const { properties } of elements) {
    for (const [name, value] of Object.entries(properties)) {
      valuesByName.set(name, [...(valuesByName.get(name) ?? []), value]);
    }
  }
  // A property named like the labels/type key would be silently shadowed by it.
  if (valuesByName.has(reserved.name)) {
    throw new ExportError(`A ${domain} property is named "${reserved.name}", which GraphML export uses for ${domain === 'node' ? 'labels' : 'the type'}.`);
  }
  const names = [...valuesByName.keys()].sort();
  return [reserved, ...names.map((name) => ({ id: `${domain === 'node' ? 'n' : 'e'}_${name}`, domain, name, ...attrTypeOf(valuesByName.get(name) ?? []) }))];
}

function text(value: PropertyValue, key: DataKey): string {
  return key.list || Array.isArray(value) ? JSON.stringify(Array.isArray(value) ? value : [value]) : String(value);
}

function dataOf(keys: DataKey[], properties: Properties) {
  return keys
    .filter((key) => properties[key.name] !== undefined)
    .map((key) => ({ '@_key': key.id, '#text': text(properties[key.name], key) }));
}

function describeScope(graph: ExportedGraph): string {
  return graph.scope.kind === 'whole-graph'
    ? 'Pitlane Graph: the whole knowledge graph, with provenance (sources and quotes) on every node and edge.'
    : `Pitlane Graph: the nodes within ${graph.scope.depth} ${graph.scope.depth === 1 ? 'hop' : 'hops'} of "${graph.scope.fromId}" and the edges between them, with provenance.`;
}

export function graphmlFiles(graph: ExportedGraph): ExportFile[] {
  const nodeKeys = keysFor('node', LABELS_KEY, graph.nodes);
  const edgeKeys = keysFor('edge', TYPE_KEY, graph.relationships);
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: [...nodeKeys, ...edgeKeys].map((key) => ({
        '@_id': key.id,
        '@_for': key.domain,
        '@_attr.name': key.name,
        '@_attr.type': key.type,
        ...(key.list ? { desc: 'A list, written as a JSON array.' } : {}),
      })),
      graph: {
        '@_id': 'pitlane-graph',
        '@_edgedefault': 'directed',
        desc: describeScope(graph),
        node: graph.nodes.map((node) => ({
          '@_id': node.id,
          data: [{ '@_key': LABELS_KEY.id, '#text': node.labels.map((label) => `:${label}`).join('') }, ...dataOf(nodeKeys.slice(1), node.properties)],
        })),
        edge: graph.relationships.map((rel) => ({
          '@_id': rel.id,
          '@_source': rel.from,
          '@_target': rel.to,
          data: [{ '@_key': TYPE_KEY.id, '#text': rel.type }, ...dataOf(edgeKeys.slice(1), rel.properties)],
        })),
      },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  return [{ path: GRAPHML_FILE, contents: builder.build(document) }];
}
