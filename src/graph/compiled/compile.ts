/**
 * The compiler: a selection tree (selection.ts) becomes Cypher, built with @neo4j/cypher-builder
 * (an AST: labels and types from the model, every value a parameter). Each relationship field the
 * request walks is a `CALL` subquery of its parent node that reads the same rows the field's loader
 * reads, in the same order and with the same page, and projects only the selected properties;
 * nested fields are subqueries within it. A root field is therefore answered in one statement.
 *
 * Every node comes back as a map `{properties, label, fields}`: `fields` holds the answers of its
 * relationship fields, keyed `<label>|<response key>` (a node that may have several labels is
 * asked per label what the request selects on that label). rows.ts reads these maps.
 */
import Cypher from '@neo4j/cypher-builder';
import { EdgeSelection, End, ListRelation, NodeSelection, Reference, Relation, ToOne } from './selection';

/** A node's answer: the clauses that compute its fields, then the map that holds them. */
export interface Projection {
  clauses: Cypher.Clause[];
  properties: Cypher.Expr;
  label: Cypher.Expr;
  fields: Cypher.Map;
}

const ENTITY = 'Entity';
const DIRECTIONS = { out: 'right', in: 'left', both: 'undirected' } as const;

/** A node's own label: every node of the graph carries :Entity beside it (src/db/cypher-fragments.ts). */
function ownLabel(node: Cypher.Variable): Cypher.Expr {
  const label = new Cypher.Variable();
  return Cypher.head(new Cypher.ListComprehension(label).in(Cypher.labels(node)).where(Cypher.neq(label, new Cypher.Literal(ENTITY))));
}

const hasAnyLabel = (node: Cypher.Node, labels: readonly string[]): Cypher.Predicate =>
  Cypher.or(...labels.map((label) => node.hasLabel(label)))!;

/**
 * The stable order of a node's neighbours, as the loaders give it (NEIGHBOUR_ORDER in
 * src/graph/shared/shared.cypher.ts): by year or date, then name, then id.
 */
function neighbourOrder(r: Cypher.Relationship, m: Cypher.Node): Cypher.Expr[] {
  return [
    Cypher.coalesce(m.property('year'), m.property('earliestYear'), r.property('since'), Cypher.head(r.property('years')), new Cypher.Literal(9999)),
    Cypher.coalesce(m.property('date'), new Cypher.Literal('')),
    Cypher.coalesce(m.property('name'), m.property('title'), m.property('description'), m.property('id')),
    m.property('id'),
  ];
}

/**
 * Whether a relationship lost a dispute: its existence claims are all not preferred
 * (LOST_RELATIONSHIPS). Its claims' subject is from|TYPE|to, and |key if it has one
 * (relationshipSubject in src/db/claims/claim.ts).
 */
function lostDispute(r: Cypher.Relationship, start: Cypher.Node, end: Cypher.Node): Cypher.Predicate {
  const bar = new Cypher.Literal('|');
  const subject = Cypher.plus(
    start.property('id'), bar, Cypher.type(r), bar, end.property('id'),
    Cypher.coalesce(Cypher.plus(bar, r.property('key')), new Cypher.Literal('')),
  );
  const claim = new Cypher.Node();
  return new Cypher.Exists(new Cypher.Match(new Cypher.Pattern(claim, { labels: ['Claim'], properties: { subject } }))
    .where(Cypher.and(Cypher.isNull(claim.property('property')), Cypher.eq(claim.property('preferred'), new Cypher.Literal(false)))));
}

function selectedProperties(element: Cypher.Variable, selection: { properties: Set<string>; whole: boolean }): Cypher.Expr {
  return selection.whole ? Cypher.properties(element as Cypher.Node) : new Cypher.MapProjection(element, [...selection.properties]);
}

/** Compiles one root field's selection: call `node` for each node variable in the statement. */
export class Compiler {
  /** A node variable's answer to its selection. */
  node(node: Cypher.Node, selection: NodeSelection): Projection {
    const clauses: Cypher.Clause[] = [];
    const fields: Record<string, Cypher.Expr> = {};
    for (const [label, relations] of selection.byLabel) {
      // With several possible labels, each label's fields are walked only from a node that has it.
      const guard = selection.byLabel.size > 1 ? node.hasLabel(label) : undefined;
      for (const relation of relations) {
        const { clauses: walk, value } = this.relation(node, relation, guard, undefined);
        clauses.push(...walk);
        fields[`${label}|${relation.key}`] = value;
      }
    }
    return { clauses, properties: selectedProperties(node, selection), label: ownLabel(node), fields: new Cypher.Map(fields) };
  }

  /** The whole answer map of a node: `{properties, label, fields}`. */
  nodeValue(node: Cypher.Node, selection: NodeSelection): { clauses: Cypher.Clause[]; value: Cypher.Expr } {
    const { clauses, properties, label, fields } = this.node(node, selection);
    return { clauses, value: new Cypher.Map({ properties, label, fields }) };
  }

  private relation(
    node: Cypher.Node, relation: Relation, guard: Cypher.Predicate | undefined, relationship: Cypher.Relationship | undefined,
  ): { clauses: Cypher.Clause[]; value: Cypher.Expr } {
    switch (relation.kind) {
      case 'toOne': return this.toOne(node, relation, guard);
      case 'list': return this.list(node, relation, guard);
      case 'reference': return this.reference(relationship ?? node, relation, guard);
      case 'end': throw new Error('An edge end is compiled with its edge');
    }
  }

  private walk(node: Cypher.Node, of: ToOne['of'], guard: Cypher.Predicate | undefined) {
    const r = new Cypher.Relationship();
    const m = new Cypher.Node();
    const pattern = new Cypher.Pattern(node).related(r, { type: of.relationship.type, direction: DIRECTIONS[of.field.direction] })
      .to(m, { labels: [ENTITY] });
    const where = Cypher.and(guard, hasAnyLabel(m, of.neighbours))!;
    return { r, m, match: new Cypher.Match(pattern).where(where) };
  }

