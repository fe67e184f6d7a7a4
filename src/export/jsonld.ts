/**
 * JSON-LD for linked-data tools: one `graph.jsonld` with its context inline (no network needed to
 * read it). Terms are schema.org where they fit (Person, SportsTeam, SportsEvent, name, children,
 * memberOf, ...) and the project's vocabulary otherwise; every node also keeps its own label as a
 * type (`pitlane:Person`). A relationship is written twice: as a plain statement between the two
 * nodes (`amber-balcaen schema:memberOf balcaen-family`), for tools that just follow links, and as an
 * `rdf:Statement` of its own that carries the relationship's type, properties and provenance.
 * Provenance is PROV-O: `prov:wasDerivedFrom` the Source nodes, and one `prov:qualifiedDerivation`
 * per quote, naming the source (`prov:entity`) and the sentence (`pitlane:quote`).
 *
 * The claims behind the graph are resources of their own (`pitlane:Claim`, reified as the graph
 * keeps them, one per source, element, property and value): `claimAbout` the node or the
 * relationship's statement, `claimProperty` and `claimValue` (neither on the claim that the element
 * exists; a reference's value is the node's IRI), `claimSource` the Source, `claimStorage` whether
 * that source is `stored` (then `quote`, its sentences) or `cited` (then `claimLocator` and
 * `claimExcerpt`), `claimAddedAt` (xsd:dateTime), and how the graph resolved it: `claimPreferred`,
 * `claimDisputed`, `claimRule`, `claimGroup`, `claimPinned`, `claimPosition` (a list item's place).
 *
 * The context is derived from the graph model: a label's schema.org types are its `jsonld`, a
 * property's term is its `jsonld` (or the project vocabulary), a relationship type's predicate is
 * its `jsonld`; `url` properties and references to other nodes are IRIs. One context serves the
 * whole document, so a property name means one thing on every label and type that declares it
 * (the export refuses a model where two declarations disagree).
 */
import { GraphModel, isReference, PropertyDeclaration } from '../model/declaration';
import { sourcedQuotesOf } from '../provenance/citations';
import { assertDeclared, propertiesByName } from './declared-properties';
import { ExportError } from './export-error';
import {
  ExportedClaim, ExportedGraph, ExportedNode, ExportedRelationship, ExportFile, Properties, PROVENANCE_PROPERTIES, relationshipId,
} from './exported-graph';

export const JSONLD_FILE = 'graph.jsonld';

/** IRIs are names, not addresses: stable, built from the ids, and never pretending to resolve. */
export const NODE_IRI_BASE = 'urn:pitlane-graph:node:';
export const RELATIONSHIP_IRI_BASE = 'urn:pitlane-graph:relationship:';
export const VOCABULARY_IRI = 'urn:pitlane-graph:vocab:';
export const CLAIM_IRI_BASE = 'urn:pitlane-graph:claim:';

export const nodeIri = (id: string): string => `${NODE_IRI_BASE}${id}`;
export const relationshipIri = (id: string): string => `${RELATIONSHIP_IRI_BASE}${id}`;
export const claimIri = (id: string): string => `${CLAIM_IRI_BASE}${id}`;

