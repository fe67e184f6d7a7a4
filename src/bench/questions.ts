/**
 * The benchmark's questions, each asked of all three contenders in their own language: a named
 * Cypher statement for raw Cypher, a GraphQL document for this API and one for @neo4j/graphql.
 * Each contender's answer is boiled down to the same comparable form, so a run first checks that
 * all of them answer alike before it times anything. An earlier build of this API (a fourth
 * contender, `--baseline-build`) is asked in this API's language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { PROJECT_ROOT } from '../config/config';
import { NESTED_PAGE } from '../graphql/page-sizes';
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

/** How many root fields a GraphQL request asks for (its operation's top-level fields): the statements a compiled read may send. */
export function rootFieldsOf(request: ContenderRequest): number {
  const { query } = JSON.parse(request.body) as { query: string };
  const operation = parse(query).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation && operation.kind === Kind.OPERATION_DEFINITION
    ? operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD).length
    : 0;
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
  'team-page', 'season-standings', 'neighbourhood', 'disputed-fact',
] as const;

/**
 * The explorer's neighbourhood query of a person, as the explorer sends it: a copy of
 * `neighbourhoodSpecs().Person.document` (src/explorer/neighbourhood-queries.ts, which the bench may
 * not import: it is a browser bundle). tests/bench/questions.test.ts fails when the two differ.
 */
export const NEIGHBOURHOOD_DOCUMENT_FILE = path.join(PROJECT_ROOT, 'bench', 'graphql', 'person-neighbourhood.graphql');

/** The property the synthetic sources dispute (synthetic/generate.ts). */
export const DISPUTED_PROPERTY = 'born';

const ids = (items: Json[] | undefined) => sorted((items ?? []).map((item) => item.id as string)).join(',');
/** A season's standings: by final position (no position last), then person. */
const standingsOrder = (a: [number | null, string], b: [number | null, string]) =>
  (a[0] ?? Infinity) - (b[0] ?? Infinity) || a[1].localeCompare(b[1]);
function standings(entries: { finalPosition: number | null; person: string; team: string; points: number }[]): string[] {
  return [...entries]
    .sort((a, b) => standingsOrder([a.finalPosition, a.person], [b.finalPosition, b.person]))
    .map((e) => `${e.finalPosition ?? '-'}|${e.person}|${e.team}|${e.points}`);
}

/**
 * The nodes an explorer neighbourhood answer links to: each field's node, or for an edge (a season
 * entry, a team stint) the node it leads to, which the explorer selects first; and the direct relatives.
 */
function explorerNeighbours(data: Json): string[] {
  const linked = Object.values(data.node as Json).flatMap((value) => (Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : []))
    .flatMap((item: Json) => (item.__typename ? [item.id as string] : Object.values(item).filter((v: Json) => v?.__typename).slice(0, 1).map((v: Json) => v.id as string)));
  return [...new Set([...linked, ...(data.lineage?.relatives ?? []).map((r: Json) => r.person.id as string)])].sort();
}
/** A preference rule as stored (source-order) or as this API's enum (SOURCE_ORDER) alike; '-' for none. */
const ruleOf = (rule: string | null | undefined) => (rule ? rule.toLowerCase().replace(/_/g, '-') : '-');
const claimLine = (c: { property: string | null; value: unknown; source: string; preferred: boolean }) => `${c.property ?? '-'}|${c.value ?? '-'}|${c.source}|${c.preferred}`;
const conflictLine = (property: string | null, claims: number) => `${property ?? '-'}|${claims} claims`;

