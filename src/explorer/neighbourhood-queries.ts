/**
 * What the explorer asks the API for around a node, and how it reads the answer, derived from the
 * graph model: per node type, one GraphQL document selecting the node's properties and its to-one
 * relationship fields, one more per list field (a page of it: NEIGHBOURS_SHOWN), and per field the
 * link it becomes (its stored type, direction and, for edge objects, the details the edge's
 * properties `reads` as). The node's details are its properties that have a `term`. The node comes
 * with its claims (what each source says) and the conflicts about its relationships, so a disputed
 * fact is marked without a second request.
 *
 * A few things the explorer shows are not in the model, and are added by hand at the end of this
 * module (COMPUTED): a person's `raced` and direct relatives (through `lineage`, which names the
 * kinship), a team's season entries (entries naming the team), two dates read with a fallback, and
 * for every relatively dated label the source's words with what they count from and the years the
 * graph derives from them.
 */
import { GraphModel, isEnum, isReference, NodeDeclaration, Properties, PropertyDeclaration } from '../model/declaration.js';
import { GRAPH_MODEL } from '../model/graph-model.js';
import { nodeDeclaration, relationshipFieldsOf, relativelyDatedLabels } from '../model/model-queries.js';
import { CLAIM_FIELDS } from './claims.js';
import { CITED } from './facts.js';
import { LabelledNode, labelOf } from './node-labels.js';
import { kinshipTypes } from './relationship-words.js';

export type Json = Record<string, unknown>;

export interface LinkSpec {
  field: string;
  type: string;
  /** Which way the stored relationship points, seen from the node (`both`: a symmetric type, drawn from the node). */
  direction: 'out' | 'in' | 'both';
  /** For fields that return edges (SeasonEntry, TeamStint, ...): the field holding the other end. */
  via?: string;
  detail?: (edge: Json) => string | undefined;
}

/** One list field of a node, asked for in a request of its own (see NEIGHBOURS_SHOWN). */
export interface ListSpec {
  field: string;
  /** Selects `node(id: $id)`'s page of the field, and the `…Connection`'s totalCount of the same page. */
  document: string;
}

export interface TypeSpec {
  /** The node itself and its to-one fields. */
  document: string;
  /** Root fields about the node, one request each: the conflicts about it (and a person's direct relatives). */
  roots: string[];
  /** A page of the node's claims, walked with `$after` to the end (none for a source). */
  claims: string | null;
  /** Its list fields, one request each. */
  lists: ListSpec[];
  links: LinkSpec[];
  details: (node: Json) => [string, string][];
  /** Per property shown among the details, the term it is shown under (to mark a disputed one). */
  detailTerms: Record<string, string>;
}

/**
 * How many of a node's claims one request asks for. The explorer walks the pages to the end (it
 * needs every claim to see where sources disagree); the query cost counts a page of claims by its
 * size, so a page is what fits well under the cost limit.
 */
export const CLAIMS_PAGE = 25;

/**
 * Most conflicts asked for about one node, and most claims asked for per conflict (a dispute is
 * between a few sources). The query cost counts each asked-for conflict by its claims' page, with
 * their relationships' ends, so the page asks for a few, and says how many more there are (`totalCount`).
 */
export const CONFLICTS_SHOWN = 4;
export const CLAIMS_PER_CONFLICT = 4;

/**
 * Most neighbours asked for over one list field (a page: the API's lists take `first`). The query
 * cost multiplies a list's selections by its page size, so one request with every list of a busy
 * type (a person has some twenty) would be over the limit at any useful size: each list comes in a
 * request of its own, with its `…Connection`'s totalCount, so the page says how many it leaves out.
 * An edge object's citations (a page of CITATION_PAGE.default) count for each item too: twelve keep
 * the busiest list under the test's share of the default MAX_QUERY_COST.
 */
export const NEIGHBOURS_SHOWN = 12;

/**
 * Where the sources disagree about the node's relationships: only the disputed groups, each claim
 * with the relationship's ends (a to-one type's dispute is about which end, named on the page).
 * Asking every edge for all its claims instead would multiply what a busy node's page loads.
 */
function conflictsSelection(model: GraphModel): string {
  const ends = labelledSelection(model, model.nodes.map((node) => node.label));
  return `conflicts(entityId: $id, first: ${CONFLICTS_SHOWN}) { totalCount edges { node {
        relationshipType property claims(first: ${CLAIMS_PER_CONFLICT}) { ${CLAIM_FIELDS} relationship { type key from { ${ends} } to { ${ends} } } }
      } } }`;
}

export const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};

/** An enum value as words: FULL_TIME is "full time". */
export const enumWords = (value: unknown): string => String(value).toLowerCase().replace(/_/g, ' ');

/** Only the parts that are known, joined; undefined when none is. */
export function joined(...parts: (string | false | null | undefined)[]): string | undefined {
  const known = parts.filter((part): part is string => typeof part === 'string' && part !== '');
  return known.length > 0 ? known.join(', ') : undefined;
}

const isAbsent = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Selects what `labelOf` needs of a node with one of these labels: its id and name (or title).
 * Several labels (a union, or an interface) get one inline fragment each.
 */
