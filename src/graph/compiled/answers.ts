/**
 * A compiled statement's answer as the rows the GraphQL types resolve from (the same EntityRow and
 * EdgeObjectRow the loaders give), each carrying the answers of its relationship fields under a
 * symbol, keyed by response key. A relationship field's resolver takes its answer from there
 * (answerFor) and asks its loader only when there is none: a field the compiler left alone, or a
 * row a loader gave.
 */
import { ListPage, toNestedConnection } from '../../graphql/connection';
import { EdgeObjectRow, edgeObjectRow } from '../shared/edges';
import type { NodePrimer } from '../shared/loader-kind';
import { EntityRow, Properties, toEdge, toEntity } from '../shared/rows';
import { Citation } from '../../graphql/citation.type';
import { Citations, EdgeSelection, ListRelation, NodeSelection, Reference, Relation, slotOf } from './selection';

const ANSWERS = Symbol('answers');

type Answers = Map<string, unknown>;
type WithAnswers = { [ANSWERS]?: Answers };

/** The answer a compiled statement gave for a field of this row, if it gave one. */
export function answerFor(row: object, key: string): { value: unknown } | undefined {
  const answers = (row as WithAnswers)[ANSWERS];
  return answers?.has(key) ? { value: answers.get(key) } : undefined;
}

/** A node as the compiled statement returns it (compile.ts). */
export interface CompiledNode {
  properties: Properties;
  label: string;
  fields: Record<string, unknown>;
}

interface CompiledEdge {
  relationship: Properties;
  type: string;
  outgoing: boolean;
  otherId: string;
  fields: Record<string, unknown>;
}

interface CompiledList {
  items: unknown[];
  total?: unknown;
}

/** No answer: the field is left to its resolver (a referenced node is missing, so it reports that). */
const NONE = Symbol('none');

function withAnswers<T extends object>(row: T, answers: Answers): T {
  return answers.size === 0 ? row : Object.assign({ ...row }, { [ANSWERS]: answers });
}

export class AnswerReader {
  constructor(private readonly primer: NodePrimer) {}

  /** A node's row. A row with every property (some field is left to its resolver) primes the node loader, as the loaders' rows do. */
  node(compiled: CompiledNode, selection: NodeSelection): EntityRow {
    const row = toEntity(compiled.properties, compiled.label);
    if (selection.whole) this.primer.node.prime(row.id, row);
    const relations = selection.byLabel.get(compiled.label) ?? [];
    const answers = this.answers(relations, (relation) => compiled.fields[`${compiled.label}|${slotOf(relation)}`], compiled.properties, row.id);
    return withAnswers(this.withCitations(row, relations, (relation) => compiled.fields[`${compiled.label}|${slotOf(relation)}`]), answers);
  }

  private answers(relations: Relation[], valueOf: (relation: Relation) => unknown, holder: Properties, askingId: string): Answers {
    const answers: Answers = new Map();
    for (const relation of relations) {
      if (relation.kind === 'citations') continue;
      const answer = this.answer(relation, valueOf(relation), holder, askingId);
      if (answer !== NONE) answers.set(relation.key, answer);
    }
    return answers;
  }

  /** A row whose citations carry their Source rows, under the response keys of their `source` fields. */
  private withCitations<T extends { sources: Citation[] }>(row: T, relations: Relation[], valueOf: (relation: Relation) => unknown): T {
    const citations = relations.filter((relation): relation is Citations => relation.kind === 'citations');
    if (citations.length === 0) return row;
    const perCitation = row.sources.map((): Answers => new Map());
    for (const relation of citations) {
      const byId = new Map((valueOf(relation) as CompiledNode[]).map((compiled) => [String(compiled.properties.id), compiled]));
      if (row.sources.some((citation) => !byId.has(citation.sourceId))) continue;
      row.sources.forEach((citation, index) => perCitation[index].set(relation.key, this.node(byId.get(citation.sourceId)!, relation.node)));
    }
    return { ...row, sources: row.sources.map((citation, index) => withAnswers(citation, perCitation[index])) };
  }

  private answer(relation: Relation, value: unknown, holder: Properties, askingId: string): unknown {
    switch (relation.kind) {
      case 'toOne': return value === null || value === undefined ? null : this.node(value as CompiledNode, relation.node);
      case 'list': return this.list(relation, value as CompiledList, askingId);
      case 'reference': return this.reference(relation, value as CompiledNode[], holder);
      case 'end': return this.node(value as CompiledNode, relation.node);
      case 'citations': return NONE;
    }
  }

  private list(relation: ListRelation, value: CompiledList, askingId: string): unknown {
    const items = relation.edge
      ? value.items.map((item) => this.edge(item as CompiledEdge, askingId, relation.edge!))
      : value.items.map((item) => this.node(item as CompiledNode, relation.node!));
    if (!relation.connection) return items;
    const page: ListPage<unknown> = { offset: relation.page.offset, items, total: Number(value.total) };
    return toNestedConnection(page);
  }

  private edge(compiled: CompiledEdge, askingId: string, selection: EdgeSelection): EdgeObjectRow {
    const edge = toEdge(compiled.relationship, compiled.type);
    const row = compiled.outgoing ? edgeObjectRow(edge, askingId, compiled.otherId) : edgeObjectRow(edge, compiled.otherId, askingId);
    const valueOf = (relation: Relation) => compiled.fields[slotOf(relation)];
    const answers = this.answers(selection.relations, valueOf, compiled.relationship, askingId);
    return withAnswers(this.withCitations(row, selection.relations, valueOf), answers);
  }

  /** The referenced nodes in the property's order (null or [] when it holds none); NONE when one is missing. */
  private reference(relation: Reference, value: CompiledNode[], holder: Properties): unknown {
    const held = holder[relation.property];
    const byId = new Map(value.map((compiled) => [String(compiled.properties.id), compiled]));
    const ids = relation.list ? ((held as string[] | null | undefined) ?? []) : held === null || held === undefined ? [] : [held as string];
    if (ids.some((id) => !byId.has(id))) return NONE;
    const rows = ids.map((id) => this.node(byId.get(id)!, relation.node));
    if (relation.list) return rows;
    if (rows.length === 0) return relation.required ? NONE : null;
    return rows[0];
  }
}
