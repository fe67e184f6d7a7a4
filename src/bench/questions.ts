/**
 * The benchmark's questions, each asked of all three contenders in their own language: a named
 * Cypher statement for raw Cypher, a GraphQL document for this API and one for @neo4j/graphql.
 * Each contender's answer is boiled down to the same comparable form, so a run first checks that
 * all of them answer alike before it times anything. An earlier build of this API (a fourth
 * contender, `--baseline-build`) is asked in this API's language.
 */
import { luceneQuery } from '../graph/search/lucene';
import { SyntheticGraph } from './synthetic/generate';

/** The contenders of every run; each speaks its own language (dialect) of the questions. */
export const CONTENDERS = ['raw-cypher', 'pitlane-api', 'neo4j-graphql'] as const;
export type Dialect = (typeof CONTENDERS)[number];
/** An earlier build of this API, run beside it over the same graph in the same run. */
export const BASELINE_API = 'pitlane-baseline';
export type ContenderName = Dialect | typeof BASELINE_API;

export const dialectOf = (name: ContenderName): Dialect => (name === BASELINE_API ? 'pitlane-api' : name);

/** One HTTP request: POST to the contender's base URL plus `path`, with this JSON body. */
export interface ContenderRequest {
  path: string;
  body: string;
}

// Parsed response bodies of three different APIs: their shapes are checked by comparing answers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface Question {
  key: string;
  title: string;
  /** One request per dialect; a contender with a request of its own (a deep page's cursor) has it here too. */
  requests: Record<Dialect, ContenderRequest> & Partial<Record<ContenderName, ContenderRequest>>;
  /** The answer in a form all contenders share (sorted where order is not part of the question). */
  answer: Record<Dialect, (response: Json) => unknown>;
}

export const requestOf = (question: Pick<Question, 'requests'>, name: ContenderName): ContenderRequest =>
  question.requests[name] ?? question.requests[dialectOf(name)];
export const answerOf = (question: Question, name: ContenderName, response: Json): unknown => question.answer[dialectOf(name)](response);

export const PAGE_SIZE = 20;
export const PAGE_DEEP = 50;
export const LIST_SIZE = 100;
export const LINEAGE_DEPTH = 4;
export const MAX_PATH = 10;

const cypher = (name: string, params: object): ContenderRequest => ({ path: `/cypher/${name}`, body: JSON.stringify(params) });
const graphql = (query: string, variables: object = {}): ContenderRequest => ({ path: '', body: JSON.stringify({ query, variables }) });
const sorted = (items: string[]) => [...items].sort();

/** Where a deep page starts, in each contender's own terms (a keyset for raw Cypher, cursors for the APIs). */
export interface PagePositions {
  'raw-cypher': { afterName: string | null; afterId: string | null };
  'pitlane-api': string | null;
  'neo4j-graphql': string | null;
  'pitlane-baseline': string | null;
}

const API_PAGE = `query People($after: String) {
  people(orderBy: NAME, first: ${PAGE_SIZE}, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
}`;
const NEO4J_GRAPHQL_PAGE = `query People($after: String) {
  peopleConnection(first: ${PAGE_SIZE}, after: $after, sort: [{ name: ASC }, { id: ASC }]) {
    edges { cursor node { id name } } pageInfo { hasNextPage endCursor }
  }
}`;

export function pageRequests(position: PagePositions): Record<ContenderName, ContenderRequest> {
  return {
    'raw-cypher': cypher('people-page', { ...position['raw-cypher'], first: PAGE_SIZE }),
    'pitlane-api': graphql(API_PAGE, { after: position['pitlane-api'] }),
    'neo4j-graphql': graphql(NEO4J_GRAPHQL_PAGE, { after: position['neo4j-graphql'] }),
    // The earlier build walks with its own cursors.
    [BASELINE_API]: graphql(API_PAGE, { after: position[BASELINE_API] }),
  };
}

