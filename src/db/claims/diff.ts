/**
 * The diff a curator reads before a source is loaded or retracted: per element and property, the
 * answered value before → after, the claims added, replaced and removed (with their source), and the
 * conflicts the change creates or settles. As data (JSON) and as text (`formatClaimDiff`).
 */
import { ClaimValue, shownSupport, StoredClaim, Subject } from './claim';
import { Resolution } from './resolve';

export type ElementChange = 'create' | 'change' | 'delete' | 'unchanged';

export interface ClaimLine {
  id: string;
  source: string;
  value: ClaimValue | null;
  /** The quotes (stored source) or the excerpt (cited source) behind it. */
  support: string[];
  locator: string | null;
}

export interface PropertyDiff {
  /** Null: the element itself (its existence claims). */
  property: string | null;
  before: unknown;
  after: unknown;
  added: ClaimLine[];
  replaced: { before: ClaimLine; after: ClaimLine }[];
  removed: ClaimLine[];
}

export interface ElementDiff {
  subject: string;
  what: string;
  change: ElementChange;
  properties: PropertyDiff[];
}

export interface ConflictLine {
  group: string;
  what: string;
  property: string | null;
  /** The value the graph answers with, and by which rule. */
  answer: ClaimValue;
  rule: string;
  values: { source: string; value: ClaimValue | null }[];
}

export interface ClaimDiff {
  elements: ElementDiff[];
  conflictsCreated: ConflictLine[];
  conflictsSettled: ConflictLine[];
  counts: Record<ElementChange, number> & { claimsAdded: number; claimsReplaced: number; claimsRemoved: number };
}

export function describeSubject(about: Subject): string {
  if (about.subjectKind === 'node') return `(:${about.label} {id: '${about.subject}'})`;
  return `(${about.from})-[:${about.type}${about.key === null ? '' : ` {key: '${about.key}'}`}]->(${about.to})`;
}

const line = (claim: StoredClaim): ClaimLine => ({
  id: claim.id, source: claim.source, value: claim.value, support: shownSupport(claim.support), locator: claim.support.locator,
});

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function conflictLine(resolution: Resolution, claims: Map<string, StoredClaim>, group: string): ConflictLine {
  const dispute = resolution.disputes.get(group)!;
  return {
    group, what: describeSubject(dispute.about), property: dispute.property, answer: dispute.value, rule: dispute.rule,
    values: dispute.claims.flatMap((id) => {
      const claim = claims.get(id);
      if (!claim) return [];
      const value = claim.property === null && claim.about.subjectKind === 'relationship' ? claim.about.to : claim.value;
      return [{ source: claim.source, value }];
    }),
  };
}

