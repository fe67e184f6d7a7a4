/**
 * Curation: every write is one transaction that checks its citation (a stored source's quote
 * against its text; a cited source's locator and short excerpt), write-locks the nodes it touches,
 * checks the result against the graph model (the same schema the seed files use), turns the write
 * into claims of the cited source (src/db/claims/), applies them, and records an audit entry. Any
 * failure rolls all of it back.
 *
 * A write replaces only the cited source's claims on what it names: updating a property a second
 * source states adds a claim beside it (a dispute, if they differ). Removing a relationship takes
 * out every source's claims of it: a curator's decision, audited. Merging two nodes moves every
 * claim about the duplicate onto the node that stays.
 *
 * Two writes decide between sources rather than cite one: preferring a disputed claim (pinned; the
 * graph answers with it) and retracting a source (its claims go, and what only it supported).
 */
import { GraphQLError } from 'graphql';
import { CypherRunner, TransactionRunner } from '../../db/database';
import { GraphModel } from '../../model/declaration';
import { GRAPH_MODEL } from '../../model/graph-model';
import { canonicalDirection } from '../../model/relationship-types';
import { nodeDeclaration, referenceProperties, relationshipDeclaration, statedProperties, symmetricTypes } from '../../model/model-queries';
import { describeQuoteProblem, quoteChecker } from '../../provenance/quotes';
import { SeedRelationship, SeedSchemas, seedSchemas } from '../../seed/seed-file.schema';
import { deriveYearsAround } from '../../db/dating';
import { relationshipRows } from '../../seed/seed-rows';
import { badUserInput } from '../../graphql/errors';
import { User } from '../../auth/tokens';
import { CLAIM_STATE, CREATE_SOURCE, LOCK_NODES, MOVE_PUBLISHED, RELATIONSHIP_SUBJECTS, SOURCE_TEXT } from './curation.cypher';
import { Claim, claimId, nodeSubject, relationshipSubject, StoredClaim, Subject, Support } from '../../db/claims/claim';
import { elementClaims } from '../../db/claims/element-claims';
import { applyClaims, planClaims, Run, storedClaim } from '../../db/claims/plan';
import { CLAIMS_ABOUT, CLAIMS_TOUCHING } from '../../db/claims/claims.cypher';
import { EXCERPT_MAX } from '../../seed/seed-file.schema';
import { AuditRecord, RECORD_AUDIT } from '../../audit/audit.cypher';
import { preferClaim, UnknownClaimError } from '../../db/claims/prefer';
import { Retraction, RetractionError, retractSource, UnsupportedNodeError } from '../../seed/retract';

export interface CitationValue {
  sourceId: string;
  quote: string;
  /** Where in a cited source the passage is. */
  locator?: string | null;
}

/** A relationship to create with a node, e.g. a season's OF_SERIES (argument names the input field). */
export interface Link {
  type: string;
  toId: string;
  argument: string;
}

interface Locked {
  label: string;
  properties: Record<string, unknown>;
}

/** What a write's work sees: its statements, the locked nodes, and the cited source and support of its claims. */
interface WriteContext {
  run: Run;
  locked: Map<string, Locked>;
  source: string;
  support: Support;
}

/** A source's support for an element, gaining one more citation (a stored source's quote, a cited one's latest excerpt). */
function mergedSupport(current: Support, next: Support): Support {
  if (current.storage !== next.storage) return next;
  if (next.storage === 'cited') return next;
  return { ...current, quotes: [...new Set([...current.quotes, ...next.quotes])] };
}

type Properties = Record<string, unknown>;

function definedOnly(properties: Properties): Properties {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));
}

/** What a model's writes are checked against: its seed schemas and symmetric types, made once per model. */
interface ModelRules {
  schemas: SeedSchemas;
  symmetric: string[];
  /** A relationship as the seed loader stores it: with the properties the model computes, in its canonical direction. */
  row: ReturnType<typeof relationshipRows>;
  /** Every property, of any label or type, that names another node: a merge repoints them. */
  references: string[];
}

const RULES = new WeakMap<GraphModel, ModelRules>();

function rulesOf(model: GraphModel): ModelRules {
  let rules = RULES.get(model);
  if (!rules) {
    rules = {
      schemas: seedSchemas(model), symmetric: symmetricTypes(model), row: relationshipRows(model),
      references: [...new Set([...model.nodes, ...model.relationships].flatMap((declared) => referenceProperties(declared.properties).map(([name]) => name)))],
    };
    RULES.set(model, rules);
  }
  return rules;
}

