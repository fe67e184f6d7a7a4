/**
 * The format of a seed file: one YAML file per source, listing the nodes and relationships that the
 * source supports, each with the exact sentences (quotes) that support it.
 *
 * Objects are strict: an unknown key is an error, so a typo never silently drops a fact.
 */
import { z } from 'zod';
import { KINSHIP_TERM_NAMES } from '../model/kinship';
import {
  ACHIEVEMENT_KINDS, EVENT_KINDS, GENDERS, ORGANIZATION_KINDS, PARTICIPATIONS, PERSON_ROLES, PLACE_KINDS,
  RACE_STATUSES, SOURCE_KINDS,
} from '../model/vocabulary';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A date as precise as the source is: 2023, 2023-02 or 2023-04-22. */
export const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

const slug = z.string().max(120).regex(SLUG, 'must be a lower-case slug such as "amber-balcaen"');
const text = z.string().trim().min(1).max(2000);
const year = z.number().int().min(1880).max(2100);
const partialDate = z.string().regex(PARTIAL_DATE, 'must be a date such as 2023, 2023-02 or 2023-04-22');
const position = z.number().int().min(1).max(200);
const count = z.number().int().min(0).max(100000);
const quotes = z.array(text).min(1, 'every fact needs at least one supporting quote');

const node = <L extends string, T extends z.ZodRawShape>(label: L, shape: T) =>
  z.strictObject({ label: z.literal(label), id: slug, quotes, ...shape });

export const personSchema = node('Person', {
  name: text.optional(),
  description: text.optional(),
  gender: z.enum(GENDERS).optional(),
  nationality: text.optional(),
  roles: z.array(z.enum(PERSON_ROLES)).default([]),
}).refine((p) => p.name !== undefined || p.description !== undefined, {
  message: 'a person without a name needs a description (who they are, as the source says)',
  path: ['description'],
});

export const nodeSchema = z.discriminatedUnion('label', [
  personSchema,
  node('Family', { name: text, description: text.optional() }),
  node('Team', { name: text, description: text.optional() }),
  node('Organization', { name: text, kind: z.enum(ORGANIZATION_KINDS), description: text.optional() }),
  node('Series', {
    name: text,
    formerNames: z.array(text).default([]),
    aliases: z.array(text).default([]),
    description: text.optional(),
  }),
  node('Season', {
    name: text,
    year,
    rounds: z.number().int().min(1).max(200).optional(),
    trackTypes: z.array(text).default([]),
    description: text.optional(),
  }),
  node('Race', {
    name: text,
    year,
    date: partialDate.optional(),
    status: z.enum(RACE_STATUSES),
    round: z.number().int().min(1).max(200).optional(),
    description: text.optional(),
  }),
  node('Venue', { name: text, description: text.optional() }),
  node('Place', { name: text, kind: z.enum(PLACE_KINDS) }),
  node('Achievement', {
    title: text,
    kind: z.enum(ACHIEVEMENT_KINDS),
    year: year.optional(),
    count: count.optional(),
    description: text.optional(),
  }),
  node('Event', {
    title: text,
    kind: z.enum(EVENT_KINDS),
    year: year.optional(),
    date: partialDate.optional(),
    approximate: z.boolean().optional(),
    age: z.number().int().min(0).max(120).optional(),
    durationMonths: z.number().int().min(0).max(1200).optional(),
    description: text.optional(),
  }),
  node('Education', { title: text, description: text.optional() }),
]);

type Label = z.infer<typeof nodeSchema>['label'];

