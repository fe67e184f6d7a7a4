/**
 * Compiled reads give the loaders' answers, always: fast-check generates GraphQL documents from the
 * schema (root lookups and lists, nested relationship fields with pages and cursors, connections,
 * edge objects and their ends, references, fields left to their resolvers; aliases, named and
 * inline fragments, `@include`/`@skip` with variables) and each is asked twice of the same API,
 * once compiled and once with every field read by its loader. Data, errors and their paths must be
 * identical, on the seed data and on a synthetic graph.
 */
import fc from 'fast-check';
import {
  getNamedType, GraphQLField, GraphQLNamedType, GraphQLObjectType, GraphQLSchema, isAbstractType, isLeafType, isObjectType,
} from 'graphql';
import { generateSyntheticGraph } from '../../../src/bench/synthetic/generate';
import { loadSyntheticGraph } from '../../../src/bench/synthetic/load-synthetic';
import { Database } from '../../../src/db/database';
import { encodePositionCursor } from '../../../src/graphql/connection';
import { SUBQUERY_BUDGET } from '../../../src/graph/compiled/budget';
import { buildGraphSchema } from '../../../src/graph/schema';
import { GraphQLResponse, startTestApi, TestApi, testHttpConfig } from '../../support/api';
import { emptyGraph, seededGraph, useTestDatabase } from '../../support/neo4j';

const db = useTestDatabase({ seeded: false });
let api: TestApi;
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildGraphSchema();
  // Generated documents are not bounded by the query cost here: the point is what they read.
  api = await startTestApi(db(), { http: testHttpConfig({ MAX_QUERY_COST: '1000000' }) });
});
afterAll(() => api?.stop());

type Gen = fc.GeneratorValue;

/** Root fields the compiler answers: a lookup by id per label, `node(id:)`, and root lists. */
const LOOKUPS: Record<string, string> = {
  person: 'Person', team: 'Team', season: 'Season', series: 'Series', race: 'Race', node: 'Entity', venue: 'Venue',
};
const LISTS = ['people', 'teams', 'races', 'seasons', 'seriesList', 'venues', 'meetings'];

/** Ids of each label in the graph under test (and one no node has). */
async function idsByLabel(database: Database): Promise<Map<string, string[]>> {
  const rows = await database.read(`MATCH (n:Entity)
    WITH [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.id AS id ORDER BY id
    WITH label, collect(id)[..8] AS ids
    RETURN label, ids`);
  const ids = new Map(rows.map((row) => [row.label as string, row.ids as string[]]));
  ids.set('Entity', [...ids.values()].flat());
  return ids;
}

class DocumentWriter {
  private readonly fragments: string[] = [];
  private readonly variables = new Set<string>();
  private names = 0;

  constructor(private readonly g: Gen, private readonly ids: Map<string, string[]>) {}

  document(): { query: string; variables: Record<string, boolean> } {
    const queryType = schema.getQueryType()!;
    const roots = Array.from({ length: this.int(1, 2) }, () => this.root(queryType)).join(' ');
    const declared = [...this.variables].map((name) => `$${name}: Boolean!`);
    const query = `query Generated${declared.length ? `(${declared.join(', ')})` : ''} { ${roots} } ${this.fragments.join(' ')}`;
    const variables = Object.fromEntries([...this.variables].map((name) => [name, name === 'yes']));
    return { query, variables };
  }

  private root(queryType: GraphQLObjectType): string {
    const alias = `r${this.names++}: `;
    if (this.g(fc.boolean)) {
      const name = this.pick(Object.keys(LOOKUPS));
      const field = queryType.getFields()[name];
      const known = this.ids.get(LOOKUPS[name]) ?? [];
      const id = this.pick([...known, ...known, this.pick([...this.ids.get('Entity')!, 'no-such-node'])]);
      return `${alias}${name}(id: ${JSON.stringify(id)}) ${this.selection(field.type as GraphQLNamedType, 1)}`;
    }
    const name = this.pick(LISTS);
    const field = queryType.getFields()[name];
    return `${alias}${name}(first: ${this.pick([1, 2, 3, 7])}) ${this.selection(field.type as GraphQLNamedType, 1)}`;
  }

