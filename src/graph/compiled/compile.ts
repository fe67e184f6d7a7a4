/**
 * The compiler: a selection tree (selection.ts) becomes Cypher, built with @neo4j/cypher-builder
 * (an AST: labels and types from the model, every value a parameter). Each relationship field the
 * request walks is a COLLECT subquery expression in its parent node's map that reads the same rows
 * the field's loader reads, in the same order and with the same page, and projects only the
 * selected properties; nested fields are subqueries within it. A root field is therefore answered
 * in one statement (as much of it as budget.ts allows).
 *
 * Every node comes back as a map `{properties, label, fields}`: `fields` holds the answers of its
 * relationship fields, keyed `<label>|<response key>` (a node that may have several labels is
 * asked per label what the request selects on that label). rows.ts reads these maps.
 */
import Cypher from '@neo4j/cypher-builder';
import { EdgeSelection, ListRelation, NodeSelection, Relation, slotOf, ToOne } from './selection';

/** A node's answer: its properties, its own label and the answers of its relationship fields. */
export interface Projection {
  properties: Cypher.Expr;
  label: Cypher.Expr;
  fields: Cypher.Map;
}

/** The label every node of the graph carries beside its own. */
export const ENTITY = 'Entity';
const DIRECTIONS = { out: 'right', in: 'left', both: 'undirected' } as const;

/** A node's own label: every node of the graph carries :Entity beside it (src/db/cypher-fragments.ts). */
function ownLabel(node: Cypher.Variable): Cypher.Expr {
  const label = new Cypher.Variable();
  return Cypher.head(new Cypher.ListComprehension(label).in(Cypher.labels(node)).where(Cypher.neq(label, new Cypher.Literal(ENTITY))));
}

export const hasAnyLabel = (node: Cypher.Node, labels: readonly string[]): Cypher.Predicate =>
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

/**
 * Compiles one root field's selection: call `node` for each node variable in the statement. Every
 * relationship field is a COLLECT (or COUNT) subquery expression inside its node's map: nothing is
 * bound in the statement's own scope, so its size (and Neo4j's planning of it) grows with the
 * selection, not with the square of it as a chain of CALL clauses carrying every earlier column does.
 */
export class Compiler {
  /** A node variable's answer to its selection. */
  node(node: Cypher.Node, selection: NodeSelection): Projection {
    const fields: Record<string, Cypher.Expr> = {};
    for (const [label, relations] of selection.byLabel) {
      // With several possible labels, each label's fields are walked only from a node that has it.
      const guard = selection.byLabel.size > 1 ? node.hasLabel(label) : undefined;
      for (const relation of relations) fields[`${label}|${slotOf(relation)}`] = this.relation(node, relation, guard, undefined);
    }
    return { properties: selectedProperties(node, selection), label: ownLabel(node), fields: new Cypher.Map(fields) };
  }

  /** The whole answer map of a node: `{properties, label, fields}`. */
  value(node: Cypher.Node, selection: NodeSelection): Cypher.Expr {
    const { properties, label, fields } = this.node(node, selection);
    return new Cypher.Map({ properties, label, fields });
  }

  private relation(node: Cypher.Node, relation: Relation, guard: Cypher.Predicate | undefined, relationship: Cypher.Relationship | undefined): Cypher.Expr {
    switch (relation.kind) {
      case 'toOne': return this.toOne(node, relation, guard);
      case 'list': return this.list(node, relation, guard);
      case 'reference': return this.nodesById(relationship ?? node, relation.property, relation.list, relation.node, guard);
      case 'citations': return this.nodesById(relationship ?? node, 'sources', true, relation.node, guard);
      case 'end': throw new Error('An edge end is compiled with its edge');
    }
  }

  private walk(node: Cypher.Node, of: ToOne['of'], guard: Cypher.Predicate | undefined) {
    const r = new Cypher.Relationship();
    const m = new Cypher.Node();
    const pattern = new Cypher.Pattern(node).related(r, { type: of.relationship.type, direction: DIRECTIONS[of.field.direction] })
      .to(m, { labels: [ENTITY] });
    return { r, m, match: new Cypher.Match(pattern).where(Cypher.and(guard, hasAnyLabel(m, of.neighbours))!) };
  }

