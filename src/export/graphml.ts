/**
 * GraphML (http://graphml.graphdrawing.org/) for Gephi, NetworkX, yEd and Neo4j's APOC: one
 * `graph.graphml`, directed. Every property the graph model declares (on any label for nodes, on
 * any relationship type for edges) gets a `<key>` with the `attr.type` of its declared type (int:
 * long, float: double, boolean: boolean, anything else: string), so readers get numbers and
 * booleans rather than text; GraphML has no list type, so lists (roles, years and the provenance
 * lists `sources` and `quotes`) are JSON arrays in a string, which the key's `<desc>` says.
 * Node labels go in `labels` (":Entity:Person") and relationship types in the edge's `label`, the
 * names APOC's GraphML import reads back and Gephi shows.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { GraphModel, PropertyDeclaration } from '../model/declaration';
import { allNodeProperties, allRelationshipProperties, assertDeclared } from './declared-properties';
import { ExportError } from './export-error';
import { ExportedGraph, ExportFile, Properties, PropertyValue, PROVENANCE_PROPERTIES } from './exported-graph';

export const GRAPHML_FILE = 'graph.graphml';

type Domain = 'node' | 'edge';
type AttrType = 'boolean' | 'long' | 'double' | 'string';

export interface DataKey {
  id: string;
  domain: Domain;
  name: string;
  type: AttrType;
  /** Set when the values are lists, written as JSON arrays. */
  list: boolean;
}

const LABELS_KEY: DataKey = { id: 'labels', domain: 'node', name: 'labels', type: 'string', list: false };
const TYPE_KEY: DataKey = { id: 'label', domain: 'edge', name: 'label', type: 'string', list: false };

/** The GraphML type of a declared property: a key has one type for every label (or type) it serves. */
function attrTypeOf(declaration: PropertyDeclaration): Pick<DataKey, 'type' | 'list'> {
  if (declaration.list) return { type: 'string', list: true };
  if (declaration.type === 'int') return { type: 'long', list: false };
  if (declaration.type === 'float') return { type: 'double', list: false };
  if (declaration.type === 'boolean') return { type: 'boolean', list: false };
  return { type: 'string', list: false };
}

const PROVENANCE_KEY_TYPE = { type: 'string', list: true } as const;

/** The keys of one domain: the reserved one, every declared property, then provenance. */
function keysFor(domain: Domain, reserved: DataKey, declared: Map<string, PropertyDeclaration[]>): DataKey[] {
  const what = domain === 'node' ? 'node' : 'relationship';
  // A property named like the labels/type key would be silently shadowed by it.
  if (declared.has(reserved.name)) {
    throw new ExportError(`The graph model declares a ${what} property "${reserved.name}", which GraphML export uses for ${domain === 'node' ? 'labels' : 'the type'}.`);
  }
  const typed = [...declared].map(([name, declarations]) => {
    const [first, ...others] = declarations.map(attrTypeOf);
    const disagreeing = others.find((other) => other.type !== first.type || other.list !== first.list);
    if (disagreeing) {
      throw new ExportError(`The graph model declares the ${what} property "${name}" with types that one GraphML key cannot hold (${first.list ? 'list' : first.type} and ${disagreeing.list ? 'list' : disagreeing.type}).`);
    }
    return { name, ...first };
  });
  const provenance = PROVENANCE_PROPERTIES.map((name) => ({ name, ...PROVENANCE_KEY_TYPE }));
  return [reserved, ...[...typed, ...provenance].map((key) => ({ id: `${domain === 'node' ? 'n' : 'e'}_${key.name}`, domain, ...key }))];
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

/** Every key a GraphML export of this model has, whatever the graph holds. */
export function graphmlKeys(model: GraphModel): { node: DataKey[]; edge: DataKey[] } {
  return { node: keysFor('node', LABELS_KEY, allNodeProperties(model)), edge: keysFor('edge', TYPE_KEY, allRelationshipProperties(model)) };
}

export function graphmlFiles(graph: ExportedGraph, model: GraphModel): ExportFile[] {
  assertDeclared(graph, model);
  const { node: nodeKeys, edge: edgeKeys } = graphmlKeys(model);
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