/** Ids on a page, and where the next page starts, per contender. */
export const pageAnswer = {
  'raw-cypher': (r: Json) => (r.rows as Json[]).map((row) => row.id as string),
  'pitlane-api': (r: Json) => (r.data.people.edges as Json[]).map((e) => e.node.id as string),
  'neo4j-graphql': (r: Json) => (r.data.peopleConnection.edges as Json[]).map((e) => e.node.id as string),
};

export function nextPagePosition(contender: ContenderName, response: Json): PagePositions[ContenderName] {
  if (contender === 'raw-cypher') {
    const last = (response.rows as Json[]).at(-1);
    return { afterName: last.name, afterId: last.id };
  }
  const connection = dialectOf(contender) === 'pitlane-api' ? response.data.people : response.data.peopleConnection;
  return connection.pageInfo.endCursor as string;
}

export const FIRST_PAGE: PagePositions = {
  'raw-cypher': { afterName: null, afterId: null }, 'pitlane-api': null, 'neo4j-graphql': null, [BASELINE_API]: null,
};

/** The questions' keys, in the order they are asked: `--questions` picks from these. */
export const QUESTION_KEYS = [
  'person-nested', 'people-page-1', `people-page-${PAGE_DEEP}`, 'lineage', 'shortest-connection', 'search', 'people-results',
] as const;