  private selection(type: GraphQLNamedType | { ofType?: unknown }, depth: number): string {
    const named = getNamedType(type as GraphQLNamedType);
    if (isLeafType(named)) return '';
    if (isAbstractType(named)) {
      const possible = schema.getPossibleTypes(named);
      const picked = Array.from({ length: this.int(1, 2) }, () => this.pick(possible));
      const common = this.g(fc.boolean) ? ' id' : '';
      return `{ __typename${common} ${picked.map((object) => `... on ${object.name} ${this.objectSelection(object, depth)}`).join(' ')} }`;
    }
    if (!isObjectType(named)) return '';
    return this.objectSelection(named, depth);
  }

  private objectSelection(type: GraphQLObjectType, depth: number): string {
    const fields = (Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]).filter((field) => this.askable(field));
    const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
    const pool = depth >= 4 ? leaves : fields;
    const chosen = Array.from({ length: this.int(1, 4) }, () => this.field(this.pick(pool.length ? pool : leaves), depth));
    if (leaves.length) chosen.push(leaves[0].name);
    const body = chosen.join(' ');
    switch (this.int(0, 5)) {
      case 0: return `{ ... on ${type.name} { ${body} } }`;
      case 1: {
        const name = `F${this.names++}`;
        this.fragments.push(`fragment ${name} on ${type.name} { ${body} }`);
        return `{ ...${name} ${leaves[0]?.name ?? ''} }`;
      }
      default: return `{ ${body} }`;
    }
  }

  /** Fields whose required arguments are a page's: others need values this generator does not make. */
  private askable(field: GraphQLField<unknown, unknown>): boolean {
    return field.args.every((arg) => ['first', 'after'].includes(arg.name) || !String(arg.type).endsWith('!'));
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const alias = this.int(0, 3) === 0 ? `a${this.names++}: ` : '';
    const args: string[] = [];
    if (field.args.some((arg) => arg.name === 'first') && this.g(fc.boolean)) args.push(`first: ${this.pick(depth === 1 ? [0, 1, 2, 5, 100] : [0, 1, 2, 3])}`);
    if (field.args.some((arg) => arg.name === 'after') && this.int(0, 3) === 0) {
      args.push(`after: ${JSON.stringify(this.pick([encodePositionCursor(0), encodePositionCursor(1), encodePositionCursor(4)]))}`);
    }
    const directive = this.directive();
    return `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}${directive} ${this.selection(field.type as GraphQLNamedType, depth + 1)}`;
  }

  private directive(): string {
    switch (this.int(0, 7)) {
      case 0: this.variables.add('yes'); return ' @include(if: $yes)';
      case 1: this.variables.add('no'); return ' @include(if: $no)';
      case 2: this.variables.add('no'); return ' @skip(if: $no)';
      case 3: return ' @skip(if: true)';
      default: return '';
    }
  }

  private int(min: number, max: number): number {
    return this.g(fc.integer, { min, max });
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
}

/** A response as the comparison sees it: data, and the errors by path (their order follows execution timing). */
function comparable(response: GraphQLResponse) {
  const errors = (response.errors ?? []).map((error) => ({ message: error.message, path: error.path, code: error.extensions?.code }));
  const order = (error: { message: string; path?: unknown }) => `${JSON.stringify(error.path ?? [])} ${error.message}`;
  return { status: response.status, data: response.data, errors: errors.sort((a, b) => order(a).localeCompare(order(b))) };
}

async function bothPaths(query: string, variables: Record<string, unknown> = {}) {
  const [compiled, loaders] = [await api.query(query, variables), await api.queryLoaders(query, variables)];
  return { compiled, loaders };
}

async function sameAnswers(runs: number): Promise<{ compiledStatements: number; loaderStatements: number; withData: number }> {
  const ids = await idsByLabel(db());
  const totals = { compiledStatements: 0, loaderStatements: 0, withData: 0 };
  await fc.assert(
    fc.asyncProperty(fc.gen(), async (g) => {
      const { query, variables } = new DocumentWriter(g, ids).document();
      const { compiled, loaders } = await bothPaths(query, variables);
      // On failure fast-check prints the shrunk document.
      expect({ query, ...comparable(compiled) }).toEqual({ query, ...comparable(loaders) });
      totals.compiledStatements += compiled.extensions?.cypherStatements ?? 0;
      totals.loaderStatements += loaders.extensions?.cypherStatements ?? 0;
      if (compiled.data && Object.values(compiled.data).some((value) => value !== null)) totals.withData += 1;
    }),
    { numRuns: runs },
  );
  return totals;
}

