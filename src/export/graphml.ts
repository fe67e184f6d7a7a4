/**
 * GraphML (http://graphml.graphdrawing.org/) for Gephi, NetworkX, yEd and Neo4j's APOC: one
 * `graph.graphml`, directed. Every property the graph model declares (on any label for nodes, on
 * any relationship type for edges) gets a `<key>` with the `attr.type` of its declared type (int:
 * long, float: double, boolean: boolean, anything else: string), so readers get numbers and
 * booleans rather than text; GraphML has no list type, so lists (roles, years and the provenance
 * lists `sources` and `quotes`) are JSON arrays in a string, which the key's `<desc>` says.
 * Node labels go in `labels` (":Entity:Person") and relationship types in the edge's `label`, the
 * names APOC's GraphML import reads back and Gephi shows.
 *
 * The claims behind the graph are nodes as in Neo4j: `labels` ":Claim", no edges (a claim names
 * what it is about in `subject`, `from`, `to`, `entities`), and a key of their own (`c_<name>`,
 * named as the claim property) for each of CLAIM_PROPERTIES, so a claim's `storage` (stored or
 * cited), `quotes`, `locator`, `excerpt`, `preferred`, ... read back under their names. A claim's
 * value keeps its type: it is written under one of four keys named `value` (`c_value_string`,
 * `c_value_long`, `c_value_double`, `c_value_boolean`), the one of its type.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { GraphModel, PropertyDeclaration } from '../model/declaration';
import { allNodeProperties, allRelationshipProperties, assertDeclared } from './declared-properties';
import { ExportError } from './export-error';
import {
  CLAIM_PROPERTIES, ClaimPropertyType, ExportedClaim, ExportedGraph, ExportFile, Properties, PropertyValue, PROVENANCE_PROPERTIES,
} from './exported-graph';

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
    ? 'Pitlane Graph: the whole knowledge graph, with provenance (sources and quotes) on every node and edge, and its claims (nodes labelled :Claim).'
    : `Pitlane Graph: the nodes within ${graph.scope.depth} ${graph.scope.depth === 1 ? 'hop' : 'hops'} of "${graph.scope.fromId}" and the edges between them, with provenance, and the claims about them (nodes labelled :Claim).`;
}

const CLAIM_LABELS = ':Claim';

const claimAttrType = (type: ClaimPropertyType): Pick<DataKey, 'type' | 'list'> =>
  type === 'list' ? { type: 'string', list: true } : { type: type === 'int' ? 'long' : type === 'boolean' ? 'boolean' : 'string', list: false };

/** A claim's value under the key of its type. */
const VALUE_KEYS: Record<'string' | 'long' | 'double' | 'boolean', DataKey> = Object.fromEntries(
  (['string', 'long', 'double', 'boolean'] as const).map((type) => [type, { id: `c_value_${type}`, domain: 'node', name: 'value', type, list: false }]),
) as Record<'string' | 'long' | 'double' | 'boolean', DataKey>;

/** The keys of claim nodes: one per claim property (four for the value, one per type). */
export function claimKeys(): DataKey[] {
  return CLAIM_PROPERTIES.flatMap(([name, type]): DataKey[] =>
    (type === 'scalar' ? Object.values(VALUE_KEYS) : [{ id: `c_${name}`, domain: 'node', name, ...claimAttrType(type) }]));
}

function valueKey(value: PropertyValue): DataKey {
  if (typeof value === 'boolean') return VALUE_KEYS.boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? VALUE_KEYS.long : VALUE_KEYS.double;
  return VALUE_KEYS.string;
}

function claimNode(claim: ExportedClaim, keys: DataKey[]) {
  const { value, ...properties } = claim.properties;
  return {
    '@_id': claim.id,
    data: [
      { '@_key': LABELS_KEY.id, '#text': CLAIM_LABELS },
      ...dataOf(keys.filter((key) => key.name !== 'value'), properties),
      ...(value === undefined ? [] : [{ '@_key': valueKey(value).id, '#text': text(value, valueKey(value)) }]),
    ],
  };
}

/** Every key a GraphML export of this model has, whatever the graph holds. */
export function graphmlKeys(model: GraphModel): { node: DataKey[]; edge: DataKey[] } {
  return { node: keysFor('node', LABELS_KEY, allNodeProperties(model)), edge: keysFor('edge', TYPE_KEY, allRelationshipProperties(model)) };
}

export function graphmlFiles(graph: ExportedGraph, model: GraphModel): ExportFile[] {
  assertDeclared(graph, model);
  const { node: nodeKeys, edge: edgeKeys } = graphmlKeys(model);
  const claims = graph.claims ?? [];
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const clash = claims.find((claim) => nodeIds.has(claim.id));
  if (clash) throw new ExportError(`Claim "${clash.id}" has the id of a node of the graph: GraphML needs every node id once.`);
  const claimKeyList = claimKeys();
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: [...nodeKeys, ...claimKeyList, ...edgeKeys].map((key) => ({
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
        node: [
          ...graph.nodes.map((node) => ({
            '@_id': node.id,
            data: [{ '@_key': LABELS_KEY.id, '#text': node.labels.map((label) => `:${label}`).join('') }, ...dataOf(nodeKeys.slice(1), node.properties)],
          })),
          ...claims.map((claim) => claimNode(claim, claimKeyList)),
        ],
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