export function benchmarkQuestions(landmarks: SyntheticGraph['landmarks'], deepPage: PagePositions): Question[] {
  const { driverId, lineagePersonId, connectionFromId, connectionToId, uniqueName, teamId, seasonId, disputedPersonId } = landmarks;
  const neighbourhoodDocument = fs.readFileSync(NEIGHBOURHOOD_DOCUMENT_FILE, 'utf8');
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
            sorted(p.seasonsConnection.edges.map((e: Json) => `${e.node.year}|${e.node.series.name}|${e.properties.finalPosition}|${e.properties.points}`)),
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
          `query Lineage($id: ID!) { lineage(personId: $id, maxDepth: ${LINEAGE_DEPTH}) { relatives(first: ${NESTED_PAGE.maximum}) { kinship generation raced person { id displayName } } } }`,
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
              races(first: ${NESTED_PAGE.maximum}) { race { id name year } startPosition finishPosition } } } } }`,
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
    {
      key: 'team-page',
      title: 'A team page: seasons, entries, people, families',
      requests: {
        'raw-cypher': cypher('team-page', { teamId }),
        'pitlane-api': graphql(
          `query Team($id: ID!) { team(id: $id) { id name
            seasonEntries(first: ${NESTED_PAGE.maximum}) { season { id year series { name } } finalPosition points
              person { id name families { id name } parents { id name } } } } }`,
          { id: teamId },
        ),
        // @neo4j/graphql has no field for a team's entries (the team is a property of the entry): it
        // finds the seasons with an entry naming the team, then those entries.
        'neo4j-graphql': graphql(
          `query Team($id: ID!, $team: ID!) { teams(where: { id: { eq: $id } }) { id name }
            seasons(where: { entriesConnection: { some: { edge: { team: { eq: $team } } } } }) { id year series { name }
              entriesConnection(where: { edge: { team: { eq: $team } } }) { edges { properties { finalPosition points }
                node { id name families { id name } parents { id name } } } } } }`,
          { id: teamId, team: teamId },
        ),
      },
      answer: {
        'raw-cypher': (r) => {
          const [t] = r.rows;
          return [t.name, sorted(t.entries.map((e: Json) => `${e.season}|${e.series}|${e.person}|${e.finalPosition}|${e.points}|${sorted(e.families)}|${sorted(e.parents)}`))];
        },
        'pitlane-api': (r) => {
          const t = r.data.team;
          return [t.name, sorted(t.seasonEntries.map((e: Json) => `${e.season.id}|${e.season.series.name}|${e.person.id}|${e.finalPosition}|${e.points}|${ids(e.person.families)}|${ids(e.person.parents)}`))];
        },
        'neo4j-graphql': (r) => [
          r.data.teams[0].name,
          sorted(r.data.seasons.flatMap((s: Json) => s.entriesConnection.edges.map((e: Json) =>
            `${s.id}|${s.series.name}|${e.node.id}|${e.properties.finalPosition}|${e.properties.points}|${ids(e.node.families)}|${ids(e.node.parents)}`))),
        ],
      },
    },
    {
      key: 'season-standings',
      title: 'A season page with standings',
      requests: {
        'raw-cypher': cypher('season-standings', { seasonId }),
        'pitlane-api': graphql(
          `query Season($id: ID!) { season(id: $id) { id name year series { name }
            entries(first: ${NESTED_PAGE.maximum}) { finalPosition points person { id name } team { id name } } } }`,
          { id: seasonId },
        ),
        'neo4j-graphql': graphql(
          `query Season($id: ID!) { seasons(where: { id: { eq: $id } }) { id name year series { name }
            entriesConnection(sort: [{ edge: { finalPosition: ASC } }]) { edges { properties { finalPosition points team } node { id name } } } } }`,
          { id: seasonId },
        ),
      },
      // This API gives a season's entries in no particular order; every answer is put in standings order.
      answer: {
        'raw-cypher': (r) => {
          const [s] = r.rows;
          return [s.year, s.series, standings(s.standings)];
        },
        'pitlane-api': (r) => {
          const s = r.data.season;
          return [s.year, s.series.name, standings(s.entries.map((e: Json) => ({ finalPosition: e.finalPosition, person: e.person.id, team: e.team?.id, points: e.points })))];
        },
        'neo4j-graphql': (r) => {
          const [s] = r.data.seasons;
          return [s.year, s.series.name, standings(s.entriesConnection.edges.map((e: Json) => ({ ...e.properties, person: e.node.id })))];
        },
      },
    },
    {
      key: 'neighbourhood',
      title: "The explorer's neighbourhood of a person",
      requests: {
        'raw-cypher': cypher('neighbourhood', { id: disputedPersonId }),
        'pitlane-api': graphql(neighbourhoodDocument, { id: disputedPersonId }),
        // What the synthetic graph holds around a person, in @neo4j/graphql's terms: every
        // relationship it has, the edges with their properties, the claims and the disputes.
        'neo4j-graphql': graphql(
          `query Neighbourhood($id: ID!, $subject: String!) {
            people(where: { id: { eq: $id } }) { id name gender nationality roles born
              families { id name } parents { id name } children { id name } siblings { id name } spouses { id name } relatives { id name }
              teamsConnection { edges { properties { years } node { id name } } }
              seasonsConnection { edges { properties { team participation racesStarted finalPosition points } node { id name } } }
              racesConnection { edges { properties { team startPosition finishPosition } node { id name } } } }
            claims(where: { subject: { eq: $subject } }) { id property value source preferred disputed rule }
            conflicts: claims(where: { entities: { includes: $subject }, disputed: { eq: true } }) { group property value source }
          }`,
          { id: disputedPersonId, subject: disputedPersonId },
        ),
      },
      answer: {
        'raw-cypher': (r) => {
          const [n] = r.rows;
          return [
            [...new Set(n.links.map((l: Json) => l.id as string))].sort(),
            sorted(n.claims.map(claimLine)),
            sorted(n.conflicts.map((c: Json) => conflictLine(c.claims[0]?.property ?? null, c.claims.length))),
          ];
        },
        'pitlane-api': (r) => [
          explorerNeighbours(r.data),
          sorted(r.data.node.claimsConnection.edges.map((e: Json) => e.node).map((c: Json) => claimLine({ ...c, source: c.source.id }))),
          sorted(r.data.conflicts.edges.map((e: Json) => conflictLine(e.node.property, e.node.claims.length))),
        ],
        'neo4j-graphql': (r) => {
          const [p] = r.data.people;
          const linked = [
            ...['families', 'parents', 'children', 'siblings', 'spouses', 'relatives'].flatMap((field) => p[field].map((n: Json) => n.id as string)),
            ...['teamsConnection', 'seasonsConnection', 'racesConnection'].flatMap((field) => p[field].edges.map((e: Json) => e.node.id as string)),
          ];
          const groups = new Map<string, Json[]>();
          for (const c of r.data.conflicts) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
          return [
            [...new Set(linked)].sort(),
            sorted(r.data.claims.map(claimLine)),
            sorted([...groups.values()].map((claims) => conflictLine(claims[0].property, claims.length))),
          ];
        },
      },
    },
    {
      key: 'disputed-fact',
      title: 'A disputed fact with its claims',
      requests: {
        'raw-cypher': cypher('disputed-fact', { id: disputedPersonId, property: DISPUTED_PROPERTY }),
        'pitlane-api': graphql(
          `query Disputed($id: ID!, $property: String!) { person(id: $id) { id name ${DISPUTED_PROPERTY}
            claims(property: $property) { value preferred disputed rule source { id title } } } }`,
          { id: disputedPersonId, property: DISPUTED_PROPERTY },
        ),
        'neo4j-graphql': graphql(
          `query Disputed($id: ID!, $subject: String!, $property: String!) { people(where: { id: { eq: $id } }) { id name ${DISPUTED_PROPERTY} }
            claims(where: { subject: { eq: $subject }, property: { eq: $property } }) { value preferred disputed rule source } }`,
          { id: disputedPersonId, subject: disputedPersonId, property: DISPUTED_PROPERTY },
        ),
      },
      answer: {
        'raw-cypher': (r) => {
          const [n] = r.rows;
          return [n.value, sorted(n.claims.map((c: Json) => `${c.value}|${c.source}|${c.preferred}|${c.disputed}|${ruleOf(c.rule)}`))];
        },
        'pitlane-api': (r) => {
          const p = r.data.person;
          return [p[DISPUTED_PROPERTY], sorted(p.claims.map((c: Json) => `${c.value}|${c.source.id}|${c.preferred}|${c.disputed}|${ruleOf(c.rule)}`))];
        },
        'neo4j-graphql': (r) => [
          r.data.people[0][DISPUTED_PROPERTY],
          sorted(r.data.claims.map((c: Json) => `${c.value}|${c.source}|${c.preferred}|${c.disputed}|${ruleOf(c.rule)}`)),
        ],
      },
    },
  ];
}
