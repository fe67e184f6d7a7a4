/**
 * A claim: one source saying one thing of one node or relationship. Either that the element exists
 * (`property` null: "Amber Balcaen is a Person", "she drove for this team") or that one of its
 * properties has a value ("born 1997"); a list property has one claim per item. Claims are kept as
 * `(:Claim)` nodes beside the graph (claims.cypher.ts), and the graph's own properties hold the
 * value each one answers with (resolve.ts).
 */
import { createHash } from 'node:crypto';

export type ClaimValue = string | number | boolean;
export type Storage = 'stored' | 'cited';

/** What a claim is about: a node, or a relationship (in its stored direction, with its key when the type has one). */
export type Subject =
  | { subjectKind: 'node'; subject: string; label: string }
  | { subjectKind: 'relationship'; subject: string; type: string; from: string; to: string; key: string | null };

/** How one source supports a fact: its quotes (a stored source) or a locator and an excerpt (a cited one). */
export interface Support {
  storage: Storage;
  quotes: string[];
  locator: string | null;
  excerpt: string | null;
}

export interface Claim {
  id: string;
  about: Subject;
  /** Null: the claim that the element exists. */
  property: string | null;
  value: ClaimValue | null;
  source: string;
  support: Support;
  /** A list item's place in its source's list (the union keeps each source's order); 0 otherwise. */
  position: number;
}

/** A claim as the graph holds it: with when it was added and whether a curator pinned it. */
export interface StoredClaim extends Claim {
  /** ISO date-time; a claim being planned has none yet (it sorts after every stored one). */
  addedAt: string | null;
  pinned: boolean;
}

export const nodeSubject = (id: string, label: string): Subject => ({ subjectKind: 'node', subject: id, label });

export function relationshipSubject(type: string, from: string, to: string, key: string | null): Subject {
  return { subjectKind: 'relationship', subject: [from, type, to, ...(key === null ? [] : [key])].join('|'), type, from, to, key };
}

/** The ids a claim is about: a node's, or a relationship's two ends. */
export const entitiesOf = (about: Subject): string[] => (about.subjectKind === 'node' ? [about.subject] : [about.from, about.to]);

/** A claim's id: the same source saying the same thing of the same element always has the same id. */
export function claimId(source: string, subject: string, property: string | null, value: ClaimValue | null): string {
  const hash = createHash('sha256').update(JSON.stringify([source, subject, property, value])).digest('base64url');
  return `claim-${hash.slice(0, 24)}`;
}

export function makeClaim(about: Subject, property: string | null, value: ClaimValue | null, source: string, support: Support, position = 0): Claim {
  return { id: claimId(source, about.subject, property, value), about, property, value, source, support, position };
}

/** The quote a reader is shown: a stored source's sentences, or a cited source's excerpt. */
export const shownSupport = (support: Support): string[] => (support.storage === 'stored' ? support.quotes : support.excerpt === null ? [] : [support.excerpt]);
