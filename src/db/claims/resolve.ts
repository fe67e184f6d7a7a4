/**
 * The rule that turns claims into the graph's answer, as a pure function (the loader, the dry run,
 * curation and retraction all use it, so what a dry run shows is what a write does).
 *
 * - An element exists while at least one source claims it.
 * - A list property is the union of every source's items (each source's order kept, older claims first).
 * - A single-valued property answers with one value. When sources disagree, every claim is kept,
 *   marked disputed, and the answer is, in this order:
 *   1. the value a curator pinned (`preferClaim`);
 *   2. the value most sources agree with (partial dates agree when one refines the other: "1997" and "1997-05");
 *   3. the most specific value ("1997-05-12" over "1997");
 *   4. the value of the most recently published source (an undated source counts as the oldest);
 *   5. the value of the source whose id sorts first, so the answer never depends on the order of loading.
 *   Agreeing values that refine each other answer with the most specific one.
 * - A relationship type that is to-one (a person is born in one place) is disputed in the same way
 *   when sources give one node different ends; both relationships stay, and their claims say which is preferred.
 */
import { Cardinality, GraphModel, PropertyDeclaration } from '../../model/declaration';
import { computedProperties, nodeDeclaration, relationshipDeclaration, statedProperties } from '../../model/model-queries';
import { ClaimValue, shownSupport, StoredClaim, Subject } from './claim';

export type Rule = 'pinned' | 'agreement' | 'specificity' | 'recency' | 'source-order';

/** What the graph knows of a source for the rule: when it was published, else read. */
export interface SourceDates {
  published: string | null;
  retrieved: string | null;
}

export interface ClaimState {
  id: string;
  group: string;
  preferred: boolean;
  disputed: boolean;
  rule: Rule | null;
}

export interface Dispute {
  group: string;
  about: Subject;
  /** The property in dispute; null when sources give a to-one relationship different ends. */
  property: string | null;
  /** For a relationship dispute: its type. */
  relationshipType: string | null;
  value: ClaimValue;
  rule: Rule;
  claims: string[];
}

export interface ResolvedElement {
  about: Subject;
  exists: boolean;
  /** Every stated property: its answer, [] for a list nobody claims, null for a value nobody claims. */
  properties: Record<string, unknown>;
  /** The existence claims' sources and quotes (or excerpts), aligned, as every reader of provenance reads them. */
  sources: string[];
  quotes: string[];
}

export interface Resolution {
  elements: Map<string, ResolvedElement>;
  states: Map<string, ClaimState>;
  disputes: Map<string, Dispute>;
}

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Whether two values of a property say the same thing (equal, or one partial date refining the other). */
function agree(a: ClaimValue, b: ClaimValue, dated: boolean): boolean {
  if (a === b) return true;
  if (!dated || typeof a !== 'string' || typeof b !== 'string' || !PARTIAL_DATE.test(a) || !PARTIAL_DATE.test(b)) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.startsWith(`${shorter}-`);
}

const specificity = (value: ClaimValue, dated: boolean): number => (dated && typeof value === 'string' ? value.length : 0);

/** Older claims first, then by source id and position: a planned claim (no addedAt yet) is the newest. */
export function claimOrder(a: StoredClaim, b: StoredClaim): number {
  const at = (claim: StoredClaim): string => claim.addedAt ?? '\uffff';
  return at(a).localeCompare(at(b)) || a.source.localeCompare(b.source) || a.position - b.position || a.id.localeCompare(b.id);
}

/** The group a claim is disputed within: a property of its element, or (to-one types) the relationships of one end. */
export function groupOf(model: GraphModel, claim: Pick<StoredClaim, 'about' | 'property'>): string {
  const { about, property } = claim;
  if (property !== null) return `${about.subject}#${property}`;
  if (about.subjectKind === 'relationship') {
    const end = toOneEnd(relationshipDeclaration(model, about.type).cardinality);
    if (end) return `${about[end]}#${about.type}${end === 'to' ? '<' : ''}`;
  }
  return about.subject;
}

/** The end of a to-one type that has one such relationship at most. */
function toOneEnd(cardinality: Cardinality): 'from' | 'to' | null {
  if (cardinality === 'many-to-one' || cardinality === 'one-to-one') return 'from';
  if (cardinality === 'one-to-many') return 'to';
  return null;
}

interface Choice {
  value: ClaimValue;
  rule: Rule | null;
}

