/**
 * Reads a GraphML export back as a GraphML reader (NetworkX, Gephi) does: keys, nodes and edges,
 * each <data> decoded by its key's declared type. Shared by the GraphML export tests.
 */
import { XMLParser } from 'fast-xml-parser';

export interface Key { id: string; for: 'node' | 'edge'; name: string; type: string }
export type Attributes = Record<string, unknown>;
export interface Element { id: string; source?: string; target?: string; data: Attributes }

/** What a GraphML reader (NetworkX, Gephi) does: decode each <data> by its key's declared type. */
function decode(value: string, key: Key): unknown {
  switch (key.type) {
    case 'long':
    case 'int':
    case 'double':
    case 'float':
      return Number(value);
    case 'boolean':
      return value === 'true';
    default:
      return value;
  }
}

export interface ParsedGraphml { keys: Key[]; nodes: Element[]; edges: Element[]; edgedefault: string }

export function readGraphml(xml: string): ParsedGraphml {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    // Repeated elements are always arrays, even when there is one; `key` is also an attribute of <data>.
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  });
  const { graphml } = parser.parse(xml);
  const keys: Key[] = graphml.key.map((k: Record<string, string>) => ({ id: k.id, for: k.for, name: k['attr.name'], type: k['attr.type'] }));
  const element = (kind: 'node' | 'edge') => (raw: Record<string, unknown>): Element => {
    const data: Attributes = {};
    for (const d of (raw.data ?? []) as { key: string; '#text': string }[]) {
      const key = keys.find((k) => k.id === d.key);
      if (!key) throw new Error(`<data key="${d.key}"> has no <key>`);
      expect(key.for).toBe(kind);
      data[key.name] = decode(d['#text'] ?? '', key);
    }
    return { id: raw.id as string, source: raw.source as string | undefined, target: raw.target as string | undefined, data };
  };
  return {
    keys,
    nodes: (graphml.graph.node ?? []).map(element('node')),
    edges: (graphml.graph.edge ?? []).map(element('edge')),
    edgedefault: graphml.graph.edgedefault,
  };
}
