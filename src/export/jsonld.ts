/**
 * JSON-LD for linked-data tools: one `graph.jsonld` with its context inline (no network needed to
 * read it). Terms are schema.org where they fit (Person, SportsTeam, SportsEvent, name, children,
 * memberOf, ...) and the project's vocabulary otherwise; every node also keeps its own label as a
 * type (`pitlane:Person`). A relationship is written twice: as a plain statement between the two
 * nodes (`amber-balcaen schema:memberOf balcaen-family`), for tools that just follow links, and as an
 * `rdf:Statement` of its own that carries the relationship's type, properties and provenance.
 * Provenance is PROV-O: `prov:wasDerivedFrom` the Source nodes, and one `prov:qualifiedDerivation`
 * per quote, naming the source (`prov:entity`) and the sentence (`pitlane:quote`).
 */
import { sourcedQuotesOf } from '../provenance/citations';
import { ExportedGraph, ExportedNode, ExportedRelationship, ExportFile, Properties, PROVENANCE_PROPERTIES } from './exported-graph';

export const JSONLD_FILE = 'graph.jsonld';

/** IRIs are names, not addresses: stable, built from the ids, and never pretending to resolve. */
export const NODE_IRI_BASE = 'urn:pitlane-graph:node:';
export const RELATIONSHIP_IRI_BASE = 'urn:pitlane-graph:relationship:';
export const VOCABULARY_IRI = 'urn:pitlane-graph:vocab:';

export const nodeIri = (id: string): string => `${NODE_IRI_BASE}${id}`;
export const relationshipIri = (id: string): string => `${RELATIONSHIP_IRI_BASE}${id}`;