/** Which labels each relationship type may connect; the loader checks endpoints against this. */
export const RELATIONSHIP_ENDPOINTS: Record<string, { from: Label[]; to: Label[] }> = {
  PARENT_OF: { from: ['Person'], to: ['Person'] },
  SIBLING_OF: { from: ['Person'], to: ['Person'] },
  SPOUSE_OF: { from: ['Person'], to: ['Person'] },
  HAS_RELATIVE: { from: ['Person'], to: ['Person'] },
  MEMBER_OF: { from: ['Person'], to: ['Family'] },
  INSPIRED_BY: { from: ['Person'], to: ['Person'] },
  ASPIRES_TO: { from: ['Person'], to: ['Series', 'Race'] },
  DROVE_FOR: { from: ['Person'], to: ['Team'] },
  ENTERED_SEASON: { from: ['Person'], to: ['Season'] },
  ENTERED_RACE: { from: ['Person'], to: ['Race'] },
  OF_SERIES: { from: ['Season'], to: ['Series'] },
  PART_OF_SEASON: { from: ['Race'], to: ['Season'] },
  HELD_AT: { from: ['Race'], to: ['Venue'] },
  LOCATED_IN: { from: ['Venue', 'Place'], to: ['Place'] },
  HEADQUARTERED_IN: { from: ['Organization', 'Team'], to: ['Place'] },
  SANCTIONED_BY: { from: ['Series'], to: ['Organization'] },
  PART_OF: { from: ['Organization'], to: ['Organization'] },
  OWNS: { from: ['Person'], to: ['Organization'] },
  NOTICED_BY: { from: ['Person'], to: ['Organization'] },
  ACHIEVED: { from: ['Person'], to: ['Achievement'] },
  EXPERIENCED: { from: ['Person'], to: ['Event'] },
  STUDIED: { from: ['Person'], to: ['Education'] },
  AT_RACE: { from: ['Achievement', 'Event'], to: ['Race'] },
  IN_SEASON: { from: ['Achievement', 'Event'], to: ['Season'] },
  IN_SERIES: { from: ['Achievement', 'Event'], to: ['Series'] },
  TO_PLACE: { from: ['Event'], to: ['Place'] },
};

const relationship = <K extends string, T extends z.ZodRawShape>(type: K, shape: T) =>
  z.strictObject({ type: z.literal(type), from: slug, to: slug, quotes, ...shape });
const plain = <K extends string>(type: K) => relationship(type, {});

export const relationshipSchema = z.discriminatedUnion('type', [
  plain('PARENT_OF'),
  plain('SIBLING_OF'),
  plain('SPOUSE_OF'),
  relationship('HAS_RELATIVE', { kinship: z.enum(KINSHIP_TERM_NAMES) }),
  plain('MEMBER_OF'),
  relationship('INSPIRED_BY', { reason: text.optional() }),
  relationship('ASPIRES_TO', { goal: text }),
  relationship('DROVE_FOR', { years: z.array(year).default([]) }),
  relationship('ENTERED_SEASON', {
    team: slug.optional(),
    participation: z.enum(PARTICIPATIONS).optional(),
    racesStarted: count.optional(),
    finalPosition: position.optional(),
    points: count.optional(),
  }),
  relationship('ENTERED_RACE', {
    team: slug.optional(),
    startPosition: position.optional(),
    finishPosition: position.optional(),
    note: text.optional(),
  }),
  plain('OF_SERIES'),
  plain('PART_OF_SEASON'),
  plain('HELD_AT'),
  plain('LOCATED_IN'),
  plain('HEADQUARTERED_IN'),
  plain('SANCTIONED_BY'),
  plain('PART_OF'),
  plain('OWNS'),
  plain('NOTICED_BY'),
  plain('ACHIEVED'),
  plain('EXPERIENCED'),
  plain('STUDIED'),
  plain('AT_RACE'),
  plain('IN_SEASON'),
  plain('IN_SERIES'),
  plain('TO_PLACE'),
]);

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  kind: z.enum(SOURCE_KINDS),
  /** Id of an Organization node in this file (or already in the graph). */
  publisher: slug,
  published: partialDate,
  url: z.url().optional(),
  /** The source's full text, relative to the seed file; every quote must occur in it. */
  text: z.string().min(1),
});

export const seedFileSchema = z.strictObject({
  source: sourceSchema,
  nodes: z.array(nodeSchema).min(1),
  relationships: z.array(relationshipSchema).default([]),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedNode = z.infer<typeof nodeSchema>;
export type SeedRelationship = z.infer<typeof relationshipSchema>;
