/**
 * The format of a seed file, derived from the graph model (src/model/graph-model.ts): one YAML file
 * per source, listing the nodes and relationships that the source supports, each with the exact
 * sentences (quotes) that support it. A label, a type, a property, its limits and its enumeration
 * come from the model; nothing here names one.
 *
 * Objects are strict: an unknown key is an error, so a typo never silently drops a fact; its message
 * names the key and what it was given on, and an unknown label or type names it and the known ones
 * (seed-file.messages.ts, as zod error maps).
 */
import { z } from 'zod';
import { GraphModel, isEnum, isReference, NodeDeclaration, PropertyDeclaration, RelationshipDeclaration } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { curatedRelationships, nodeDeclaration, seedNodeDeclarations, statedProperties } from '../model/model-queries';
import { nodeRules } from './seed-file.rules';
import { labelVocabulary, PropertyOwner, propertyOwner, typeVocabulary, unknownNameMessage, unknownPropertiesMessage, Vocabulary } from './seed-file.messages';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A date as precise as the source is: 2023, 2023-02 or 2023-04-22. */
export const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
export const SLUG_MAX = 120;
export const QUOTE_MAX = 2000;
/** A cited source's supporting excerpt is short: the facts are restated as data, never copied. */
export const EXCERPT_MAX = 300;
export const LOCATOR_MAX = 200;

const slug = z.string().max(SLUG_MAX).regex(SLUG, 'must be a lower-case slug such as "amber-balcaen"');
const quotes = z.array(z.string().trim().min(1).max(QUOTE_MAX)).min(1, 'every fact needs at least one supporting quote').optional();
/** Where in a cited source a fact is said, and a short verbatim excerpt that says it (seed-file.ts checks which a file needs). */
const citedSupport = {
  locator: z.string().trim().min(1).max(LOCATOR_MAX).optional(),
  excerpt: z.string().trim().min(1).max(EXCERPT_MAX, `an excerpt is short (at most ${EXCERPT_MAX} characters): restate the facts as data and cite the passage`).optional(),
};
/** What supports an element, besides its properties: quotes (a stored source) or a locator and an excerpt (a cited one). */
export const SUPPORT_KEYS = ['quotes', 'locator', 'excerpt'] as const;

/** The zod schema of one value of a declared property. */
function valueSchema(property: PropertyDeclaration): z.ZodType {
  const { type } = property;
  if (isEnum(type)) return z.enum(type.values as [string, ...string[]]);
  if (isReference(type)) return slug;
  switch (type) {
    case 'string': return z.string().trim().min(property.min ?? 1).max(property.max ?? QUOTE_MAX);
    case 'int': return z.number().int().min(property.min ?? Number.MIN_SAFE_INTEGER).max(property.max ?? Number.MAX_SAFE_INTEGER);
    case 'float': return z.number().min(property.min ?? -Infinity).max(property.max ?? Infinity);
    case 'boolean': return z.boolean();
    case 'partialDate': return z.string().regex(PARTIAL_DATE, 'must be a date such as 2023, 2023-02 or 2023-04-22');
    case 'url': return z.url().max(property.max ?? 2000);
  }
}

export function propertySchema(property: PropertyDeclaration): z.ZodType {
  // An absent list claims nothing (another source's items stay); an empty one claims nothing either.
  if (property.list) return z.array(valueSchema(property)).max(property.maxItems ?? 100).optional();
  return property.required ? valueSchema(property) : valueSchema(property).optional();
}

const shapeOf = (properties: Readonly<Record<string, PropertyDeclaration>>): z.ZodRawShape =>
  Object.fromEntries(statedProperties(properties).map(([name, property]) => [name, propertySchema(property)]));

/** A strict object whose unknown keys are refused with a message naming them and `owner`. */
const closedObject = <S extends z.ZodRawShape>(shape: S, owner: PropertyOwner) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownPropertiesMessage(owner, issue.keys) : undefined),
  });

function nodeSchemaOf(node: NodeDeclaration) {
  const schema = closedObject(
    { label: z.literal(node.label), id: slug, quotes, ...citedSupport, ...shapeOf(node.properties) },
    propertyOwner(`the label ${node.label}`, ['label', 'id', ...SUPPORT_KEYS], node.properties),
  );
  const rule = node.requiresOneOf;
  const withRule = !rule ? schema : schema.refine((value) => rule.properties.some((name) => (value as Record<string, unknown>)[name] !== undefined), {
    message: rule.message,
    path: [rule.properties[rule.properties.length - 1]],
  });
  // Rules across properties (a relative date has both its parts; a date is in its year).
  const check = nodeRules(node.properties);
  if (!check) return withRule;
  return withRule.superRefine((value, context) => {
    for (const { property, reason } of check(value)) context.addIssue({ code: 'custom', path: [property], message: reason });
  });
}