function labelledSelection(model: GraphModel, labels: readonly string[]): string {
  const of = (label: string) => `__typename id ${nodeDeclaration(model, label).nameProperty}`;
  return labels.length === 1 ? of(labels[0]) : labels.map((label) => `... on ${label} { ${of(label)} }`).join(' ');
}

/** The properties the API reads (not the ones the loader computes), each with its selection. */
function propertySelection(model: GraphModel, properties: Properties): string[] {
  return Object.entries(properties)
    .filter(([, property]) => !property.computed)
    .map(([name, property]) => (isReference(property.type) ? `${name} { ${labelledSelection(model, property.type.ref)} }` : name));
}

/** One value as a `reads` template says it: `{value}` (a boolean as yes or no), `{ordinal}`, `{words}`, `{list}` or `{name}`. */
function read(template: string, value: unknown): string {
  return template
    .replace('{value}', () => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)))
    .replace('{ordinal}', () => ordinal(Number(value)))
    .replace('{words}', () => enumWords(value))
    .replace('{list}', () => (Array.isArray(value) ? value.join(', ') : String(value)))
    .replace('{name}', () => labelOf(value as LabelledNode));
}

/**
 * The free-text commentary every type may have (`note`): read after the facts, wherever the model
 * declares it (the model's helper declares it first).
 */
const NOTE = 'note';

/** What a relationship records besides its ends, as its properties' `reads` say it ("with Team X, finished 6th"). */
export function edgeDetail(properties: Properties, edge: Json): string | undefined {
  const ordered = Object.entries(properties).sort(([a], [b]) => Number(a === NOTE) - Number(b === NOTE));
  return joined(
    ...ordered.map(([name, property]) =>
      property.reads === undefined || isAbsent(edge[name]) ? undefined : read(property.reads, edge[name])),
  );
}

/** A property's value as a detail: enum values as words, lists joined. */
function detailValue(property: PropertyDeclaration, value: unknown): string {
  const one = (item: unknown) => (isEnum(property.type) ? enumWords(item) : String(item));
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

interface DetailOverride {
  term?: string;
  value: (node: Json) => unknown;
}

/** The term each property with one is shown under among a node's details. */
function detailTermsOf(node: NodeDeclaration, overrides: Record<string, DetailOverride>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(node.properties).flatMap(([name, property]) => {
      const term = overrides[name]?.term ?? property.term;
      return term === undefined ? [] : [[name, term]];
    }),
  );
}

/** A node's details: its properties with a `term`, in declaration order, the absent ones left out. */
function nodeDetails(node: NodeDeclaration, overrides: Record<string, DetailOverride>) {
  return (values: Json): [string, string][] =>
    Object.entries(node.properties).flatMap(([name, property]): [string, string][] => {
      const override = overrides[name];
      const term = override?.term ?? property.term;
      const value = override ? override.value(values) : values[name];
      return term === undefined || isAbsent(value) ? [] : [[term, detailValue(property, value)]];
    });
}

/** The neighbourhood query and links of one node type, from the model alone. */
function specOf(model: GraphModel, node: NodeDeclaration, computed: Computed = {}): TypeSpec {
  const kinship = kinshipTypes(model);
  const selections: string[] = [];
  const lists: ListSpec[] = [];
  const links: LinkSpec[] = [];
  for (const { relationship, field, neighbours, toOne } of relationshipFieldsOf(model, node.label)) {
    // Family ties come through lineage, which names them ("father", not "parent of"): see COMPUTED.
    if (kinship.has(relationship.type)) continue;
    const link = { field: field.name, type: relationship.type, direction: field.direction };
    let items: string;
    if (field.edge && relationship.edge) {
      const via = field.direction === 'in' ? relationship.edge.fromField.name : relationship.edge.toField.name;
      const edgeProperties = propertySelection(model, relationship.properties);
      items = `{ ${via} { ${labelledSelection(model, neighbours)} } ${[...edgeProperties, CITED].join(' ')} }`;
      links.push({ ...link, via, detail: (edge) => edgeDetail(relationship.properties, edge) });
    } else {
      items = `{ ${labelledSelection(model, neighbours)} }`;
      links.push(link);
    }
    if (toOne) {
      selections.push(`${field.name} ${items}`);
    } else {
      const page = `(first: ${NEIGHBOURS_SHOWN})`;
      lists.push({
        field: field.name,
        document: `query ${node.label}${field.name[0].toUpperCase()}${field.name.slice(1)}($id: ID!) {
      node(id: $id) { ... on ${node.label} { ${field.name}${page} ${items} ${field.name}Connection${page} { totalCount } } }
    }`,
      });
    }
  }
  // A Source is the provenance itself; every other node is cited, and each source's claims come with it.
  const own = ['__typename id', ...propertySelection(model, node.properties), ...(node.inSeedFiles ? [CITED] : [])];
  const details = nodeDetails(node, computed.details ?? {});
  const roots: [string, string][] = [
    ...(computed.query ? [['Computed', computed.query] as [string, string]] : []),
    ...(node.inSeedFiles ? [['Conflicts', conflictsSelection(model)] as [string, string]] : []),
  ];
  const name = (part: string) => `${node.label}${part}`;
  return {
    document: `query ${name('Neighbourhood')}($id: ID!) {
      node(id: $id) { ... on ${node.label} {
        ${[[...own, ...(computed.fields ?? [])].join(' '), ...selections, ...(computed.edgeFields ?? [])].join('\n        ')}
      } }
    }`,
    roots: roots.map(([part, root]) => `query ${name(part)}($id: ID!) {\n      ${root}\n    }`),
    claims: node.inSeedFiles
      ? `query ${name('Claims')}($id: ID!, $after: String) {
      node(id: $id) { ... on ${node.label} { claimsConnection(first: ${CLAIMS_PAGE}, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { ${CLAIM_FIELDS} } }
      } } }
    }`
      : null,
    lists,
    links: [...links, ...(computed.links ?? [])],
    details: computed.extraDetails ? (values) => [...details(values), ...computed.extraDetails!(values)] : details,
    detailTerms: detailTermsOf(node, computed.details ?? {}),
  };
}