/** The answer among claims of one single-valued group; `rule` is null when they all agree. */
export function choose(claims: readonly StoredClaim[], valueOf: (claim: StoredClaim) => ClaimValue, dated: boolean, dates: ReadonlyMap<string, SourceDates>): Choice {
  const ordered = [...claims].sort(claimOrder);
  const values = [...new Set(ordered.map(valueOf))];
  const allAgree = (candidates: ClaimValue[]): boolean => candidates.every((a) => candidates.every((b) => agree(a, b, dated)));
  const mostSpecific = (candidates: ClaimValue[]): ClaimValue => candidates.reduce((best, value) => (specificity(value, dated) > specificity(best, dated) ? value : best));
  if (allAgree(values)) return { value: mostSpecific(values), rule: null };

  const pinned = ordered.find((claim) => claim.pinned);
  if (pinned) return { value: valueOf(pinned), rule: 'pinned' };

  const sourcesAgreeingWith = (value: ClaimValue): number => new Set(ordered.filter((claim) => agree(valueOf(claim), value, dated)).map((claim) => claim.source)).size;
  const best = <T>(candidates: ClaimValue[], score: (value: ClaimValue) => T, better: (a: T, b: T) => boolean): ClaimValue[] => {
    const scored = candidates.map((value) => ({ value, score: score(value) }));
    const top = scored.reduce((winner, entry) => (better(entry.score, winner.score) ? entry : winner)).score;
    return scored.filter((entry) => !better(top, entry.score) && !better(entry.score, top)).map((entry) => entry.value);
  };
  let candidates = best(values, sourcesAgreeingWith, (a, b) => a > b);
  if (allAgree(candidates)) return { value: mostSpecific(candidates), rule: 'agreement' };
  candidates = best(candidates, (value) => specificity(value, dated), (a, b) => a > b);
  if (allAgree(candidates)) return { value: mostSpecific(candidates), rule: 'specificity' };
  // Recency is publication: an undated source counts as the oldest (the day a page was read says nothing of when it was written).
  const dateOf = (source: string): string => dates.get(source)?.published ?? '';
  const latest = (value: ClaimValue): string => ordered.filter((claim) => valueOf(claim) === value).map((claim) => dateOf(claim.source)).sort().at(-1) ?? '';
  candidates = best(candidates, latest, (a, b) => a > b);
  if (allAgree(candidates)) return { value: mostSpecific(candidates), rule: 'recency' };
  const first = [...ordered].filter((claim) => candidates.includes(valueOf(claim))).sort((a, b) => a.source.localeCompare(b.source))[0];
  return { value: valueOf(first), rule: 'source-order' };
}

function declaredProperties(model: GraphModel, about: Subject): Readonly<Record<string, PropertyDeclaration>> {
  return about.subjectKind === 'node' ? nodeDeclaration(model, about.label).properties : relationshipDeclaration(model, about.type).properties;
}

/**
 * Resolves every element of `subjects` from `claims` (all the claims of those elements, and of the
 * to-one groups they are in). Pure: the dry run and the write call it alike.
 */
export function resolveClaims(model: GraphModel, subjects: readonly Subject[], claims: readonly StoredClaim[], dates: ReadonlyMap<string, SourceDates>): Resolution {
  const states = new Map<string, ClaimState>();
  const disputes = new Map<string, Dispute>();
  const byGroup = new Map<string, StoredClaim[]>();
  for (const claim of claims) {
    const group = groupOf(model, claim);
    byGroup.set(group, [...(byGroup.get(group) ?? []), claim]);
    states.set(claim.id, { id: claim.id, group, preferred: true, disputed: false, rule: null });
  }
  const settle = (group: string, members: StoredClaim[], valueOf: (claim: StoredClaim) => ClaimValue, dated: boolean, property: string | null, about: Subject): void => {
    const { value, rule } = choose(members, valueOf, dated, dates);
    for (const claim of members) {
      states.set(claim.id, { id: claim.id, group, preferred: valueOf(claim) === value, disputed: rule !== null, rule });
    }
    if (rule !== null) {
      disputes.set(group, {
        group, about, property, relationshipType: property === null && about.subjectKind === 'relationship' ? about.type : null,
        value, rule, claims: members.map((claim) => claim.id),
      });
    }
  };

  const elements = new Map<string, ResolvedElement>();
  for (const about of subjects) {
    const mine = claims.filter((claim) => claim.about.subject === about.subject).sort(claimOrder);
    const existence = mine.filter((claim) => claim.property === null);
    const properties: Record<string, unknown> = {};
    for (const [name, declaration] of statedProperties(declaredProperties(model, about))) {
      const stated = mine.filter((claim) => claim.property === name && claim.value !== null);
      if (declaration.list) properties[name] = [...new Set(stated.map((claim) => claim.value))];
      else if (stated.length === 0) properties[name] = null;
      else {
        const group = `${about.subject}#${name}`;
        settle(group, stated, (claim) => claim.value as ClaimValue, declaration.type === 'partialDate', name, about);
        properties[name] = stated.find((claim) => states.get(claim.id)?.preferred)?.value ?? null;
      }
    }
    if (about.subjectKind === 'relationship') {
      const stated = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null));
      Object.assign(properties, computedProperties(relationshipDeclaration(model, about.type).properties, stated));
      if (about.key !== null) properties.key = about.key;
    }
    const support = existence.flatMap((claim) => shownSupport(claim.support).map((quote) => ({ source: claim.source, quote })));
    elements.set(about.subject, {
      about, exists: existence.length > 0, properties,
      sources: support.map((entry) => entry.source), quotes: support.map((entry) => entry.quote),
    });
  }
  // To-one relationship types: one node's relationships of the type, told apart by their other end.
  for (const [group, members] of byGroup) {
    const first = members[0];
    if (first.property !== null || first.about.subjectKind !== 'relationship' || group === first.about.subject) continue;
    const end = group.endsWith('<') ? 'from' : 'to';
    settle(group, members, (claim) => (claim.about.subjectKind === 'relationship' ? claim.about[end] : ''), false, null, first.about);
  }
  return { elements, states, disputes };
}
