/**
 * Rules across properties that no single property declaration states: the seed file schema applies
 * the node rules as refinements (so curation, which checks nodes with the same schema, applies them
 * too), and checkSeedFile applies the shared-entry rule, which spans relationships. Each problem
 * names where it is and why.
 *
 * The rules name the properties they relate, as declared by the model's dating (graph-model.ts
 * `dating()`) and entry properties; a label or type without them has no such rule.
 */
import { PropertyDeclaration } from '../model/declaration';

export interface RuleProblem {
  /** The property the problem is reported on. */
  property: string;
  reason: string;
}

type Values = Readonly<Record<string, unknown>>;
const given = (values: Values, name: string): boolean => values[name] !== undefined && values[name] !== null;

/** A relative date counts `offsetYears` from `relativeTo`: one without the other dates nothing. */
function relativeDateComplete(values: Values): RuleProblem[] {
  if (given(values, 'relativeTo') === given(values, 'offsetYears')) return [];
  const [missing, present] = given(values, 'relativeTo') ? ['offsetYears', 'relativeTo'] : ['relativeTo', 'offsetYears'];
  return [{
    property: missing,
    reason: `${present} is given without ${missing}: a relative date needs both (relativeTo: what it counts from; offsetYears: how many years after it)`,
  }];
}

/** A date and a year, when both are given, are one date: the date starts with the year. */
function dateInYear(values: Values): RuleProblem[] {
  if (!given(values, 'date') || !given(values, 'year')) return [];
  const date = String(values.date);
  if (date.startsWith(String(values.year))) return [];
  return [{ property: 'date', reason: `date "${date}" is not in year ${String(values.year)}: when both are given, the date starts with the year` }];
}

const NODE_RULES: { needs: string[]; check: (values: Values) => RuleProblem[] }[] = [
  { needs: ['relativeTo', 'offsetYears'], check: relativeDateComplete },
  { needs: ['date', 'year'], check: dateInYear },
];

/**
 * The cross-property check of a node declaring `properties`, or undefined when none of the rules
 * concerns it (its properties lack those a rule relates).
 */
export function nodeRules(properties: Readonly<Record<string, PropertyDeclaration>>): ((values: Values) => RuleProblem[]) | undefined {
  const rules = NODE_RULES.filter((rule) => rule.needs.every((name) => name in properties));
  if (rules.length === 0) return undefined;
  return (values) => rules.flatMap((rule) => rule.check(values));
}

/**
 * What a shared entry (one car or bike, several people: the relationships with one `entry` in one
 * race) has once, so every person's relationship must say the same: its result, its number, class,
 * vehicle and team. What each person did (crewRole, pole, fastest lap, points, note) may differ.
 */
export const SHARED_ENTRY_PROPERTIES = ['finishPosition', 'status', 'laps', 'gap', 'number', 'vehicle', 'class', 'team'] as const;

export interface EntryRelationship {
  type: string;
  to: string;
  [property: string]: unknown;
}

export interface EntryProblem extends RuleProblem {
  /** The index of the relationship that disagrees with an earlier one of its entry. */
  index: number;
}

/**
 * Relationships of one type, to one node (a race), with one `entry` are one entry: each one that
 * disagrees with the first of its entry on a shared property is a problem naming the race, the
 * entry, the property and both values. Only types that declare `entry` are concerned.
 */
export function sharedEntryProblems(
  relationships: readonly EntryRelationship[],
  declares: (type: string, property: string) => boolean,
  labelOf: (id: string) => string | undefined,
): EntryProblem[] {
  const first = new Map<string, number>();
  const problems: EntryProblem[] = [];
  const shown = (value: unknown): string => (value === undefined ? 'not given' : JSON.stringify(value));
  relationships.forEach((rel, index) => {
    if (!declares(rel.type, 'entry') || rel.entry === undefined) return;
    const key = JSON.stringify([rel.type, rel.to, rel.entry]);
    const firstIndex = first.get(key);
    if (firstIndex === undefined) {
      first.set(key, index);
      return;
    }
    const other = relationships[firstIndex];
    for (const property of SHARED_ENTRY_PROPERTIES.filter((name) => declares(rel.type, name))) {
      if (JSON.stringify(rel[property]) === JSON.stringify(other[property])) continue;
      problems.push({
        index,
        property,
        reason: `entry ${JSON.stringify(rel.entry)} in ${labelOf(rel.to) ?? 'node'} "${rel.to}" (${rel.type}): ${property} is ${shown(rel[property])} here `
          + `but ${shown(other[property])} in relationships[${firstIndex}]; the people of one entry share its ${property}`,
      });
    }
  });
  return problems;
}