interface Reference {
  name: string;
  id: string;
  labels: readonly string[];
}

/** A property naming a node must name one of the labels it allows (a season entry's team is a Team). */
function checkReferences(references: Reference[], locked: Map<string, Locked>, argument: string): void {
  for (const { name, id, labels } of references) {
    if (!labels.includes(locked.get(id)?.label ?? '')) throw badUserInput(`${argument}.${name}`, `names no ${labels.join(' or ')} ("${id}")`);
  }
}

/** Checks a node against the model shared with the seed files; problems name the input field. */
function checkNode(rules: ModelRules, label: string, id: string, properties: Properties, quote: string): void {
  const withoutNulls = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null && v !== undefined));
  const result = rules.schemas.node.safeParse({ label, id, quotes: [quote], ...withoutNulls });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badUserInput(`input.${issue.path.join('.')}`, issue.message);
  }
}

export class CurationService {
  private readonly rules: ModelRules;

  constructor(private readonly db: CypherRunner, private readonly model: GraphModel = GRAPH_MODEL) {
    this.rules = rulesOf(model);
  }

  /**
   * Runs one write: the citation check, the locks, `work` (which says what claims it takes out and
   * puts in), the claims applied, derived years, and the audit entry, in one transaction.
   */
  private async write(
    user: User,
    operation: string,
    citation: CitationValue,
    ids: string[],
    input: unknown,
    work: (context: WriteContext) => Promise<{ replaced: StoredClaim[]; added: Claim[] }>,
  ): Promise<void> {
    await this.db.writeTransaction(async (tx) => {
      const run: Run = (statement, params) => tx.run(statement, params);
      const support = await this.supportOf(tx, citation);
      const rows = await tx.run(LOCK_NODES, { ids: [...new Set(ids)] });
      const locked = new Map(rows.map((row) => [row.id as string, { label: row.label as string, properties: row.properties as Properties }]));
      const change = await work({ run, locked, support, source: citation.sourceId });
      await applyClaims(run, await planClaims(run, this.model, change));
      // Only what this write can change: its nodes and those dated from them.
      await deriveYearsAround(tx, this.model, [...new Set(ids)]);
      const audit: AuditRecord = {
        actor: user.id, role: user.role, operation, sourceId: citation.sourceId, quote: citation.quote,
        targetIds: [...new Set(ids)], input: JSON.stringify(input),
      };
      await tx.run(RECORD_AUDIT, { ...audit });
    });
  }

  /** The citation as a claim's support, after checking it against its source: a stored one's text, a cited one's rules. */
  private async supportOf(tx: TransactionRunner, citation: CitationValue): Promise<Support> {
    const [source] = await tx.run(SOURCE_TEXT, { sourceId: citation.sourceId });
    if (!source) throw badUserInput('citation.sourceId', `names no source in the graph ("${citation.sourceId}"); add it with addSource first`);
    if (source.text === null || source.text === undefined) {
      if (!citation.locator) throw badUserInput('citation.locator', `is required: source "${citation.sourceId}" is cited (its text is not stored), so a write names where in it the passage is`);
      if (citation.quote.trim().length > EXCERPT_MAX) {
        throw badUserInput('citation.quote', `is an excerpt of cited source "${citation.sourceId}" and must be short (at most ${EXCERPT_MAX} characters)`);
      }
      return { storage: 'cited', quotes: [], locator: citation.locator, excerpt: citation.quote.trim() };
    }
    if (citation.locator) throw badUserInput('citation.locator', `is for cited sources; source "${citation.sourceId}" is stored, and its quote is checked against its text`);
    const wrong = quoteChecker(String(source.text))(citation.quote);
    if (wrong) {
      throw badUserInput('citation.quote', `is not a real excerpt of source "${citation.sourceId}": ${describeQuoteProblem(wrong, 'its text')}`);
    }
    return { storage: 'stored', quotes: [citation.quote], locator: null, excerpt: null };
  }