export function diffOf(
  before: Resolution, after: Resolution, current: readonly StoredClaim[], remaining: readonly StoredClaim[],
  removed: readonly StoredClaim[], added: readonly StoredClaim[] | readonly Omit<StoredClaim, 'addedAt' | 'pinned'>[],
): ClaimDiff {
  const elements: ElementDiff[] = [];
  const addedClaims = added.map((claim) => ({ addedAt: null, pinned: false, ...claim })) as StoredClaim[];
  for (const [subject, now] of after.elements) {
    const then = before.elements.get(subject)!;
    const keyOf = (claim: StoredClaim): string => claim.property ?? '';
    const names = new Set([...Object.keys(then.properties), ...Object.keys(now.properties)]);
    const properties: PropertyDiff[] = [];
    for (const name of [null, ...names]) {
      const mine = (claims: readonly StoredClaim[]): StoredClaim[] => claims.filter((claim) => claim.about.subject === subject && keyOf(claim) === (name ?? ''));
      const gone = mine(removed);
      const fresh = mine(addedClaims);
      const replaced: PropertyDiff['replaced'] = [];
      const removedLines: ClaimLine[] = [];
      for (const claim of gone) {
        const successor = fresh.find((other) => other.source === claim.source && !replaced.some((pair) => pair.after.id === other.id));
        if (successor && name !== null) replaced.push({ before: line(claim), after: line(successor) });
        else removedLines.push(line(claim));
      }
      const addedLines = fresh.filter((claim) => !replaced.some((pair) => pair.after.id === claim.id)).map(line);
      const valueBefore = name === null ? then.exists : then.properties[name];
      const valueAfter = name === null ? now.exists : now.properties[name];
      if (!addedLines.length && !replaced.length && !removedLines.length && same(valueBefore, valueAfter)) continue;
      properties.push({ property: name, before: valueBefore, after: valueAfter, added: addedLines, replaced, removed: removedLines });
    }
    const change: ElementChange = !then.exists && now.exists ? 'create' : then.exists && !now.exists ? 'delete' : properties.length ? 'change' : 'unchanged';
    elements.push({ subject, what: describeSubject(now.about), change, properties });
  }
  const claimsBefore = new Map(current.map((claim) => [claim.id, claim]));
  const claimsAfter = new Map(remaining.map((claim) => [claim.id, claim]));
  const conflictsCreated = [...after.disputes.keys()].filter((group) => !before.disputes.has(group)).map((group) => conflictLine(after, claimsAfter, group));
  const conflictsSettled = [...before.disputes.keys()].filter((group) => !after.disputes.has(group)).map((group) => conflictLine(before, claimsBefore, group));
  const counts = { create: 0, change: 0, delete: 0, unchanged: 0, claimsAdded: 0, claimsReplaced: 0, claimsRemoved: 0 };
  for (const element of elements) {
    counts[element.change] += 1;
    for (const property of element.properties) {
      counts.claimsAdded += property.added.length;
      counts.claimsReplaced += property.replaced.length;
      counts.claimsRemoved += property.removed.length;
    }
  }
  return { elements, conflictsCreated, conflictsSettled, counts };
}

const MARK: Record<ElementChange, string> = { create: '+', change: '~', delete: '-', unchanged: '=' };
const shown = (value: unknown): string => (value === null || value === undefined || value === false ? '∅' : value === true ? 'yes' : JSON.stringify(value));
const claimText = (claim: ClaimLine): string =>
  `${shown(claim.value)} from ${claim.source}${claim.locator ? ` (${claim.locator})` : ''}${claim.support.length ? `: "${claim.support.join(' … ')}"` : ''}`;

/** The diff as text: one block per element, one line per property and claim. */
export function formatClaimDiff(diff: ClaimDiff, verbose = false): string {
  const out: string[] = [];
  for (const element of diff.elements) {
    if (element.change === 'unchanged' && !verbose) continue;
    out.push(`  ${MARK[element.change]} ${element.what}`);
    for (const property of element.properties) {
      const name = property.property ?? '(exists)';
      out.push(`      ${name}: ${shown(property.before)} → ${shown(property.after)}`);
      for (const claim of property.added) out.push(`        + claim ${claimText(claim)}`);
      for (const { before, after } of property.replaced) out.push(`        ~ claim ${claimText(before)}  ⇒  ${claimText(after)}`);
      for (const claim of property.removed) out.push(`        - claim ${claimText(claim)}`);
    }
  }
  for (const conflict of diff.conflictsCreated) {
    out.push(`  ! conflict ${conflict.what}${conflict.property ? ` ${conflict.property}` : ''}: ${conflict.values.map((v) => `${shown(v.value)} (${v.source})`).join(' vs ')}; answered ${shown(conflict.answer)} by ${conflict.rule}`);
  }
  for (const conflict of diff.conflictsSettled) {
    out.push(`  ✓ conflict settled ${conflict.what}${conflict.property ? ` ${conflict.property}` : ''}`);
  }
  const c = diff.counts;
  out.push(`  ${c.create} to create, ${c.change} to change, ${c.delete} to delete, ${c.unchanged} unchanged; claims: ${c.claimsAdded} added, ${c.claimsReplaced} replaced, ${c.claimsRemoved} removed; ${diff.conflictsCreated.length} new conflict(s)`);
  return out.join('\n');
}