export function benchmarkQuestions(landmarks: SyntheticGraph['landmarks'], deepPage: PagePositions): Question[] {
  const { driverId, lineagePersonId, connectionFromId, connectionToId, uniqueName } = landmarks;
  return [
    {
      key: 'person-nested',
      title: 'A person with seasons, series and teams',
      requests: {
        'raw-cypher': cypher('person-seasons-teams', { personId: driverId }),
        'pitlane-api': graphql(
          `query Person($id: ID!) { person(id: $id) { id name
            seasons { season { year series { name } } finalPosition points }
            teams { team { name } years } } }`,
          { id: driverId },
        ),
        'neo4j-graphql': graphql(
          `query Person($id: ID!) { people(where: { id: { eq: $id } }) { id name
            seasonsConnection { edges { properties { finalPosition points } node { year series { name } } } }
            teamsConnection { edges { properties { years } node { name } } } } }`,
          { id: driverId },
        ),
      },
      answer: {
        'raw-cypher': (r) => {
          const [p] = r.rows;
          return [p.name, sorted(p.seasons.map((s: Json) => `${s.year}|${s.series}|${s.finalPosition}|${s.points}`)), sorted(p.teams.map((t: Json) => `${t.team}|${t.years}`))];
        },
        'pitlane-api': (r) => {
          const p = r.data.person;
          return [p.name, sorted(p.seasons.map((s: Json) => `${s.season.year}|${s.season.series.name}|${s.finalPosition}|${s.points}`)), sorted(p.teams.map((t: Json) => `${t.team.name}|${t.years}`))];
        },
        'neo4j-graphql': (r) => {
          const [p] = r.data.people;
          return [
            p.name,
            sorted(p.seasonsConnection.edges.map((e: Json) => `${e.node.year}|${e.node.series[0].name}|${e.properties.finalPosition}|${e.properties.points}`)),
            sorted(p.teamsConnection.edges.map((e: Json) => `${e.node.name}|${e.properties.years}`)),
          ];
        },
      },
    },
    { key: 'people-page-1', title: `People, page 1 (${PAGE_SIZE} a page)`, requests: pageRequests(FIRST_PAGE), answer: pageAnswer },
    { key: `people-page-${PAGE_DEEP}`, title: `People, page ${PAGE_DEEP}`, requests: pageRequests(deepPage), answer: pageAnswer },
    {
      key: 'lineage',
      title: `Lineage, depth ${LINEAGE_DEPTH}`,
      requests: {
        'raw-cypher': cypher('lineage', { personId: lineagePersonId, maxDepth: LINEAGE_DEPTH }),
        'pitlane-api': graphql(
          `query Lineage($id: ID!) { lineage(personId: $id, maxDepth: ${LINEAGE_DEPTH}) { relatives { kinship generation raced person { id displayName } } } }`,
          { id: lineagePersonId },
        ),
        'neo4j-graphql': graphql(
          `query Lineage($id: ID!) { lineage(personId: $id, maxDepth: ${LINEAGE_DEPTH}) { relativeId name kinship generation raced } }`,
          { id: lineagePersonId },
        ),
      },
      answer: {
        'raw-cypher': (r) => sorted(r.rows.map((x: Json) => `${x.relativeId}|${x.kinship}|${x.generation}|${x.raced}`)),
        'pitlane-api': (r) => sorted(r.data.lineage.relatives.map((x: Json) => `${x.person.id}|${x.kinship}|${x.generation}|${x.raced}`)),
        'neo4j-graphql': (r) => sorted(r.data.lineage.map((x: Json) => `${x.relativeId}|${x.kinship}|${x.generation}|${x.raced}`)),
      },
    },
    {
      key: 'shortest-connection',
      title: 'Shortest connection between two people',
      requests: {
        'raw-cypher': cypher('shortest-connection', { fromId: connectionFromId, toId: connectionToId, maxLength: MAX_PATH }),
        'pitlane-api': graphql(
          `query Connection($from: ID!, $to: ID!) { connection(fromId: $from, toId: $to, maxLength: ${MAX_PATH}) { length nodes { id } } }`,
          { from: connectionFromId, to: connectionToId },
        ),
        'neo4j-graphql': graphql(
          `query Connection($from: ID!, $to: ID!) { shortestConnection(fromId: $from, toId: $to, maxLength: ${MAX_PATH}) { length nodeIds } }`,
          { from: connectionFromId, to: connectionToId },
        ),
      },
      // Several shortest paths may tie; the length is the answer all must share.
      answer: {
        'raw-cypher': (r) => r.rows[0]?.length ?? null,
        'pitlane-api': (r) => r.data.connection?.length ?? null,
        'neo4j-graphql': (r) => r.data.shortestConnection?.length ?? null,
      },
    },
    {
      key: 'search',
      title: 'Full-text search (10 hits)',
      requests: {
        'raw-cypher': cypher('search', { query: luceneQuery(uniqueName), first: 10 }),
        'pitlane-api': graphql(
          'query Search($text: String!) { search(text: $text, first: 10) { score node { id ... on Person { name } } } }',
          { text: uniqueName },
        ),
        'neo4j-graphql': graphql(
          'query Search($text: String!) { searchPeople(phrase: $text, first: 10) { edges { score node { id name } } } }',
          { text: luceneQuery(uniqueName) },
        ),
      },
      // The name is unique, so its owner is every contender's best hit.
      answer: {
        'raw-cypher': (r) => r.rows[0]?.id,
        'pitlane-api': (r) => r.data.search[0]?.node.id,
        'neo4j-graphql': (r) => r.data.searchPeople.edges[0]?.node.id,
      },
    },
    {
      key: 'people-results',
      title: `${LIST_SIZE} people with their race results`,
      requests: {
        'raw-cypher': cypher('people-results', { first: LIST_SIZE }),
        // A synthetic driver enters up to 36 races, more than a nested list's default page (20).
        'pitlane-api': graphql(
          `{ people(orderBy: NAME, first: ${LIST_SIZE}) { edges { node { id name
              races(first: 100) { race { id name year } startPosition finishPosition } } } } }`,
        ),
        'neo4j-graphql': graphql(
          `{ people(limit: ${LIST_SIZE}, sort: [{ name: ASC }, { id: ASC }]) { id name
              racesConnection { edges { properties { startPosition finishPosition } node { id name year } } } } }`,
        ),
      },
      answer: {
        'raw-cypher': (r) => r.rows.map((p: Json) => `${p.id}:${sorted(p.results.map((x: Json) => `${x.race}|${x.finishPosition}`))}`),
        'pitlane-api': (r) => r.data.people.edges.map(({ node: p }: Json) => `${p.id}:${sorted(p.races.map((x: Json) => `${x.race.id}|${x.finishPosition}`))}`),
        'neo4j-graphql': (r) => r.data.people.map((p: Json) => `${p.id}:${sorted(p.racesConnection.edges.map((e: Json) => `${e.node.id}|${e.properties.finishPosition}`))}`),
      },
    },
  ];
}
