/**
 * Claims as the explorer reads them: what each source says of one node or relationship. A node's
 * come from its `claims` field; its relationships' disputes from the root `conflicts` filtered by
 * the node (only the disputed groups, not every claim of every relationship), both in the same
 * request as the node's facts. Where sources disagree on a property (or give a to-one relationship
 * different ends), the claims form a dispute, shown side by side: each value with its source, the
 * source's words (a stored source's quotes, a cited source's locator and excerpt), and which value
 * the graph prefers, by which rule. Pure functions of the API's answer and the model.
 */
import { GraphModel, isEnum, isReference, PropertyDeclaration } from '../model/declaration.js';
import { GRAPH_MODEL } from '../model/graph-model.js';
import { relationshipDeclaration } from '../model/model-queries.js';
import { LabelledNode, labelOf } from './node-labels.js';
import { wordsFor } from './relationship-words.js';

/** The selection of a `Claim`, for use inside `claims { ... }`. */
export const CLAIM_FIELDS = 'id property value storage quotes locator excerpt preferred pinned disputed rule source { id title published }';

export type ClaimStorage = 'STORED' | 'CITED';
export type PreferenceRule = 'PINNED' | 'AGREEMENT' | 'SPECIFICITY' | 'RECENCY' | 'SOURCE_ORDER';

/** One claim as the API returns it. */
export interface Claim {
  id: string;
  /** Null: the claim that the node or relationship exists. */
  property: string | null;
  value: string | number | boolean | null;
  storage: ClaimStorage;
  quotes: string[];
  locator: string | null;
  excerpt: string | null;
  preferred: boolean;
  pinned: boolean;
  disputed: boolean;
  rule: PreferenceRule | null;
  source: { id: string; title: string; published: string | null };
  /** For a claim about a relationship (asked for in conflicts): its type and ends, as stored. */
  relationship?: { type: string; key: string | null; from: LabelledNode; to: LabelledNode } | null;
}

/** One disputed group as `conflicts` returns it. */
export interface Conflict {
  relationshipType: string | null;
  property: string | null;
  claims: Claim[];
}

/** How one claim is shown beside the others of its dispute. */
export interface ClaimView {
  id: string;
  /** The value in words, as the page shows the property ("1975", "finished 6th"). */
  value: string;
  source: { id: string; title: string; published: string | null };
  /** A stored source's sentences, or a cited source's place in the work and excerpt. */
  evidence: { storage: 'stored'; quotes: string[] } | { storage: 'cited'; locator: string | null; excerpt: string | null };
  preferred: boolean;
  pinned: boolean;
}

/** The claims of one property that disagree, the preferred one first. */
export interface Dispute {
  /** The property in dispute; null when the dispute is about the element itself (sources name another end). */
  property: string | null;
  /** What the page calls the property ("Born", "finish position", "this link"). */
  term: string;
  /** Why the preferred value is preferred, in words; null when the API gives no rule. */
  rule: string | null;
  claims: ClaimView[];
}

/** How the page names a property and reads its values. */
export interface PropertyWords {
  term: string;
  declaration?: PropertyDeclaration;
  /** Read values with the declaration's `reads` template (beside a relationship) rather than plainly (a node's detail). */
  useReads?: boolean;
}

const RULE_WORDS: Record<PreferenceRule, string> = {
  PINNED: 'pinned by a curator',
  AGREEMENT: 'most sources agree with it',
  SPECIFICITY: 'it is the most specific',
  RECENCY: 'its source is the most recent',
  SOURCE_ORDER: 'its source comes first by id (no other rule decides)',
};

/** Why a claim is preferred, in words ("most sources agree with it"). */
export const ruleWords = (rule: PreferenceRule): string => RULE_WORDS[rule] ?? rule.toLowerCase().replace(/_/g, ' ');

/** A property's name in words, for one without a term: finishPosition is "finish position". */
export const propertyWords = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** How a dispute over an element's existence (sources giving a to-one relationship different ends) names it and each claim. */
export interface ExistenceWords {
  term: string;
  valueOf: (claim: Claim) => string;
}

const EXISTENCE: ExistenceWords = { term: 'this link', valueOf: () => 'states it' };

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};

/** A stored enum value ("career-start", or in the API's spelling CAREER_START) as words. */
const enumValueWords = (value: unknown): string => String(value).toLowerCase().replace(/[_-]/g, ' ');

/** A claimed value in words: enum values as words, booleans as yes or no; with `reads`, as the relationship reads it. */
export function claimValueWords(value: Claim['value'], words: PropertyWords = { term: '' }): string {
  if (value === null) return words.declaration ? 'no value' : 'says so';
  const declaration = words.declaration;
  const plain = typeof value === 'boolean' ? (value ? 'yes' : 'no') : declaration && isEnum(declaration.type) ? enumValueWords(value) : String(value);
  const template = words.useReads ? declaration?.reads : undefined;
  // A referenced node's claim holds its id, not its name: shown as the id.
  if (!template || (declaration && isReference(declaration.type))) return plain;
  return template
    .replace('{value}', () => plain)
    .replace('{ordinal}', () => (typeof value === 'number' ? ordinal(value) : plain))
    .replace('{words}', () => enumValueWords(value))
    .replace('{list}', () => plain)
    .replace('{name}', () => plain);
}