  /**
   * A to-one field: the first neighbour in the stable order, except that where sources disagree
   * (more than one end) the ends whose relationship lost the dispute go last (preferredFirst in
   * src/graph/shared/related.loader.ts).
   */
  private toOne(node: Cypher.Node, relation: ToOne, guard: Cypher.Predicate | undefined) {
    const { r, m, match } = this.walk(node, relation.of, guard);
    const [ends, end, count] = [new Cypher.Variable(), new Cypher.Variable(), new Cypher.Variable()];
    const [r2, m2, start, stop] = [new Cypher.Relationship(), new Cypher.Node(), new Cypher.Node(), new Cypher.Node()];
    const lost = new Cypher.Variable();
    const inner = this.nodeValue(m2, relation.node);
    const out = new Cypher.Variable();
    const subquery = Cypher.utils.concat(
      match,
      new Cypher.With([Cypher.collect(new Cypher.Map({ r, m })), ends]),
      new Cypher.Unwind([ends, end]),
      new Cypher.With([end.property('r'), r2], [end.property('m'), m2], [Cypher.size(ends), count]),
      new Cypher.With(r2, m2, count, [Cypher.startNode(r2), start], [Cypher.endNode(r2), stop]),
      new Cypher.With(r2, m2, [Cypher.and(Cypher.gt(count, new Cypher.Literal(1)), lostDispute(r2, start, stop))!, lost])
        .orderBy(lost, ...neighbourOrder(r2, m2)).limit(1),
      ...inner.clauses,
      new Cypher.Return([Cypher.collect(inner.value), out]),
    );
    return { clauses: [new Cypher.Call(subquery, [node])], value: Cypher.head(out) };
  }

  /** One page of a list field, in the stable order made total by the relationship (RELATED_PAGE_STATEMENTS). */
  private list(node: Cypher.Node, relation: ListRelation, guard: Cypher.Predicate | undefined) {
    const { r, m, match } = this.walk(node, relation.of, guard);
    const item = relation.edge ? this.edgeItem(node, r, m, relation.edge) : this.neighbourItem(m, relation.node!);
    const out = new Cypher.Variable();
    const subquery = Cypher.utils.concat(
      match,
      new Cypher.With(r, m).orderBy(...neighbourOrder(r, m), Cypher.type(r), Cypher.elementId(r))
        .skip(new Cypher.Param(relation.page.offset)).limit(new Cypher.Param(relation.page.first)),
      ...item.clauses,
      new Cypher.Return([Cypher.collect(item.value), out]),
    );
    const values: Record<string, Cypher.Expr> = { items: out };
    if (relation.connection) {
      // The whole list's size, for totalCount and pageInfo: the same pattern, counted.
      const [countR, countM] = [new Cypher.Relationship(), new Cypher.Node()];
      const counted = new Cypher.Pattern(node).related(countR, { type: relation.of.relationship.type, direction: DIRECTIONS[relation.of.field.direction] })
        .to(countM, { labels: [ENTITY] });
      values.total = new Cypher.Count(new Cypher.Match(counted).where(Cypher.and(guard, hasAnyLabel(countM, relation.of.neighbours))!));
    }
    return { clauses: [new Cypher.Call(subquery, [node])], value: new Cypher.Map(values) };
  }

  private neighbourItem(m: Cypher.Node, selection: NodeSelection) {
    return this.nodeValue(m, selection);
  }

  /** An edge object: its properties, which way it points, the other end's id, and its selected ends and references. */
  private edgeItem(node: Cypher.Node, r: Cypher.Relationship, m: Cypher.Node, selection: EdgeSelection) {
    const clauses: Cypher.Clause[] = [];
    const fields: Record<string, Cypher.Expr> = {};
    for (const relation of selection.relations) {
      const compiled = relation.kind === 'end'
        ? this.end(relation.end === 'asking' ? node : m, relation)
        : this.relation(node, relation, undefined, r);
      clauses.push(...compiled.clauses);
      fields[relation.key] = compiled.value;
    }
    const value = new Cypher.Map({
      relationship: selectedProperties(r, selection),
      type: Cypher.type(r),
      outgoing: Cypher.eq(Cypher.startNode(r), node),
      otherId: m.property('id'),
      fields: new Cypher.Map(fields),
    });
    return { clauses, value };
  }

  private end(node: Cypher.Node, relation: End) {
    return this.nodeValue(node, relation.node);
  }

  /**
   * A reference property: the nodes whose ids it holds, in no particular order (rows.ts puts them in
   * the property's order and leaves the field to its resolver if one is missing).
   */
  private reference(holder: Cypher.Node | Cypher.Relationship, relation: Reference, guard: Cypher.Predicate | undefined) {
    const id = new Cypher.Variable();
    const target = new Cypher.Node();
    const value = holder.property(relation.property);
    const ids = relation.list ? Cypher.coalesce(value, new Cypher.Literal([])) : new Cypher.List([value]);
    const inner = this.nodeValue(target, relation.node);
    const out = new Cypher.Variable();
    const match = new Cypher.Match(new Cypher.Pattern(target, { labels: [ENTITY], properties: { id } }));
    const subquery = Cypher.utils.concat(
      ...(guard ? [new Cypher.With('*').where(guard)] : []),
      new Cypher.Unwind([ids, id]),
      match,
      ...inner.clauses,
      new Cypher.Return([Cypher.collect(inner.value), out]),
    );
    return { clauses: [new Cypher.Call(subquery, [holder])], value: out };
  }
}