const relationshipSchemaOf = (rel: RelationshipDeclaration) => closedObject(
  { type: z.literal(rel.type), from: slug, to: slug, quotes, ...citedSupport, ...shapeOf(rel.properties) },
  propertyOwner(`the relationship type ${rel.type}`, ['type', 'from', 'to', ...SUPPORT_KEYS], rel.properties),
);

/** One of `members`, chosen by the vocabulary's key; an unknown or missing label or type is named. */
function union<T extends z.ZodType>(vocabulary: Vocabulary, members: T[]): z.ZodType {
  if (members.length === 0) throw new Error(`The graph model declares no ${vocabulary.kind} for seed files.`);
  return z.discriminatedUnion(vocabulary.key, members as never, {
    error: (issue) => (issue.code === 'invalid_union'
      ? unknownNameMessage(vocabulary, (issue.input as Record<string, unknown> | undefined)?.[vocabulary.key])
      : undefined),
  });
}

/** Which labels each relationship type may connect; the loader checks endpoints against this. */
export function relationshipEndpoints(model: GraphModel): Record<string, { from: readonly string[]; to: readonly string[] }> {
  return Object.fromEntries(curatedRelationships(model).map((rel) => [rel.type, { from: rel.from, to: rel.to }]));
}

export interface SeedSchemas {
  node: z.ZodType<SeedNode>;
  relationship: z.ZodType<SeedRelationship>;
  source: z.ZodType<SeedSource>;
  seedFile: z.ZodType<SeedFile>;
  endpoints: ReturnType<typeof relationshipEndpoints>;
}

/** The seed file format of a model. */
export function seedSchemas(model: GraphModel): SeedSchemas {
  const node = union(labelVocabulary(model), seedNodeDeclarations(model).map(nodeSchemaOf)) as z.ZodType<SeedNode>;
  const relationship = union(typeVocabulary(model), curatedRelationships(model).map(relationshipSchemaOf)) as z.ZodType<SeedRelationship>;
  const { properties } = nodeDeclaration(model, 'Source');
  const source = closedObject({
    id: slug,
    ...shapeOf(properties),
    /** Id of an Organization node in this file (or already in the graph). */
    publisher: slug,
    /** A stored source's full text, relative to the seed file; every quote must occur in it. Absent: a cited source. */
    text: z.string().min(1).optional(),
  }, propertyOwner('the source', ['id', 'publisher', 'text'], properties)) as unknown as z.ZodType<SeedSource>;
  const seedFile = closedObject({
    source,
    nodes: z.array(node).min(1),
    relationships: z.array(relationship).default([]),
  }, { name: 'a seed file', known: ['source', 'nodes', 'relationships'], computed: [], hasNote: false }) as unknown as z.ZodType<SeedFile>;
  return { node, relationship, source, seedFile, endpoints: relationshipEndpoints(model) };
}

export type PropertyValue = string | number | boolean | string[] | number[];

/** What supports one element in its source: quotes (stored source) or a locator and an excerpt (cited). */
export interface Support {
  quotes?: string[];
  locator?: string;
  excerpt?: string;
}

export interface SeedNode extends Support {
  label: string;
  id: string;
  [property: string]: PropertyValue | undefined;
}

export interface SeedRelationship extends Support {
  type: string;
  from: string;
  to: string;
  [property: string]: PropertyValue | undefined;
}

export interface SeedSource {
  id: string;
  title: string;
  kind: string;
  publisher: string;
  /** Absent when the source is undated. */
  published?: string;
  url?: string;
  retrieved?: string;
  licence?: string;
  authors?: string[];
  /** The path of the full text, relative to the seed file; absent for a cited source. */
  text?: string;
  [property: string]: PropertyValue | undefined;
}

export interface SeedFile {
  source: SeedSource;
  nodes: SeedNode[];
  relationships: SeedRelationship[];
}

const SCHEMAS = seedSchemas(GRAPH_MODEL);
/** The seed format of this project's model. */
export const nodeSchema = SCHEMAS.node;
export const relationshipSchema = SCHEMAS.relationship;
export const sourceSchema = SCHEMAS.source;
export const seedFileSchema = SCHEMAS.seedFile;
export const RELATIONSHIP_ENDPOINTS = SCHEMAS.endpoints;
