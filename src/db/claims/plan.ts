/**
 * Changing what sources claim, in two steps that share one computation:
 *
 * - `planClaims` reads the claims of every element a change touches, resolves them before and
 *   after (resolve.ts) and says what would change: the curator's diff (diff.ts). It writes nothing,
 *   so `npm run ingest`'s dry run and `retractSource(apply: false)` are plans.
 * - `applyClaims` writes a plan inside the caller's transaction: the claims, then each element's
 *   answered values and provenance, then removes the elements no claim supports any longer.
 *
 * A change is the claims it takes out (`replaced`: one source's claims on a file, a property, an
 * element) and the claims it puts in (`added`). Nothing else is touched, so loading a source never
 * changes another source's claims.
 */
import { Row } from '../database';
import { GraphModel } from '../../model/declaration';
import { Claim, ClaimValue, entitiesOf, StoredClaim, Subject } from './claim';
import {
  CLAIMS_ABOUT, DELETE_CLAIMS, DELETE_NODES, DELETE_RELATIONSHIPS, LINKS_OF_NODES, SET_CLAIM_STATES, SOURCE_DATES,
  UPSERT_CLAIMS, WRITE_NODES, WRITE_RELATIONSHIPS,
} from './claims.cypher';
import { ClaimDiff, diffOf } from './diff';
import { groupOf, Resolution, resolveClaims, SourceDates } from './resolve';

/** Runs one statement: `db.read` for a dry run, `tx.run` inside a write. */
export type Run = (statement: string, params?: Record<string, unknown>) => Promise<Row[]>;

export interface ClaimChange {
  /** Claims to take out (as read from the graph). */
  replaced: readonly StoredClaim[];
  /** Claims to put in; one with the id of a replaced claim updates it (keeping when it was added). */
  added: readonly Claim[];
}

export interface ClaimPlan {
  subjects: Subject[];
  before: Resolution;
  after: Resolution;
  /** Claims that go. */
  removed: StoredClaim[];
  /** Claims written: new ones, and ones whose support (quotes, locator, excerpt, position) changed. */
  written: Claim[];
  /** Every claim that stays, as it will be: whose states are set. */
  remaining: StoredClaim[];
  diff: ClaimDiff;
  /** Whether applying it would change anything. */
  changes: boolean;
}

/** A row of CLAIMS_* as a StoredClaim. */
export function storedClaim(row: Row): StoredClaim {
  const about: Subject = row.subjectKind === 'node'
    ? { subjectKind: 'node', subject: String(row.subject), label: String(row.label) }
    : { subjectKind: 'relationship', subject: String(row.subject), type: String(row.type), from: String(row.from), to: String(row.to), key: (row.key as string | null) ?? null };
  return {
    id: String(row.id), about, property: (row.property as string | null) ?? null, value: (row.value as ClaimValue | null) ?? null,
    source: String(row.source),
    support: { storage: row.storage === 'cited' ? 'cited' : 'stored', quotes: (row.quotes as string[]) ?? [], locator: (row.locator as string | null) ?? null, excerpt: (row.excerpt as string | null) ?? null },
    position: Number(row.position ?? 0), addedAt: (row.addedAt as string | null) ?? null, pinned: row.pinned === true,
  };
}

const sameSupport = (a: Claim, b: Claim): boolean =>
  a.position === b.position && JSON.stringify(a.support) === JSON.stringify(b.support);

export async function sourceDates(run: Run, ids: string[]): Promise<Map<string, SourceDates>> {
  const rows = await run(SOURCE_DATES, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [String(row.id), { published: (row.published as string | null) ?? null, retrieved: (row.retrieved as string | null) ?? null }]));
}

/**
 * What `change` would do. `extraDates` gives the dates of a source not yet in the graph (a file
 * being loaded for the first time), for the recency rule.
 */
