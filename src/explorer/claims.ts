/**
 * Claims as the explorer reads them: what each source says of one node or relationship, from the
 * API's `claims` field (the same request as the node's facts). Where sources disagree on a
 * property, the claims of that property form a dispute, shown side by side: each value with its
 * source, the source's words (a stored source's quotes, a cited source's locator and excerpt), and
 * which value the graph prefers, by which rule. Pure functions of the API's answer and the model.
 */
import { isEnum, isReference, PropertyDeclaration } from '../model/declaration.js';

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

/** What an element's existence claims are called in a dispute (sources giving a to-one relationship different ends). */
export const EXISTENCE_TERM = 'this link';

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

function viewOf(claim: Claim, words: PropertyWords): ClaimView {
  return {
    id: claim.id,
    value: claim.property === null ? 'names this link' : claimValueWords(claim.value, words),
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
 * title. `wordsOf` names a property and says how to read its values. In the order of first appearance.
 */
export function disputesOf(claims: readonly Claim[], wordsOf: (property: string) => PropertyWords): Dispute[] {
  const byProperty = new Map<string | null, Claim[]>();
  for (const claim of claims) {
    const group = byProperty.get(claim.property) ?? [];
    group.push(claim);
    byProperty.set(claim.property, group);
  }
  const disputes: Dispute[] = [];
  for (const [property, group] of byProperty) {
    if (!group.some((claim) => claim.disputed)) continue;
    const words = property === null ? { term: EXISTENCE_TERM } : wordsOf(property);
    const ordered = [...group].sort(
      (a, b) => Number(b.preferred) - Number(a.preferred) || a.source.title.localeCompare(b.source.title) || a.id.localeCompare(b.id),
    );
    const preferred = ordered.find((claim) => claim.preferred);
    const rule = preferred?.pinned ? 'PINNED' : (preferred?.rule ?? group.find((claim) => claim.rule)?.rule ?? null);
    disputes.push({ property, term: words.term, rule: rule ? ruleWords(rule) : null, claims: ordered.map((claim) => viewOf(claim, words)) });
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
