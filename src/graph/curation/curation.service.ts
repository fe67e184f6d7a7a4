/**
 * Curation: every write is one transaction that checks its citation against the source's stored
 * text, write-locks the nodes it touches, checks the result against the graph model (the same
 * schema the seed files use), writes, and records an audit entry. Any failure rolls all of it back.
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
import {
  CREATE_NODE, CREATE_SOURCE, DELETE_RELATIONSHIP, LOCK_NODES, MERGE_NODES, MERGE_RELATIONSHIP, SOURCE_TEXT,
  UPDATE_NODE,
} from './curation.cypher';
import { AuditRecord, RECORD_AUDIT } from '../../audit/audit.cypher';

export interface CitationValue {
  sourceId: string;
  quote: string;
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
   * Runs one write: the citation check, the locks, `work`, and the audit entry, in one transaction.
   * Returns what `work` returns.
   */
  private async write<T>(
    user: User,
    operation: string,
    citation: CitationValue,
    ids: string[],
    input: unknown,
    work: (tx: TransactionRunner, locked: Map<string, Locked>) => Promise<T>,
  ): Promise<T> {
    return this.db.writeTransaction(async (tx) => {
      const [source] = await tx.run(SOURCE_TEXT, { sourceId: citation.sourceId });
      if (!source) throw badUserInput('citation.sourceId', `names no source in the graph ("${citation.sourceId}"); add it with addSource first`);
      const wrong = quoteChecker(String(source.text))(citation.quote);
      if (wrong) {
        throw badUserInput('citation.quote', `is not a real excerpt of source "${citation.sourceId}": ${describeQuoteProblem(wrong, 'its text')}`);
      }
      const rows = await tx.run(LOCK_NODES, { ids: [...new Set(ids)] });
      const locked = new Map(rows.map((row) => [row.id as string, { label: row.label as string, properties: row.properties as Properties }]));
      const result = await work(tx, locked);
      // Only what this write can change: its nodes and those dated from them.
      await deriveYearsAround(tx, this.model, [...new Set(ids)]);
      const audit: AuditRecord = {
        actor: user.id, role: user.role, operation, sourceId: citation.sourceId, quote: citation.quote,
        targetIds: [...new Set(ids)], input: JSON.stringify(input),
      };
      await tx.run(RECORD_AUDIT, { ...audit });
      return result;
    });
  }

  async addSource(user: User, input: { id: string; publisherId: string; properties: Properties }): Promise<string> {
    return this.db.writeTransaction(async (tx) => {
      const rows = await tx.run(LOCK_NODES, { ids: [input.id, input.publisherId] });
      const labels = new Map(rows.map((row) => [row.id as string, row.label as string]));
      if (labels.has(input.id)) throw badUserInput('input.id', `"${input.id}" already exists`);
      if (labels.get(input.publisherId) !== 'Organization') {
        throw badUserInput('input.publisherId', `names no Organization ("${input.publisherId}")`);
      }
      await tx.run(CREATE_SOURCE, { id: input.id, publisherId: input.publisherId, properties: definedOnly(input.properties) });
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
    return this.write(user, `create${label}`, citation, ids, { id, ...props, links }, async (tx, locked) => {
      if (locked.has(id)) throw badUserInput('id', `"${id}" already exists (a ${locked.get(id)?.label})`);
      checkReferences(references, locked, 'input');
      await tx.run(CREATE_NODE, { id, label, properties: props, ...citation });
      locked.set(id, { label, properties: props });
      for (const link of links) await this.linkWithin(tx, locked, link.type, id, link.toId, {}, citation, link.argument);
      return id;
    });
  }

  async updateNode(user: User, label: string, id: string, properties: Properties, links: Link[], citation: CitationValue): Promise<string> {
    const changes = definedOnly(properties);
    const references = this.nodeReferences(label, changes);
    const ids = [id, ...links.map((l) => l.toId), ...references.map((reference) => reference.id)];
    return this.write(user, `update${label}`, citation, ids, { id, ...changes, links }, async (tx, locked) => {
      const current = locked.get(id);
      if (!current || current.label !== label) throw badUserInput('id', `names no ${label} ("${id}")`);
      checkReferences(references, locked, 'input');
      // What sources state (not the provenance, nor the years the graph derives) is checked with the changes.
      const stated = new Set(statedProperties(nodeDeclaration(this.model, label).properties).map(([name]) => name));
      const currentProperties = Object.fromEntries(Object.entries(current.properties).filter(([name]) => stated.has(name)));
      checkNode(this.rules, label, id, { ...currentProperties, ...changes }, citation.quote);
      await tx.run(UPDATE_NODE, { id, properties: changes, ...citation });
      for (const link of links) await this.linkWithin(tx, locked, link.type, id, link.toId, {}, citation, link.argument);
      return id;
    });
  }

  async mergeNodes(user: User, keepId: string, dropId: string, citation: CitationValue): Promise<string> {
    if (keepId === dropId) throw badUserInput('dropId', 'must differ from keepId');
    return this.write(user, 'mergeNodes', citation, [keepId, dropId], { keepId, dropId }, async (tx, locked) => {
      const keep = locked.get(keepId);
      const drop = locked.get(dropId);
      if (!keep) throw badUserInput('keepId', `names no node ("${keepId}")`);
      if (!drop) throw badUserInput('dropId', `names no node ("${dropId}")`);
      if (keep.label !== drop.label) throw badUserInput('dropId', `is a ${drop.label}; only nodes of one label merge (keepId is a ${keep.label})`);
      if (keep.label === 'Source') throw badUserInput('keepId', 'sources do not merge');
      await tx.run(MERGE_NODES, { keepId, dropId, symmetricTypes: this.rules.symmetric, references: this.rules.references });
      return keepId;
    });
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
    await this.write(user, 'addRelationship', citation, ids, { type, from, to, ...props }, async (tx, locked) => {
      checkReferences(references, locked, 'input');
      await this.linkWithin(tx, locked, type, from, to, props, citation, 'input');
    });
  }

  /** Removes the relationship of `type` between the two; for a type identified by properties (HELD_ROLE), `key` names which. */
  async removeRelationship(user: User, type: string, from: string, to: string, citation: CitationValue, key: string | null = null): Promise<void> {
    const stored = canonicalDirection(type, from, to, this.rules.symmetric);
    await this.write(user, 'removeRelationship', citation, [from, to], { type, from, to, key }, async (tx) => {
      const [row] = await tx.run(DELETE_RELATIONSHIP, { type, ...stored, key });
      if (Number(row?.deleted ?? 0) === 0) {
        throw badUserInput('input', `there is no ${type}${key === null ? '' : ` with key "${key}"`} from "${from}" to "${to}"`);
      }
    });
  }

  /** Creates (or cites again) one relationship inside a write, after checking both ends' labels. */
  private async linkWithin(
    tx: TransactionRunner, locked: Map<string, Locked>, type: string, from: string, to: string,
    properties: Properties, citation: CitationValue, argument: string,
  ): Promise<void> {
    const allowed = this.rules.schemas.endpoints[type];
    if (!allowed) throw new GraphQLError(`Unknown relationship type ${type}.`);
    const ends: [string, string | undefined, readonly string[], string][] = [
      ['from', locked.get(from)?.label, allowed.from, from],
      ['to', locked.get(to)?.label, allowed.to, to],
    ];
    for (const [end, label, labels, id] of ends) {
      if (!label) throw badUserInput(argument === 'input' ? `input.${end}` : argument, `names no node ("${id}")`);
      if (!labels.includes(label)) {
        throw badUserInput(argument === 'input' ? `input.${end}` : argument, `is a ${label}; ${type} ${end === 'from' ? 'starts at' : 'ends at'} ${labels.join(' or ')}`);
      }
    }
    // Stored as the seed loader stores it: the model's computed properties (HAS_RELATIVE's generation), the canonical direction.
    const row = this.rules.row({ type, from, to, quotes: [], ...properties } as SeedRelationship);
    await tx.run(MERGE_RELATIONSHIP, { type, from: row.from, to: row.to, properties: row.properties, ...citation });
  }
}