  /**
   * A to-one field: the first neighbour in the stable order, except that where sources disagree
   * (more than one end) the ends whose relationship lost the dispute go last (preferredFirst in
   * src/graph/shared/related.loader.ts).
   */
  private toOne(node: Cypher.Node, relation: ToOne, guard: Cypher.Predicate | undefined): Cypher.Expr {
    const { r, m, match } = this.walk(node, relation.of, guard);
    const [start, end, lost] = [new Cypher.Node(), new Cypher.Node(), new Cypher.Variable()];
    // How many ends the node has: only with more than one can a relationship have lost a dispute.
    const ends = new Cypher.Count(this.walk(node, relation.of, guard).match);
    return Cypher.head(new Cypher.Collect(Cypher.utils.concat(
      match,
      new Cypher.With(r, m, [Cypher.startNode(r), start], [Cypher.endNode(r), end]),
      new Cypher.With(r, m, [Cypher.and(Cypher.gt(ends, new Cypher.Literal(1)), lostDispute(r, start, end))!, lost])
        .orderBy(lost, ...neighbourOrder(r, m)).limit(1),
      new Cypher.Return(this.value(m, relation.node)),
    )));
  }

  /** One page of a list field, in the stable order made total by the relationship (RELATED_PAGE_STATEMENTS). */
  private list(node: Cypher.Node, relation: ListRelation, guard: Cypher.Predicate | undefined): Cypher.Expr {
    const { r, m, match } = this.walk(node, relation.of, guard);
    const item = relation.edge ? this.edgeItem(node, r, m, relation.edge) : this.value(m, relation.node!);
    const values: Record<string, Cypher.Expr> = {
      items: !relation.items ? new Cypher.Literal([]) : new Cypher.Collect(Cypher.utils.concat(
        match,
        new Cypher.With(r, m).orderBy(...neighbourOrder(r, m), Cypher.type(r), Cypher.elementId(r))
          .skip(new Cypher.Param(relation.page.offset)).limit(new Cypher.Param(relation.page.first)),
        new Cypher.Return(item),
      )),
    };
    if (relation.connection) {
      // The whole list's size, for totalCount and pageInfo: the same pattern, counted.
      values.total = new Cypher.Count(this.walk(node, relation.of, guard).match);
    }
    return new Cypher.Map(values);
  }

  /** An edge object: its properties, which way it points, the other end's id, and its selected ends and references. */
  private edgeItem(node: Cypher.Node, r: Cypher.Relationship, m: Cypher.Node, selection: EdgeSelection): Cypher.Expr {
    const fields: Record<string, Cypher.Expr> = {};
    for (const relation of selection.relations) {
      fields[slotOf(relation)] = relation.kind === 'end'
        ? this.value(relation.end === 'asking' ? node : m, relation.node)
        : this.relation(node, relation, undefined, r);
    }
    return new Cypher.Map({
      relationship: selectedProperties(r, selection),
      type: Cypher.type(r),
      outgoing: Cypher.eq(Cypher.startNode(r), node),
      otherId: m.property('id'),
      fields: new Cypher.Map(fields),
    });
  }

  /**
   * The nodes whose ids a property holds (a reference, or the sources of a node's citations), in
   * no particular order: answers.ts puts them in the property's order, and leaves the field to its
   * resolver if one is missing.
   */
  private nodesById(
    holder: Cypher.Node | Cypher.Relationship, property: string, list: boolean, selection: NodeSelection, guard: Cypher.Predicate | undefined,
  ): Cypher.Expr {
    const id = new Cypher.Variable();
    const target = new Cypher.Node();
    const value = holder.property(property);
    const ids = list ? Cypher.coalesce(value, new Cypher.Literal([])) : new Cypher.List([value]);
    return new Cypher.Collect(Cypher.utils.concat(
      new Cypher.Unwind([ids, id]),
      new Cypher.Match(new Cypher.Pattern(target, { labels: [ENTITY], properties: { id } })).where(guard),
      new Cypher.Return(this.value(target, selection)),
    ));
  }
}