const PREFIXES = {
  pitlane: VOCABULARY_IRI,
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;

/** schema.org types per label; a label not listed has no fitting schema.org type. */
const SCHEMA_TYPES: Record<string, string[]> = {
  Person: ['schema:Person'],
  Team: ['schema:SportsTeam'],
  Organization: ['schema:Organization'],
  Series: ['schema:EventSeries'],
  Season: ['schema:EventSeries'],
  Race: ['schema:SportsEvent'],
  Venue: ['schema:Place'],
  Place: ['schema:Place'],
  Event: ['schema:Event'],
  Source: ['schema:CreativeWork'],
};

/** schema.org properties that say what ours say; the rest fall to the project vocabulary (@vocab). */
const SCHEMA_PROPERTIES: Record<string, string> = {
  name: 'schema:name',
  // Achievements, events, studies and sources have a title where other nodes have a name.
  title: 'schema:name',
  description: 'schema:description',
  gender: 'schema:gender',
  nationality: 'schema:nationality',
  aliases: 'schema:alternateName',
  date: 'schema:startDate',
  published: 'schema:datePublished',
  text: 'schema:text',
};

/** Properties whose values are IRIs: a web address, or the id of another node. */
const IRI_PROPERTIES: Record<string, { iri: string; toIri: (value: string) => string }> = {
  url: { iri: 'schema:url', toIri: (value) => value },
  team: { iri: 'pitlane:team', toIri: nodeIri },
};

/** Relationship types with a schema.org property of the same meaning and direction. */
const SCHEMA_PREDICATES: Record<string, string> = {
  PARENT_OF: 'schema:children',
  SIBLING_OF: 'schema:sibling',
  SPOUSE_OF: 'schema:spouse',
  MEMBER_OF: 'schema:memberOf',
  DROVE_FOR: 'schema:memberOf',
  PART_OF: 'schema:parentOrganization',
  PUBLISHED_BY: 'schema:publisher',
  HELD_AT: 'schema:location',
  HEADQUARTERED_IN: 'schema:location',
  LOCATED_IN: 'schema:containedInPlace',
  OF_SERIES: 'schema:superEvent',
  PART_OF_SEASON: 'schema:superEvent',
};

const iriTerm = (iri: string) => ({ '@id': iri, '@type': '@id' });

export const JSONLD_CONTEXT = {
  '@vocab': VOCABULARY_IRI,
  ...PREFIXES,
  ...SCHEMA_PROPERTIES,
  ...Object.fromEntries(Object.entries(IRI_PROPERTIES).map(([name, { iri }]) => [name, iriTerm(iri)])),
  ...Object.fromEntries(Object.entries(SCHEMA_PREDICATES).map(([type, iri]) => [type, iriTerm(iri)])),
  wasDerivedFrom: iriTerm('prov:wasDerivedFrom'),
  qualifiedDerivation: 'prov:qualifiedDerivation',
  entity: iriTerm('prov:entity'),
  quote: 'pitlane:quote',
  subject: iriTerm('rdf:subject'),
  predicate: iriTerm('rdf:predicate'),
  object: iriTerm('rdf:object'),
  relationshipType: 'pitlane:relationshipType',
};

function expandCompact(compact: string): string {
  const [prefix, local] = compact.split(/:(.*)/s);
  return `${PREFIXES[prefix as keyof typeof PREFIXES]}${local}`;
}

/** The full IRI of the plain statement a relationship type becomes. */
export function predicateIri(type: string): string {
  return expandCompact(SCHEMA_PREDICATES[type] ?? `pitlane:${type}`);
}

type JsonLdObject = Record<string, unknown>;

function propertiesOf(properties: Properties): JsonLdObject {
  const object: JsonLdObject = {};
  for (const [name, value] of Object.entries(properties)) {
    if ((PROVENANCE_PROPERTIES as readonly string[]).includes(name)) continue;
    const reference = IRI_PROPERTIES[name];
    if (!reference) object[name] = value;
    else object[name] = Array.isArray(value) ? value.map((v) => reference.toIri(String(v))) : reference.toIri(String(value));
  }
  return object;
}

function provenanceOf(properties: Properties): JsonLdObject {
  const citations = sourcedQuotesOf(properties);
  if (citations.length === 0) return {};
  return {
    wasDerivedFrom: [...new Set(citations.map((c) => c.sourceId))].map(nodeIri),
    qualifiedDerivation: citations.map((c) => ({ '@type': 'prov:Derivation', entity: nodeIri(c.sourceId), quote: c.quote })),
  };
}

function nodeObject(node: ExportedNode, outgoing: ExportedRelationship[]): JsonLdObject {
  const links: Record<string, { '@id': string }[]> = {};
  for (const rel of outgoing) links[rel.type] = [...(links[rel.type] ?? []), { '@id': nodeIri(rel.to) }];
  return {
    '@id': nodeIri(node.id),
    '@type': [`pitlane:${node.label}`, ...(SCHEMA_TYPES[node.label] ?? []),
      // A sanctioning body is the sports organisation schema.org has a type for.
      ...(node.label === 'Organization' && node.properties.kind === 'sanctioning-body' ? ['schema:SportsOrganization'] : [])],
    id: node.id,
    ...propertiesOf(node.properties),
    ...provenanceOf(node.properties),
    ...links,
  };
}

function statementObject(rel: ExportedRelationship): JsonLdObject {
  return {
    '@id': relationshipIri(rel.id),
    '@type': 'rdf:Statement',
    subject: nodeIri(rel.from),
    predicate: predicateIri(rel.type),
    object: nodeIri(rel.to),
    relationshipType: rel.type,
    ...propertiesOf(rel.properties),
    ...provenanceOf(rel.properties),
  };
}

export function jsonldDocument(graph: ExportedGraph): JsonLdObject {
  const outgoing = new Map<string, ExportedRelationship[]>();
  for (const rel of graph.relationships) outgoing.set(rel.from, [...(outgoing.get(rel.from) ?? []), rel]);
  return {
    '@context': JSONLD_CONTEXT,
    '@graph': [
      ...graph.nodes.map((node) => nodeObject(node, outgoing.get(node.id) ?? [])),
      ...graph.relationships.map(statementObject),
    ],
  };
}

export function jsonldFiles(graph: ExportedGraph): ExportFile[] {
  return [{ path: JSONLD_FILE, contents: `${JSON.stringify(jsonldDocument(graph), null, 2)}\n` }];
}