export async function planClaims(run: Run, model: GraphModel, change: ClaimChange, extraDates: ReadonlyMap<string, SourceDates> = new Map()): Promise<ClaimPlan> {
  const subjectsById = new Map<string, Subject>();
  for (const claim of [...change.replaced, ...change.added]) subjectsById.set(claim.about.subject, claim.about);
  const subjects = [...subjectsById.values()];
  const groups = [...new Set([...change.replaced, ...change.added].filter((claim) => claim.property === null).map((claim) => groupOf(model, claim)))];
  const current = (await run(CLAIMS_ABOUT, { subjects: subjects.map((s) => s.subject), groups })).map(storedClaim);
  // Siblings in a to-one group are resolved too (their claims' states change with the dispute).
  for (const claim of current) if (!subjectsById.has(claim.about.subject)) subjectsById.set(claim.about.subject, claim.about);
  const allSubjects = [...subjectsById.values()];

  const currentById = new Map(current.map((claim) => [claim.id, claim]));
  const addedById = new Map(change.added.map((claim) => [claim.id, claim]));
  const removed = change.replaced.filter((claim) => !addedById.has(claim.id) && currentById.has(claim.id));
  const removedIds = new Set(removed.map((claim) => claim.id));
  const written = change.added.filter((claim) => {
    const existing = currentById.get(claim.id);
    return !existing || !sameSupport(existing, claim);
  });
  const remaining: StoredClaim[] = [
    ...current.filter((claim) => !removedIds.has(claim.id)).map((claim) => {
      const update = addedById.get(claim.id);
      return update ? { ...update, addedAt: claim.addedAt, pinned: claim.pinned } : claim;
    }),
    ...change.added.filter((claim) => !currentById.has(claim.id)).map((claim) => ({ ...claim, addedAt: null, pinned: false })),
  ];
  const dates = new Map([...await sourceDates(run, [...current, ...change.added].map((claim) => claim.source)), ...extraDates]);
  const before = resolveClaims(model, allSubjects, current, dates);
  const after = resolveClaims(model, allSubjects, remaining, dates);
  const diff = diffOf(before, after, current, remaining, removed, change.added.filter((claim) => !currentById.has(claim.id)));
  const statesChanged = remaining.some((claim) => JSON.stringify(before.states.get(claim.id)) !== JSON.stringify(after.states.get(claim.id)));
  return { subjects: allSubjects, before, after, removed, written, remaining, diff, changes: removed.length + written.length > 0 || statesChanged };
}

/** A claim's properties as stored (null removes one that the claim no longer has). */
function claimProperties(claim: Claim): Record<string, unknown> {
  const { about } = claim;
  return {
    subjectKind: about.subjectKind, subject: about.subject,
    label: about.subjectKind === 'node' ? about.label : null,
    type: about.subjectKind === 'relationship' ? about.type : null,
    from: about.subjectKind === 'relationship' ? about.from : null,
    to: about.subjectKind === 'relationship' ? about.to : null,
    key: about.subjectKind === 'relationship' ? about.key : null,
    entities: entitiesOf(about),
    property: claim.property, value: claim.value, source: claim.source,
    storage: claim.support.storage, quotes: claim.support.quotes, locator: claim.support.locator, excerpt: claim.support.excerpt,
    position: claim.position,
  };
}

export class UnsupportedNodeError extends Error {
  override name = 'UnsupportedNodeError';
  readonly expected = true;
  constructor(readonly links: { id: string; type: string; other: string; outgoing: boolean }[]) {
    super(`These nodes would lose every claim while other facts still use them; nothing was written:\n${links
      .map((link) => `  "${link.id}" ${link.outgoing ? `-[:${link.type}]->` : `<-[:${link.type}]-`} "${link.other}"`)
      .join('\n')}\nLet the source of those facts state the node itself, or take those facts out first.`);
  }
}

/** Writes `plan` in the caller's transaction. Throws UnsupportedNodeError (rolling back) rather than cut another source's facts loose. */
export async function applyClaims(run: Run, plan: ClaimPlan): Promise<void> {
  if (plan.removed.length) await run(DELETE_CLAIMS, { ids: plan.removed.map((claim) => claim.id) });
  if (plan.written.length) await run(UPSERT_CLAIMS, { claims: plan.written.map((claim) => ({ id: claim.id, properties: claimProperties(claim) })) });
  const elements = [...plan.after.elements.values()];
  const kept = elements.filter((element) => element.exists);
  const gone = elements.filter((element) => !element.exists && plan.before.elements.get(element.about.subject)?.exists);
  const nodes = kept.flatMap(({ about, properties, sources, quotes }) => (about.subjectKind === 'node' ? [{ id: about.subject, label: about.label, properties, sources, quotes }] : []));
  const relationships = kept.flatMap(({ about, properties, sources, quotes }) => (about.subjectKind === 'relationship'
    ? [{ type: about.type, from: about.from, to: about.to, key: about.key, properties, sources, quotes }] : []));
  if (nodes.length) await run(WRITE_NODES, { nodes });
  if (relationships.length) await run(WRITE_RELATIONSHIPS, { relationships });
  const goneRelationships = gone.flatMap(({ about }) => (about.subjectKind === 'relationship' ? [{ type: about.type, from: about.from, to: about.to, key: about.key }] : []));
  if (goneRelationships.length) await run(DELETE_RELATIONSHIPS, { relationships: goneRelationships });
  await removeNodes(run, gone.flatMap(({ about }) => (about.subjectKind === 'node' ? [about.subject] : [])));
  const staying = new Set(plan.remaining.map((claim) => claim.id));
  await run(SET_CLAIM_STATES, { states: [...plan.after.states.values()].filter((state) => staying.has(state.id)) });
}

/** Deletes nodes no claim supports, unless something outside the plan still holds on to them. */
export async function removeNodes(run: Run, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const links = (await run(LINKS_OF_NODES, { ids })).map((row) => ({ id: String(row.id), type: String(row.type), other: String(row.other), outgoing: row.outgoing === true }));
  if (links.length) throw new UnsupportedNodeError(links);
  await run(DELETE_NODES, { ids });
}