  /**
   * The claims of the cited source about `about`: that it exists (its support gaining this
   * citation) and the `properties` given, each replacing what the source said of it (null: the
   * source no longer says it).
   */
  private async restate(context: WriteContext, about: Subject, properties: Properties): Promise<{ replaced: StoredClaim[]; added: Claim[] }> {
    const current = (await context.run(CLAIMS_ABOUT, { subjects: [about.subject], groups: [] })).map(storedClaim);
    const own = current.filter((claim) => claim.source === context.source);
    const existence = own.find((claim) => claim.property === null);
    const support = existence ? mergedSupport(existence.support, context.support) : context.support;
    const named = new Set(Object.keys(properties));
    const replaced = own.filter((claim) => claim.property === null || named.has(claim.property));
    const stated = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined));
    const [exists, ...values] = elementClaims(this.model, about, stated, context.source, support);
    return { replaced, added: [{ ...exists, support }, ...values.map((claim) => ({ ...claim, support: context.support }))] };
  }

  async addSource(user: User, input: { id: string; publisherId: string; properties: Properties }): Promise<string> {
    return this.db.writeTransaction(async (tx) => {
      const rows = await tx.run(LOCK_NODES, { ids: [input.id, input.publisherId] });
      const labels = new Map(rows.map((row) => [row.id as string, row.label as string]));
      if (labels.has(input.id)) throw badUserInput('input.id', `"${input.id}" already exists`);
      if (labels.get(input.publisherId) !== 'Organization') {
        throw badUserInput('input.publisherId', `names no Organization ("${input.publisherId}")`);
      }
      const stored = typeof input.properties.text === 'string' && input.properties.text.length > 0;
      if (!stored && !input.properties.url) throw badUserInput('input.url', 'is required of a cited source (one without its text)');
      if (!stored && !input.properties.retrieved) throw badUserInput('input.retrieved', 'is required of a cited source: the day it was read at its url');
      const properties = { authors: [], ...definedOnly(input.properties), storage: stored ? 'stored' : 'cited' };
      await tx.run(CREATE_SOURCE, { id: input.id, publisherId: input.publisherId, properties });
      const audit: AuditRecord = {
        actor: user.id, role: user.role, operation: 'addSource', sourceId: input.id, quote: null, targetIds: [input.id],
        // The text can be long: the log keeps its length.
        input: JSON.stringify({ ...input, properties: { ...input.properties, text: `(${String(input.properties.text ?? '').length} characters)` } }),
      };
      await tx.run(RECORD_AUDIT, { ...audit });
      return input.id;
    });
  }

  /** Properties of a node that name another node (a relative date's anchor), with the labels they allow. */
  private nodeReferences(label: string, properties: Properties): Reference[] {
    return referenceProperties(nodeDeclaration(this.model, label).properties)
      .flatMap(([name, labels]) => (typeof properties[name] === 'string' ? [{ name, id: properties[name] as string, labels }] : []));
  }

  async createNode(user: User, label: string, id: string, properties: Properties, links: Link[], citation: CitationValue): Promise<string> {
    const props = definedOnly(properties);
    checkNode(this.rules, label, id, props, citation.quote);
    const references = this.nodeReferences(label, props);
    const ids = [id, ...links.map((l) => l.toId), ...references.map((reference) => reference.id)];
    await this.write(user, `create${label}`, citation, ids, { id, ...props, links }, async (context) => {
      if (context.locked.has(id)) throw badUserInput('id', `"${id}" already exists (a ${context.locked.get(id)?.label})`);
      checkReferences(references, context.locked, 'input');
      context.locked.set(id, { label, properties: props });
      const added = elementClaims(this.model, nodeSubject(id, label), props, context.source, context.support);
      for (const link of links) added.push(...await this.linkWithin(context, link.type, id, link.toId, {}, link.argument));
      return { replaced: [], added };
    });
    return id;
  }

  async updateNode(user: User, label: string, id: string, properties: Properties, links: Link[], citation: CitationValue): Promise<string> {
    const changes = definedOnly(properties);
    const references = this.nodeReferences(label, changes);
    const ids = [id, ...links.map((l) => l.toId), ...references.map((reference) => reference.id)];
    await this.write(user, `update${label}`, citation, ids, { id, ...changes, links }, async (context) => {
      const current = context.locked.get(id);
      if (!current || current.label !== label) throw badUserInput('id', `names no ${label} ("${id}")`);
      checkReferences(references, context.locked, 'input');
      // What sources state (not the provenance, nor the years the graph derives) is checked with the changes.
      const stated = new Set(statedProperties(nodeDeclaration(this.model, label).properties).map(([name]) => name));
      const currentProperties = Object.fromEntries(Object.entries(current.properties).filter(([name]) => stated.has(name)));
      checkNode(this.rules, label, id, { ...currentProperties, ...changes }, citation.quote);
      const change = await this.restate(context, nodeSubject(id, label), changes);
      for (const link of links) change.added.push(...await this.linkWithin(context, link.type, id, link.toId, {}, link.argument));
      return change;
    });
    return id;
  }

  /**
   * Merges a duplicate into the node that stays: every claim about the duplicate (its own, its
   * relationships', and values naming it) is claimed again of the kept node by the same source,
   * then the duplicate, supported by nothing, goes. Relationships between the two would become
   * loops and go with it. Where the two disagree, both claims stay: a dispute, answered by the rule.
   */
  async mergeNodes(user: User, keepId: string, dropId: string, citation: CitationValue): Promise<string> {
    if (keepId === dropId) throw badUserInput('dropId', 'must differ from keepId');
    await this.write(user, 'mergeNodes', citation, [keepId, dropId], { keepId, dropId }, async (context) => {
      const keep = context.locked.get(keepId);
      const drop = context.locked.get(dropId);
      if (!keep) throw badUserInput('keepId', `names no node ("${keepId}")`);
      if (!drop) throw badUserInput('dropId', `names no node ("${dropId}")`);
      if (keep.label !== drop.label) throw badUserInput('dropId', `is a ${drop.label}; only nodes of one label merge (keepId is a ${keep.label})`);
      if (keep.label === 'Source') throw badUserInput('keepId', 'sources do not merge');
      const replaced = (await context.run(CLAIMS_TOUCHING, { ids: [dropId], references: this.rules.references })).map(storedClaim);
      await context.run(MOVE_PUBLISHED, { keepId, dropId });
      return { replaced, added: replaced.flatMap((claim) => this.moved(claim, dropId, keepId)) };
    });
    return keepId;
  }

  /** A claim about (or naming) `dropId`, made of `keepId` instead; none for a relationship between the two. */
  private moved(claim: StoredClaim, dropId: string, keepId: string): Claim[] {
    const swap = (id: string): string => (id === dropId ? keepId : id);
    let about: Subject = claim.about;
    if (about.subjectKind === 'node') about = nodeSubject(swap(about.subject), about.label);
    else {
      const [from, to] = [swap(about.from), swap(about.to)];
      if (from === to) return [];
      const stored = canonicalDirection(about.type, from, to, this.rules.symmetric);
      about = relationshipSubject(about.type, stored.from, stored.to, about.key);
    }
    const value = claim.value === dropId && claim.property !== null && this.rules.references.includes(claim.property) ? keepId : claim.value;
    return [{ ...claim, about, value, id: claimId(claim.source, about.subject, claim.property, value) }];
  }

  async addRelationship(user: User, type: string, from: string, to: string, properties: Properties, citation: CitationValue): Promise<void> {
    const props = definedOnly(properties);
    if (from === to) throw badUserInput('input.to', 'must differ from input.from');
    const parsed = this.rules.schemas.relationship.safeParse({ type, from, to, quotes: [citation.quote], ...props });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
      throw badUserInput(`input.${field}`, issue.code === 'unrecognized_keys' ? `is not a property of ${type}` : issue.message);
    }
    // Properties that name a node (a season entry's team) must name one of the labels they allow.
    const references = referenceProperties(relationshipDeclaration(this.model, type).properties)
      .flatMap(([name, labels]) => (typeof props[name] === 'string' ? [{ name, id: props[name] as string, labels }] : []));
    const ids = [from, to, ...references.map((reference) => reference.id)];
    await this.write(user, 'addRelationship', citation, ids, { type, from, to, ...props }, async (context) => {
      checkReferences(references, context.locked, 'input');
      const added = await this.linkWithin(context, type, from, to, props, 'input');
      const about = added[0].about;
      const restated = await this.restate(context, about, Object.fromEntries(Object.keys(props).map((name) => [name, props[name]])));
      return { replaced: restated.replaced, added: [restated.added[0], ...added.slice(1)] };
    });
  }

  /**
   * Removes the relationship of `type` between the two (for a type identified by properties,
   * HELD_ROLE, `key` names which): every source's claims of it go, a curator's decision, audited.
   */
  async removeRelationship(user: User, type: string, from: string, to: string, citation: CitationValue, key: string | null = null): Promise<void> {
    const stored = canonicalDirection(type, from, to, this.rules.symmetric);
    await this.write(user, 'removeRelationship', citation, [from, to], { type, from, to, key }, async (context) => {
      const subjects = (await context.run(RELATIONSHIP_SUBJECTS, { type, ...stored, key })).map((row) => String(row.subject));
      if (subjects.length === 0) {
        throw badUserInput('input', `there is no ${type}${key === null ? '' : ` with key "${key}"`} from "${from}" to "${to}"`);
      }
      const replaced = (await context.run(CLAIMS_ABOUT, { subjects, groups: [] })).map(storedClaim);
      return { replaced, added: [] };
    });
  }

  /** The claims of one relationship (that it exists, its properties) after checking both ends' labels. */
  private async linkWithin(
    context: WriteContext, type: string, from: string, to: string, properties: Properties, argument: string,
  ): Promise<Claim[]> {
    const allowed = this.rules.schemas.endpoints[type];
    if (!allowed) throw new GraphQLError(`Unknown relationship type ${type}.`);
    const ends: [string, string | undefined, readonly string[], string][] = [
      ['from', context.locked.get(from)?.label, allowed.from, from],
      ['to', context.locked.get(to)?.label, allowed.to, to],
    ];
    for (const [end, label, labels, id] of ends) {
      if (!label) throw badUserInput(argument === 'input' ? `input.${end}` : argument, `names no node ("${id}")`);
      if (!labels.includes(label)) {
        throw badUserInput(argument === 'input' ? `input.${end}` : argument, `is a ${label}; ${type} ${end === 'from' ? 'starts at' : 'ends at'} ${labels.join(' or ')}`);
      }
    }
    // Claimed as the seed loader claims it: the canonical direction, the key of a type identified by properties.
    const row = this.rules.row({ type, from, to, ...properties } as SeedRelationship);
    const about = relationshipSubject(type, row.from, row.to, (row.properties.key as string | undefined) ?? null);
    return elementClaims(this.model, about, row.properties, context.source, context.support);
  }

  /**
   * A curator's choice in a dispute: `claimId` is pinned within its group, so the graph answers
   * with its value whatever the other sources say (src/db/claims/prefer.ts); the years dated from
   * what changed are derived again, and the choice is audited with its reason. A claim no other
   * source disputes is refused: there is nothing to choose between. Returns the claim's group.
   */
  async preferClaim(user: User, claimId: string, reason: string): Promise<string> {
    return this.db.writeTransaction(async (tx) => {
      const run: Run = (statement, params) => tx.run(statement, params);
      const [state] = await tx.run(CLAIM_STATE, { claimId });
      if (!state) throw badUserInput('claimId', `names no claim ("${claimId}")`);
      if (state.disputed !== true) {
        throw badUserInput('claimId', `names a claim no other source disputes ("${claimId}"): the graph already answers with it`);
      }
      const entities = (state.entities as string[]).filter((id) => id !== null);
      await tx.run(LOCK_NODES, { ids: entities });
      let group: string;
      try {
        ({ group } = await preferClaim(run, this.model, claimId));
      } catch (error) {
        if (error instanceof UnknownClaimError) throw badUserInput('claimId', `names no claim ("${claimId}")`);
        throw error;
      }
      await deriveYearsAround(tx, this.model, entities);
      const audit: AuditRecord = {
        actor: user.id, role: user.role, operation: 'preferClaim', sourceId: String(state.source), quote: null,
        targetIds: entities, input: JSON.stringify({ claimId, reason, group }),
      };
      await tx.run(RECORD_AUDIT, { ...audit });
      return group;
    });
  }

  /**
   * Retracts a source (src/seed/retract.ts): a dry run plans it and writes nothing; applied, it is
   * one audited transaction. What stops it (an unknown source; a node only it supports that
   * another source's facts still use) is the caller's mistake: BAD_USER_INPUT on `sourceId`.
   */
  async retractSource(user: User, sourceId: string, apply: boolean): Promise<Retraction> {
    try {
      return await retractSource(this.db, sourceId, { apply, actor: user.id, role: user.role }, this.model);
    } catch (error) {
      const refused = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument: 'sourceId' } });
      if (error instanceof RetractionError) {
        throw refused(`Source "${sourceId}" cannot be retracted: ${error.problems.map((problem) => problem.reason).join('; ')}.`);
      }
      if (error instanceof UnsupportedNodeError) throw refused(`Source "${sourceId}" cannot be retracted. ${error.message}`);
      throw error;
    }
  }
}