describe('on the seed data', () => {
  beforeAll(async () => {
    await emptyGraph(db());
    await seededGraph(db());
  });

  test('generated documents: the compiled path answers as the loaders do, in fewer statements', async () => {
    const totals = await sameAnswers(250);
    // The documents really read something, and the compiler really took over.
    expect(totals.withData).toBeGreaterThan(100);
    expect(totals.compiledStatements).toBeLessThan(totals.loaderStatements);
  }, 600_000);

  test('aliases with different pages, fragments, directives, citations\' sources and an abstract root: same answers, within the budget', async () => {
    const query = `query($yes: Boolean!, $no: Boolean!) {
      node(id: "amber-balcaen") { __typename ... on Person { ...Career } ... on Team { name } }
    }
    fragment Career on Person {
      sources { quote source { title } }
      first: seasons(first: 1) { finalPosition sources { from: source { id } } season { year series { name } } }
      all: seasonsConnection(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { points team { name } } } }
      later: races(first: 2, after: "${encodePositionCursor(0)}") { race { id name venue { name } } }
      families @include(if: $yes) { name members(first: 3) { id } }
      parents @include(if: $no) { id }
      birthPlace @skip(if: $no) { name }
    }`;
    const { compiled, loaders } = await bothPaths(query, { yes: true, no: false });
    expect(compiled.errors).toBeUndefined();
    expect(comparable(compiled)).toEqual(comparable(loaders));
    const person = (compiled.data as any).node;
    expect(person.first).toHaveLength(1);
    expect(person.sources[0].source.title).toEqual(expect.any(String));
    expect(person.first[0].sources[0].from.id).toEqual(expect.any(String));
    expect(person.all.totalCount).toBeGreaterThan(1);
    expect(person.parents).toBeUndefined();
    // 19 subqueries, breadth first (src/graph/compiled/budget.ts): the races' venues (3, the deepest
    // and last) are past the budget of 16 and read by their loader, for all races at once.
    expect(SUBQUERY_BUDGET).toBe(16);
    expect(compiled.extensions?.cypherStatements).toBe(2);
    expect(loaders.extensions?.cypherStatements).toBeGreaterThan(5);
  });

  test("an element's citations as a page and as a connection: same answers on both paths, read with the element in one statement", async () => {
    const query = `{ person(id: "amber-balcaen") {
      one: sources(first: 1) { quote source { title } }
      rest: sourcesConnection(first: 5, after: "${encodePositionCursor(0)}") {
        totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { quote from: source { id title } } }
      }
      seasons(first: 2) { sources(first: 1) { quote } sourcesConnection(first: 0) { totalCount } }
    } }`;
    const { compiled, loaders } = await bothPaths(query);
    expect(compiled.errors).toBeUndefined();
    expect(comparable(compiled)).toEqual(comparable(loaders));
    const person = (compiled.data as any).person;
    expect(person.one).toHaveLength(1);
    expect(person.rest.totalCount).toBeGreaterThan(1);
    expect(person.rest.edges).toHaveLength(person.rest.totalCount - 1);
    expect(person.rest.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    expect(person.rest.edges.map((edge: any) => edge.node.quote)).not.toContain(person.one[0].quote);
    expect(person.rest.edges[0].node.from.title).toEqual(expect.any(String));
    expect(person.seasons[0].sourcesConnection.totalCount).toBeGreaterThan(0);
    // The person, two seasons and the sources of the citations asked for: one statement. (The two
    // lists' sources have response keys of their own: one key under both would be left to the
    // citation's resolver, see withoutAmbiguousCitations.)
    expect(compiled.extensions?.cypherStatements).toBe(1);
  });
});

describe('on a synthetic graph', () => {
  beforeAll(async () => {
    await emptyGraph(db());
    await loadSyntheticGraph(db(), generateSyntheticGraph({ people: 300, seed: 11 }), 5_000);
  });

  test('generated documents: the compiled path answers as the loaders do', async () => {
    const totals = await sameAnswers(200);
    expect(totals.withData).toBeGreaterThan(80);
    expect(totals.compiledStatements).toBeLessThan(totals.loaderStatements);
  }, 600_000);
});