const PREFIXES = {
  pitlane: VOCABULARY_IRI,
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const iriTerm = (iri: string) => ({ '@id': iri, '@type': '@id' });

/** Terms of the context besides the model's: provenance and the statements relationships become. */
const FIXED_TERMS = {
  wasDerivedFrom: iriTerm('prov:wasDerivedFrom'),
  qualifiedDerivation: 'prov:qualifiedDerivation',
  entity: iriTerm('prov:entity'),
  quote: 'pitlane:quote',
  subject: iriTerm('rdf:subject'),
  predicate: iriTerm('rdf:predicate'),
  object: iriTerm('rdf:object'),
  relationshipType: 'pitlane:relationshipType',
  // Claims (see the top of this module).
  claimAbout: iriTerm('pitlane:claimAbout'),
  claimProperty: 'pitlane:claimProperty',
  claimValue: 'pitlane:claimValue',
  claimPosition: 'pitlane:claimPosition',
  claimSource: iriTerm('pitlane:claimSource'),
  claimStorage: 'pitlane:claimStorage',
  claimLocator: 'pitlane:claimLocator',
  claimExcerpt: 'pitlane:claimExcerpt',
  claimAddedAt: { '@id': 'pitlane:claimAddedAt', '@type': 'xsd:dateTime' },
  claimPreferred: 'pitlane:claimPreferred',
  claimDisputed: 'pitlane:claimDisputed',
  claimRule: 'pitlane:claimRule',
  claimGroup: 'pitlane:claimGroup',
  claimPinned: 'pitlane:claimPinned',
};

/** How a property's values are written: as they are, or as IRIs (a web address, the id of another node). */
type Term = { iri: string; toIri?: (value: string) => string };

/** The one term a property name has across every declaration of it. */
function termOf(name: string, declarations: PropertyDeclaration[]): Term | undefined {
  const terms = declarations.map((declaration): Term | undefined => {
    if (declaration.type === 'url') return { iri: declaration.jsonld ?? `pitlane:${name}`, toIri: (value) => value };
    if (isReference(declaration.type)) return { iri: declaration.jsonld ?? `pitlane:${name}`, toIri: nodeIri };
    return declaration.jsonld === undefined ? undefined : { iri: declaration.jsonld };
  });
  const given = terms.filter((term): term is Term => term !== undefined);
  const differing = given.find((term) => term.iri !== given[0].iri || Boolean(term.toIri) !== Boolean(given[0].toIri));
  if (differing) {
    throw new ExportError(`The graph model declares the property "${name}" as both ${given[0].iri} and ${differing.iri}${differing.toIri === given[0].toIri ? '' : ' (IRI and literal)'}: one JSON-LD context cannot hold both.`);
  }
  return given[0];
}

/** Linked-data terms of the model's properties, by name (those without one fall to @vocab). */
function propertyTerms(model: GraphModel): Map<string, Term> {
  const declared = propertiesByName([...model.nodes, ...model.relationships].map((owner) => Object.entries(owner.properties)));
  const terms = new Map<string, Term>();
  for (const [name, declarations] of declared) {
    if (name in FIXED_TERMS) throw new ExportError(`The graph model declares a property "${name}", which the JSON-LD export uses for provenance or statements.`);
    const term = termOf(name, declarations);
    if (term) terms.set(name, term);
  }
  return terms;
}

/** The schema.org (or other) types of each label, from its `jsonld`. */
const schemaTypes = (model: GraphModel): Map<string, readonly string[]> => new Map(model.nodes.map((node) => [node.label, node.jsonld ?? []]));

/** The predicate of each relationship type that has one of the same meaning and direction. */
const schemaPredicates = (model: GraphModel): Map<string, string> =>
  new Map(model.relationships.flatMap((relationship) => (relationship.jsonld ? [[relationship.type, relationship.jsonld] as [string, string]] : [])));

export function jsonldContext(model: GraphModel): Record<string, unknown> {
  return {
    '@vocab': VOCABULARY_IRI,
    ...PREFIXES,
    ...Object.fromEntries([...propertyTerms(model)].map(([name, term]) => [name, term.toIri ? iriTerm(term.iri) : term.iri])),
    ...Object.fromEntries([...schemaPredicates(model)].map(([type, iri]) => [type, iriTerm(iri)])),
    ...FIXED_TERMS,
  };
}

function expandCompact(compact: string): string {
  const [prefix, local] = compact.split(/:(.*)/s);
  return `${PREFIXES[prefix as keyof typeof PREFIXES]}${local}`;
}

/** The full IRI of the plain statement a relationship type becomes. */
export function predicateIri(type: string, model: GraphModel): string {
  return expandCompact(schemaPredicates(model).get(type) ?? `pitlane:${type}`);
}

type JsonLdObject = Record<string, unknown>;

function propertiesOf(properties: Properties, terms: Map<string, Term>): JsonLdObject {
  const object: JsonLdObject = {};
  for (const [name, value] of Object.entries(properties)) {
    if ((PROVENANCE_PROPERTIES as readonly string[]).includes(name)) continue;
    const toIri = terms.get(name)?.toIri;
    if (!toIri) object[name] = value;
    else object[name] = Array.isArray(value) ? value.map((v) => toIri(String(v))) : toIri(String(value));
  }
  return object;
}

/** What the document's objects are written with: the model's terms, types and predicates. */
interface Vocabulary {
  terms: Map<string, Term>;
  types: Map<string, readonly string[]>;
  predicates: Map<string, string>;
}

function provenanceOf(properties: Properties): JsonLdObject {
  const citations = sourcedQuotesOf(properties);
  if (citations.length === 0) return {};
  return {
    wasDerivedFrom: [...new Set(citations.map((c) => c.sourceId))].map(nodeIri),
    qualifiedDerivation: citations.map((c) => ({ '@type': 'prov:Derivation', entity: nodeIri(c.sourceId), quote: c.quote })),
  };
}

function nodeObject(node: ExportedNode, outgoing: ExportedRelationship[], vocabulary: Vocabulary): JsonLdObject {
  const links: Record<string, { '@id': string }[]> = {};
  for (const rel of outgoing) links[rel.type] = [...(links[rel.type] ?? []), { '@id': nodeIri(rel.to) }];
  return {
    '@id': nodeIri(node.id),
    '@type': [`pitlane:${node.label}`, ...(vocabulary.types.get(node.label) ?? []),
      // By hand, as it depends on a value: a sanctioning body is the sports organisation schema.org has a type for.
      ...(node.label === 'Organization' && node.properties.kind === 'sanctioning-body' ? ['schema:SportsOrganization'] : [])],
    id: node.id,
    ...propertiesOf(node.properties, vocabulary.terms),
    ...provenanceOf(node.properties),
    ...links,
  };
}

function statementObject(rel: ExportedRelationship, vocabulary: Vocabulary): JsonLdObject {
  return {
    '@id': relationshipIri(rel.id),
    '@type': 'rdf:Statement',
    subject: nodeIri(rel.from),
    predicate: expandCompact(vocabulary.predicates.get(rel.type) ?? `pitlane:${rel.type}`),
    object: nodeIri(rel.to),
    relationshipType: rel.type,
    ...propertiesOf(rel.properties, vocabulary.terms),
    ...provenanceOf(rel.properties),
  };
}

/**
 * The IRI of what a claim is about: its node, or the statement of its relationship, found among
 * the exported relationships by its ends, type and key as the claim's subject spells them
 * (`from|TYPE|to[|key]`).
 */
function claimSubjects(graph: ExportedGraph): (claim: ExportedClaim) => string {
  const statements = new Map(graph.relationships.map((rel) => {
    const key = rel.properties.key;
    return [[rel.from, rel.type, rel.to, ...(key === undefined ? [] : [String(key)])].join('|'), relationshipIri(rel.id)];
  }));
  return (claim) => {
    const { subjectKind, subject, from, type, to, key } = claim.properties;
    if (subjectKind !== 'relationship') return nodeIri(String(subject));
    return statements.get(String(subject))
      ?? relationshipIri(relationshipId(String(from), String(type), String(to), key === undefined ? [] : [String(key)]));
  };
}

function claimObject(claim: ExportedClaim, about: string, terms: Map<string, Term>): JsonLdObject {
  const p = claim.properties;
  const toIri = typeof p.property === 'string' ? terms.get(p.property)?.toIri : undefined;
  const present = (name: string, value: unknown): JsonLdObject => (value === undefined ? {} : { [name]: value });
  return {
    '@id': claimIri(claim.id),
    '@type': 'pitlane:Claim',
    claimAbout: about,
    ...present('claimProperty', p.property),
    ...present('claimValue', p.value === undefined ? undefined : toIri ? { '@id': toIri(String(p.value)) } : p.value),
    ...present('claimPosition', p.position),
    claimSource: nodeIri(String(p.source)),
    ...present('claimStorage', p.storage),
    ...present('quote', p.quotes),
    ...present('claimLocator', p.locator),
    ...present('claimExcerpt', p.excerpt),
    ...present('claimAddedAt', p.addedAt),
    ...present('claimPreferred', p.preferred),
    ...present('claimDisputed', p.disputed),
    ...present('claimRule', p.rule),
    ...present('claimGroup', p.group),
    ...present('claimPinned', p.pinned),
  };
}

export function jsonldDocument(graph: ExportedGraph, model: GraphModel): JsonLdObject {
  assertDeclared(graph, model);
  const vocabulary: Vocabulary = { terms: propertyTerms(model), types: schemaTypes(model), predicates: schemaPredicates(model) };
  const outgoing = new Map<string, ExportedRelationship[]>();
  for (const rel of graph.relationships) outgoing.set(rel.from, [...(outgoing.get(rel.from) ?? []), rel]);
  const aboutOf = claimSubjects(graph);
  return {
    '@context': jsonldContext(model),
    '@graph': [
      ...graph.nodes.map((node) => nodeObject(node, outgoing.get(node.id) ?? [], vocabulary)),
      ...graph.relationships.map((rel) => statementObject(rel, vocabulary)),
      ...(graph.claims ?? []).map((claim) => claimObject(claim, aboutOf(claim), vocabulary.terms)),
    ],
  };
}

export function jsonldFiles(graph: ExportedGraph, model: GraphModel): ExportFile[] {
  return [{ path: JSONLD_FILE, contents: `${JSON.stringify(jsonldDocument(graph, model), null, 2)}\n` }];
}
