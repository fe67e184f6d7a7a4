/**
 * How much one compiled statement may walk. Neo4j plans a statement before it runs it (then keeps
 * the plan for the same text), and planning time grows with its subqueries: a selection as wide as
 * the explorer's view of a person (two dozen lists, each with its citations and references) makes
 * a statement that takes seconds to plan. So a statement walks at most SUBQUERY_BUDGET subqueries,
 * the shallowest fields first; a relationship field beyond it is read by its loader, batched over
 * all its parents as before. A field's cost is the subqueries it adds: a list one for its page
 * (none for a connection asked only its totalCount) and one for a connection's count, a to-one three (the end, how many ends, whether one lost a dispute).
 */
import { NodeSelection, Relation } from './selection';

export const SUBQUERY_BUDGET = 16;

function costOf(relation: Relation): number {
  switch (relation.kind) {
    case 'toOne': return 3;
    case 'list': return Number(relation.items) + Number(relation.connection);
    case 'end': return 0;
    default: return 1;
  }
}

function childrenOf(relation: Relation): Relation[][] {
  if (relation.kind === 'list' && relation.edge) return [relation.edge.relations];
  const node = relation.kind === 'list' ? relation.node! : relation.node;
  return [...node.byLabel.values()];
}

/** Keeps, breadth first, the relationship fields that fit the budget (in place); the others are left to their loaders. */
export function withinBudget(selection: NodeSelection, budget = SUBQUERY_BUDGET): NodeSelection {
  let left = budget;
  const queue: Relation[][] = [...selection.byLabel.values()];
  for (let relations = queue.shift(); relations; relations = queue.shift()) {
    const kept = relations.filter((relation) => {
      const cost = costOf(relation);
      if (cost > left) return false;
      left -= cost;
      return true;
    });
    relations.splice(0, relations.length, ...kept);
    for (const relation of kept) queue.push(...childrenOf(relation));
  }
  return selection;
}