function viewOf(claim: Claim, words: PropertyWords, existence: ExistenceWords): ClaimView {
  return {
    id: claim.id,
    value: claim.property === null ? existence.valueOf(claim) : claimValueWords(claim.value, words),
    source: claim.source,
    evidence:
      claim.storage === 'CITED'
        ? { storage: 'cited', locator: claim.locator, excerpt: claim.excerpt }
        : { storage: 'stored', quotes: claim.quotes },
    preferred: claim.preferred,
    pinned: claim.pinned,
  };
}

/**
 * The disputes among one element's claims: per property (and the existence claims, property null)
 * where any claim is disputed, every claim of that property, the preferred first, then by source
 * title. `wordsOf` names a property and says how to read its values; `existence` names a dispute
 * over the element itself. In the order of first appearance.
 */
export function disputesOf(claims: readonly Claim[], wordsOf: (property: string) => PropertyWords, existence = EXISTENCE): Dispute[] {
  const byProperty = new Map<string | null, Claim[]>();
  for (const claim of claims) {
    const group = byProperty.get(claim.property) ?? [];
    group.push(claim);
    byProperty.set(claim.property, group);
  }
  const disputes: Dispute[] = [];
  for (const [property, group] of byProperty) {
    if (!group.some((claim) => claim.disputed)) continue;
    const words = property === null ? { term: existence.term } : wordsOf(property);
    const ordered = [...group].sort(
      (a, b) => Number(b.preferred) - Number(a.preferred) || a.source.title.localeCompare(b.source.title) || a.id.localeCompare(b.id),
    );
    const preferred = ordered.find((claim) => claim.preferred);
    const rule = preferred?.pinned ? 'PINNED' : (preferred?.rule ?? group.find((claim) => claim.rule)?.rule ?? null);
    disputes.push({ property, term: words.term, rule: rule ? ruleWords(rule) : null, claims: ordered.map((claim) => viewOf(claim, words, existence)) });
  }
  return disputes;
}

/** The words of a node's property: its `term` where the model gives one (as its detail is headed), else its name in words. */
export function nodePropertyWords(properties: Readonly<Record<string, PropertyDeclaration>>, terms: Readonly<Record<string, string>> = {}) {
  return (property: string): PropertyWords => {
    const declaration = properties[property];
    return { term: terms[property] ?? declaration?.term ?? propertyWords(property), declaration };
  };
}

/** The words of a relationship's property: its name in words, its values as the relationship reads them ("finished 6th"). */
export function relationshipPropertyWords(properties: Readonly<Record<string, PropertyDeclaration>>) {
  return (property: string): PropertyWords => ({ term: propertyWords(property), declaration: properties[property], useReads: true });
}

/** The disputes of a node's relationships, from `conflicts` about the node, each with the ends it is about. */
export interface RelationshipDispute {
  type: string;
  /** The relationships it is about, as "from|to" in their stored direction. */
  ends: ReadonlySet<string>;
  dispute: Dispute;
}

const endsOf = (from: string, to: string): string => `${from}|${to}`;

/**
 * The conflicts about the node `centreId` that concern its relationships: a property of one (a race
 * finish), or which end a to-one type has (a birth place: each claim's value is the end it names).
 */
export function relationshipDisputes(conflicts: readonly Conflict[], centreId: string, model: GraphModel = GRAPH_MODEL): RelationshipDispute[] {
  return conflicts.flatMap((conflict): RelationshipDispute[] => {
    const type = conflict.relationshipType;
    if (type === null || !model.relationships.some((relationship) => relationship.type === type)) return [];
    const ends = new Set(conflict.claims.flatMap((claim) => (claim.relationship ? [endsOf(claim.relationship.from.id, claim.relationship.to.id)] : [])));
    const existence: ExistenceWords = {
      term: wordsFor(type, model),
      valueOf: (claim) => {
        const link = claim.relationship;
        if (!link) return EXISTENCE.valueOf(claim);
        return labelOf(link.from.id === centreId ? link.to : link.from);
      },
    };
    const words = relationshipPropertyWords(relationshipDeclaration(model, type).properties);
    return disputesOf(conflict.claims, words, existence).map((dispute) => ({ type, ends, dispute }));
  });
}

/** The disputes of one link of the page: those of its type about its two ends (either way round, for a symmetric type). */
export function disputesOfLink(disputes: readonly RelationshipDispute[], link: { type: string; from: string; to: string }): Dispute[] {
  return disputes
    .filter(({ type, ends }) => type === link.type && (ends.has(endsOf(link.from, link.to)) || ends.has(endsOf(link.to, link.from))))
    .map(({ dispute }) => dispute);
}
