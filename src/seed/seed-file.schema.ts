/**
 * The format of a seed file, derived from the graph model (src/model/graph-model.ts): one YAML file
 * per source, listing the nodes and relationships that the source supports, each with the exact
 * sentences (quotes) that support it. A label, a type, a property, its limits and its enumeration
 * come from the model; nothing here names one.
 *
 * Objects are strict: an unknown key is an error, so a typo never silently drops a fact.
 */
import { z } from 'zod';
import { GraphModel, isEnum, isReference, NodeDeclaration, PropertyDeclaration, RelationshipDeclaration } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { curatedRelationships, nodeDeclaration, seedNodeDeclarations, statedProperties } from '../model/model-queries';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A date as precise as the source is: 2023, 2023-02 or 2023-04-22. */
export const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
export const SLUG_MAX = 120;
export const QUOTE_MAX = 2000;

const slug = z.string().max(SLUG_MAX).regex(SLUG, 'must be a lower-case slug such as "amber-balcaen"');
const quotes = z.array(z.string().trim().min(1).max(QUOTE_MAX)).min(1, 'every fact needs at least one supporting quote');

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
  if (property.list) return z.array(valueSchema(property)).max(property.maxItems ?? 100).default([]);
  return property.required ? valueSchema(property) : valueSchema(property).optional();
}

const shapeOf = (properties: Readonly<Record<string, PropertyDeclaration>>): z.ZodRawShape =>
  Object.fromEntries(statedProperties(properties).map(([name, property]) => [name, propertySchema(property)]));

function nodeSchemaOf(node: NodeDeclaration) {
  const schema = z.strictObject({ label: z.literal(node.label), id: slug, quotes, ...shapeOf(node.properties) });
  const rule = node.requiresOneOf;
  if (!rule) return schema;
  return schema.refine((value) => rule.properties.some((name) => (value as Record<string, unknown>)[name] !== undefined), {
    message: rule.message,
    path: [rule.properties[rule.properties.length - 1]],
  });
}

const relationshipSchemaOf = (rel: RelationshipDeclaration) =>
  z.strictObject({ type: z.literal(rel.type), from: slug, to: slug, quotes, ...shapeOf(rel.properties) });

function union<T extends z.ZodType>(key: string, members: T[]): z.ZodType {
  if (members.length === 0) throw new Error(`The graph model declares no ${key === 'label' ? 'node label' : 'relationship type'} for seed files.`);
  return members.length === 1 ? members[0] : z.discriminatedUnion(key, members as never);
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
  const node = union('label', seedNodeDeclarations(model).map(nodeSchemaOf)) as z.ZodType<SeedNode>;
  const relationship = union('type', curatedRelationships(model).map(relationshipSchemaOf)) as z.ZodType<SeedRelationship>;
  const { properties } = nodeDeclaration(model, 'Source');
  const source = z.strictObject({
    id: slug,
    ...shapeOf(properties),
    /** Id of an Organization node in this file (or already in the graph). */
    publisher: slug,
    /** The source's full text, relative to the seed file; every quote must occur in it. */
    text: z.string().min(1),
  }) as unknown as z.ZodType<SeedSource>;
  const seedFile = z.strictObject({
    source,
    nodes: z.array(node).min(1),
    relationships: z.array(relationship).default([]),
  }) as unknown as z.ZodType<SeedFile>;
  return { node, relationship, source, seedFile, endpoints: relationshipEndpoints(model) };
}

export type PropertyValue = string | number | boolean | string[] | number[];

export interface SeedNode {
  label: string;
  id: string;
  quotes: string[];
  [property: string]: PropertyValue | undefined;
}

export interface SeedRelationship {
  type: string;
  from: string;
  to: string;
  quotes: string[];
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
  /** The path of the full text, relative to the seed file. */
  text: string;
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