/** One neighbourhood query and its links per node type of the model. */
export function neighbourhoodSpecs(model: GraphModel = GRAPH_MODEL, computed: Record<string, Computed> = computedFor(model)): Record<string, TypeSpec> {
  return Object.fromEntries(model.nodes.map((node) => [node.label, specOf(model, node, computed[node.label])]));
}

// COMPUTED: what the explorer shows that the model does not declare.

/** Additions to one type's spec by hand. */
interface Computed {
  /** Fields the API computes (a person's `raced`). */
  fields?: string[];
  edgeFields?: string[];
  /** A second root field of the query (a person's `lineage`). */
  query?: string;
  links?: LinkSpec[];
  /** Details read otherwise than the property's value (or under another term than its own). */
  details?: Record<string, DetailOverride>;
  extraDetails?: (node: Json) => [string, string][];
}

function computedFor(model: GraphModel): Record<string, Computed> {
  const computed: Record<string, Computed> = {};
  const named = (label: string) => model.nodes.some((node) => node.label === label);
  const entered = model.relationships.find((relationship) => relationship.type === 'ENTERED_SEASON');
  if (named('Person')) {
    computed.Person = {
      fields: ['raced'],
      // Direct relatives (one kinship link away), including those a source states without the people between.
      query: `lineage(personId: $id, maxDepth: 1) {
        relatives(first: ${NEIGHBOURS_SHOWN}) { kinship person { ${labelledSelection(model, ['Person'])} } path { type ${CITED} } }
      }`,
      extraDetails: (node) => [['Raced', node.raced ? 'yes' : 'not that the sources say']],
    };
  }
  if (named('Team') && entered) {
    // The seasons people entered with this team (the entries' `team` property, not a relationship).
    const properties = propertySelection(model, entered.properties).join(' ');
    computed.Team = {
      edgeFields: [`seasonEntries(first: ${NEIGHBOURS_SHOWN}) { season { ${labelledSelection(model, ['Season'])} } person { ${labelledSelection(model, ['Person'])} } ${properties} ${CITED} }`, `seasonEntriesConnection(first: 0) { totalCount }`],
      links: [{
        field: 'seasonEntries', type: 'ENTERED_SEASON', direction: 'out', via: 'season',
        detail: (edge) => joined(`by ${labelOf(edge.person as LabelledNode)}`, edgeDetail(entered.properties, { ...edge, team: null })),
      }],
    };
  }
  // Dates: a race without a date reads its year; an event's says whether it is approximate.
  if (named('Race')) computed.Race = { details: { date: { value: (node) => node.date ?? node.year } } };
  if (named('Event')) {
    computed.Event = {
      details: {
        date: { term: 'When', value: (node) => (node.date ?? node.year ? `${node.approximate ? 'about ' : ''}${node.date ?? node.year}` : undefined) },
      },
    };
  }
  for (const label of relativelyDatedLabels(model)) computed[label] = withDating(computed[label] ?? {});
  return computed;
}

/**
 * A date as the source states it, with what it counts from ("at 14, relative to Maria Boss"); the
 * years the graph derives from it where no year or date is stated; "approximate" only when it is.
 */
function withDating(computed: Computed): Computed {
  const derivedYears = (node: Json): [string, string][] => {
    const [earliest, latest] = [node.earliestYear, node.latestYear];
    if (!isAbsent(node.year) || !isAbsent(node.date) || isAbsent(earliest)) return [];
    return [['Years (derived)', isAbsent(latest) || earliest === latest ? String(earliest) : `${earliest}–${latest}`]];
  };
  return {
    ...computed,
    details: {
      dateAsStated: {
        value: (node) => (isAbsent(node.dateAsStated) ? undefined
          : joined(node.dateAsStated as string, node.relativeTo ? `relative to ${labelOf(node.relativeTo as LabelledNode)}` : undefined)),
      },
      approximate: { value: (node) => (node.approximate ? 'yes' : undefined) },
      ...computed.details,
    },
    extraDetails: (node) => [...derivedYears(node), ...(computed.extraDetails?.(node) ?? [])],
  };
}
