/**
 * The neighbourhood of any node: the node itself and every relationship its type exposes in the
 * API, each as a link to the node at the other end. The API has no generic "relationships of a
 * node" field, so there is one query per type, picked by the node's __typename. Links read from
 * edge types (season entries, team stints, inspirations, kinship hops, ...) carry their evidence;
 * the others get theirs on demand (see relationship-evidence.ts).
 */
import { query } from './api.js';
import { Citation, CITATION_FIELDS } from './facts.js';
import { LabelledNode, labelOf } from './node-labels.js';
import { wordsFor } from './relationship-words.js';

type Json = Record<string, unknown>;

export type Neighbour = LabelledNode & { label: string };

export interface Link {
  neighbour: Neighbour;
  /** Ids of the two ends, in the relationship's direction (kinship: from the node to the relative). */
  from: string;
  to: string;
  /** The stored relationship type, e.g. DROVE_FOR. */
  type: string;
  /** What the relationship is, in a few words ("drove for", "father"). */
  words: string;
  /** What the relationship records besides ("2022", "finished 6th"). */
  detail?: string;
  /** The evidence, when the API gives it with the relationship; undefined: ask for it. */
  citations?: Citation[];
}

export interface CentreNode extends Neighbour {
  /** Its __typename. */
  kind: string;
  description: string | null;
  citations: Citation[];
  /** Properties worth showing, as term and value. */
  details: [string, string][];
  /** A source's full text. */
  text?: string;
}

export interface Neighbourhood {
  node: CentreNode;
  links: Link[];
}

interface LinkSpec {
  field: string;
  type: string;
  /** Which way the stored relationship points, seen from the node. */
  direction: 'out' | 'in';
  /** For fields that return edges (SeasonEntry, TeamStint, ...): the field holding the other end. */
  via?: string;
  detail?: (edge: Json) => string | undefined;
}

interface TypeSpec {
  document: string;
  links: LinkSpec[];
  details?: (node: Json) => [string, string][];
}

const NAMED = '__typename id name';
const TITLED = '__typename id title';
const CITED = `sources { ${CITATION_FIELDS} }`;

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};

/** An enum value as words: FULL_TIME is "full time". */
const enumWords = (value: unknown): string => String(value).toLowerCase().replace(/_/g, ' ');

/** Only the parts that are known, joined; undefined when none is. */
function joined(...parts: (string | false | null | undefined)[]): string | undefined {
  const known = parts.filter((part): part is string => typeof part === 'string' && part !== '');
  return known.length > 0 ? known.join(', ') : undefined;
}

function details(...pairs: [string, unknown][]): [string, string][] {
  return pairs
    .filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
    .map(([term, value]) => [term, Array.isArray(value) ? value.join(', ') : String(value)]);
}

const seasonEntryDetail = (edge: Json): string | undefined =>
  joined(
    edge.team ? `with ${labelOf(edge.team as LabelledNode)}` : undefined,
    edge.participation ? enumWords(edge.participation) : undefined,
    typeof edge.racesStarted === 'number' ? `${edge.racesStarted} starts` : undefined,
    typeof edge.finalPosition === 'number' ? `finished ${ordinal(edge.finalPosition)}` : undefined,
    typeof edge.points === 'number' ? `${edge.points} points` : undefined,
  );

const raceEntryDetail = (edge: Json): string | undefined =>
  joined(
    edge.team ? `with ${labelOf(edge.team as LabelledNode)}` : undefined,
    typeof edge.startPosition === 'number' ? `started ${ordinal(edge.startPosition)}` : undefined,
    typeof edge.finishPosition === 'number' ? `finished ${ordinal(edge.finishPosition)}` : undefined,
    typeof edge.note === 'string' ? edge.note : undefined,
  );

const SEASON_ENTRY_FIELDS = `team { ${NAMED} } participation racesStarted finalPosition points ${CITED}`;
const RACE_ENTRY_FIELDS = `team { ${NAMED} } startPosition finishPosition note ${CITED}`;

const SPECS: Record<string, TypeSpec> = {
  Person: {
    document: `query PersonNeighbourhood($id: ID!) {
      node(id: $id) { ... on Person {
        __typename id name description nationality roles raced ${CITED}
        families { ${NAMED} }
        seasons { season { ${NAMED} } ${SEASON_ENTRY_FIELDS} }
        races { race { ${NAMED} } ${RACE_ENTRY_FIELDS} }
        teams { team { ${NAMED} } years ${CITED} }
        achievements { ${TITLED} }
        events { ${TITLED} }
        education { ${TITLED} }
        inspiredBy { inspiration { ${NAMED} } reason ${CITED} }
        inspired { person { ${NAMED} } reason ${CITED} }
        aspirations { goal target { ... on Series { ${NAMED} } ... on Race { ${NAMED} } } ${CITED} }
        owns { ${NAMED} }
        noticedBy { ${NAMED} }
      } }
      lineage(personId: $id, maxDepth: 1) {
        relatives { kinship person { ${NAMED} } path { type ${CITED} } }
      }
    }`,
    links: [
      { field: 'families', type: 'MEMBER_OF', direction: 'out' },
      { field: 'seasons', type: 'ENTERED_SEASON', direction: 'out', via: 'season', detail: seasonEntryDetail },
      { field: 'races', type: 'ENTERED_RACE', direction: 'out', via: 'race', detail: raceEntryDetail },
      {
        field: 'teams',
        type: 'DROVE_FOR',
        direction: 'out',
        via: 'team',
        detail: (edge) => joined((edge.years as number[]).join(', ')),
      },
      { field: 'achievements', type: 'ACHIEVED', direction: 'out' },
      { field: 'events', type: 'EXPERIENCED', direction: 'out' },
      { field: 'education', type: 'STUDIED', direction: 'out' },
      { field: 'inspiredBy', type: 'INSPIRED_BY', direction: 'out', via: 'inspiration', detail: (edge) => joined(edge.reason as string) },
      { field: 'inspired', type: 'INSPIRED_BY', direction: 'in', via: 'person', detail: (edge) => joined(edge.reason as string) },
      { field: 'aspirations', type: 'ASPIRES_TO', direction: 'out', via: 'target', detail: (edge) => joined(edge.goal as string) },
      { field: 'owns', type: 'OWNS', direction: 'out' },
      { field: 'noticedBy', type: 'NOTICED_BY', direction: 'out' },
    ],
    details: (node) =>
      details(['Nationality', node.nationality], ['Roles', (node.roles as string[]).map(enumWords)], ['Raced', node.raced ? 'yes' : 'not that the sources say']),
  },
  Team: {
    document: `query TeamNeighbourhood($id: ID!) {
      node(id: $id) { ... on Team {
        __typename id name description ${CITED}
        drivers { person { ${NAMED} } years ${CITED} }
        seasonEntries { season { ${NAMED} } person { ${NAMED} } ${SEASON_ENTRY_FIELDS} }
        headquarters { ${NAMED} }
      } }
    }`,
    links: [
      { field: 'drivers', type: 'DROVE_FOR', direction: 'in', via: 'person', detail: (edge) => joined((edge.years as number[]).join(', ')) },
      {
        field: 'seasonEntries',
        type: 'ENTERED_SEASON',
        direction: 'out',
        via: 'season',
        detail: (edge) => joined(`by ${labelOf(edge.person as LabelledNode)}`, seasonEntryDetail({ ...edge, team: null })),
      },
      { field: 'headquarters', type: 'HEADQUARTERED_IN', direction: 'out' },
    ],
  },
  Series: {
    document: `query SeriesNeighbourhood($id: ID!) {
      node(id: $id) { ... on Series {
        __typename id name description formerNames aliases ${CITED}
        seasons { ${NAMED} }
        sanctionedBy { ${NAMED} }
        achievements { ${TITLED} }
      } }
    }`,
    links: [
      { field: 'seasons', type: 'OF_SERIES', direction: 'in' },
      { field: 'sanctionedBy', type: 'SANCTIONED_BY', direction: 'out' },
      { field: 'achievements', type: 'IN_SERIES', direction: 'in' },
    ],
    details: (node) => details(['Former names', node.formerNames], ['Also called', node.aliases]),
  },
  Season: {
    document: `query SeasonNeighbourhood($id: ID!) {
      node(id: $id) { ... on Season {
        __typename id name description year rounds trackTypes ${CITED}
        series { ${NAMED} }
        races { ${NAMED} }
        entries { person { ${NAMED} } ${SEASON_ENTRY_FIELDS} }
      } }
    }`,
    links: [
      { field: 'series', type: 'OF_SERIES', direction: 'out' },
      { field: 'races', type: 'PART_OF_SEASON', direction: 'in' },
      { field: 'entries', type: 'ENTERED_SEASON', direction: 'in', via: 'person', detail: seasonEntryDetail },
    ],
    details: (node) => details(['Year', node.year], ['Rounds', node.rounds], ['Tracks', node.trackTypes]),
  },
  Race: {
    document: `query RaceNeighbourhood($id: ID!) {
      node(id: $id) { ... on Race {
        __typename id name description year date status round ${CITED}
        season { ${NAMED} }
        venue { ${NAMED} }
        entries { person { ${NAMED} } ${RACE_ENTRY_FIELDS} }
        achievements { ${TITLED} }
      } }
    }`,
    links: [
      { field: 'season', type: 'PART_OF_SEASON', direction: 'out' },
      { field: 'venue', type: 'HELD_AT', direction: 'out' },
      { field: 'entries', type: 'ENTERED_RACE', direction: 'in', via: 'person', detail: raceEntryDetail },
      { field: 'achievements', type: 'AT_RACE', direction: 'in' },
    ],
    details: (node) => details(['Date', node.date ?? node.year], ['Status', enumWords(node.status)], ['Round', node.round]),
  },
  Venue: {
    document: `query VenueNeighbourhood($id: ID!) {
      node(id: $id) { ... on Venue {
        __typename id name description ${CITED}
        races { ${NAMED} }
        location { ${NAMED} }
      } }
    }`,
    links: [
      { field: 'races', type: 'HELD_AT', direction: 'in' },
      { field: 'location', type: 'LOCATED_IN', direction: 'out' },
    ],
  },
  Organization: {
    document: `query OrganizationNeighbourhood($id: ID!) {
      node(id: $id) { ... on Organization {
        __typename id name description kind ${CITED}
        partOf { ${NAMED} }
        parts { ${NAMED} }
        sanctions { ${NAMED} }
        headquarters { ${NAMED} }
        owners { ${NAMED} }
        noticed { ${NAMED} }
        published { ${TITLED} }
      } }
    }`,
    links: [
      { field: 'partOf', type: 'PART_OF', direction: 'out' },
      { field: 'parts', type: 'PART_OF', direction: 'in' },
      { field: 'sanctions', type: 'SANCTIONED_BY', direction: 'in' },
      { field: 'headquarters', type: 'HEADQUARTERED_IN', direction: 'out' },
      { field: 'owners', type: 'OWNS', direction: 'in' },
      { field: 'noticed', type: 'NOTICED_BY', direction: 'in' },
      { field: 'published', type: 'PUBLISHED_BY', direction: 'in' },
    ],
    details: (node) => details(['Kind', enumWords(node.kind)]),
  },
  Family: {
    document: `query FamilyNeighbourhood($id: ID!) {
      node(id: $id) { ... on Family { __typename id name description ${CITED} members { ${NAMED} } } }
    }`,
    links: [{ field: 'members', type: 'MEMBER_OF', direction: 'in' }],
  },
  Achievement: {
    document: `query AchievementNeighbourhood($id: ID!) {
      node(id: $id) { ... on Achievement {
        __typename id title description kind year count ${CITED}
        achievers { ${NAMED} }
        race { ${NAMED} }
        season { ${NAMED} }
        series { ${NAMED} }
      } }
    }`,
    links: [
      { field: 'achievers', type: 'ACHIEVED', direction: 'in' },
      { field: 'race', type: 'AT_RACE', direction: 'out' },
      { field: 'season', type: 'IN_SEASON', direction: 'out' },
      { field: 'series', type: 'IN_SERIES', direction: 'out' },
    ],
    details: (node) => details(['Kind', enumWords(node.kind)], ['Year', node.year], ['Count', node.count]),
  },
  Event: {
    document: `query EventNeighbourhood($id: ID!) {
      node(id: $id) { ... on Event {
        __typename id title description kind year date approximate age durationMonths ${CITED}
        people { ${NAMED} }
        race { ${NAMED} }
        season { ${NAMED} }
        series { ${NAMED} }
        place { ${NAMED} }
      } }
    }`,
    links: [
      { field: 'people', type: 'EXPERIENCED', direction: 'in' },
      { field: 'race', type: 'AT_RACE', direction: 'out' },
      { field: 'season', type: 'IN_SEASON', direction: 'out' },
      { field: 'series', type: 'IN_SERIES', direction: 'out' },
      { field: 'place', type: 'TO_PLACE', direction: 'out' },
    ],
    details: (node) =>
      details(
        ['Kind', enumWords(node.kind)],
        ['When', node.date ?? node.year ? `${node.approximate ? 'about ' : ''}${node.date ?? node.year}` : undefined],
        ['Age', node.age],
        ['Months', node.durationMonths],
      ),
  },
  Education: {
    document: `query EducationNeighbourhood($id: ID!) {
      node(id: $id) { ... on Education { __typename id title description ${CITED} students { ${NAMED} } } }
    }`,
    links: [{ field: 'students', type: 'STUDIED', direction: 'in' }],
  },
  Place: {
    document: `query PlaceNeighbourhood($id: ID!) {
      node(id: $id) { ... on Place {
        __typename id name kind ${CITED}
        partOf { ${NAMED} }
        places { ${NAMED} }
        venues { ${NAMED} }
      } }
    }`,
    links: [
      { field: 'partOf', type: 'LOCATED_IN', direction: 'out' },
      { field: 'places', type: 'LOCATED_IN', direction: 'in' },
      { field: 'venues', type: 'LOCATED_IN', direction: 'in' },
    ],
    details: (node) => details(['Kind', enumWords(node.kind)]),
  },
  Source: {
    document: `query SourceNeighbourhood($id: ID!) {
      node(id: $id) { ... on Source { __typename id title kind published url text publisher { ${NAMED} } } }
    }`,
    links: [{ field: 'publisher', type: 'PUBLISHED_BY', direction: 'out' }],
    details: (node) => details(['Kind', enumWords(node.kind)], ['Published', node.published], ['Address', node.url]),
  },
};

const NODE_KIND = 'query NodeKind($id: ID!) { node(id: $id) { __typename id } }';

/** Null when no node has the id. */
export async function loadNeighbourhood(id: string): Promise<Neighbourhood | null> {
  const { node: found } = await query<{ node: { __typename: string } | null }>(NODE_KIND, { id });
  if (!found) return null;
  const spec = SPECS[found.__typename];
  if (!spec) throw new Error(`The explorer cannot show a ${found.__typename} yet.`);
  const data = await query<{ node: Json | null; lineage?: { relatives: Json[] } | null }>(spec.document, { id });
  if (!data.node) return null;
  const node = data.node;
  const centre = node as unknown as LabelledNode;
  return {
    node: {
      ...centre,
      label: labelOf(centre),
      kind: centre.__typename,
      description: (node.description as string | null | undefined) ?? null,
      citations: (node.sources as Citation[] | undefined) ?? [],
      details: spec.details?.(node) ?? [],
      text: typeof node.text === 'string' ? node.text : undefined,
    },
    links: [...spec.links.flatMap((link) => linksOf(centre.id, node, link)), ...kinshipLinks(centre.id, data.lineage?.relatives ?? [])],
  };
}

function linksOf(centreId: string, node: Json, spec: LinkSpec): Link[] {
  const value = node[spec.field];
  const items = (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]) as Json[];
  return items.map((item) => {
    const other = (spec.via ? item[spec.via] : item) as LabelledNode;
    return {
      neighbour: { ...other, label: labelOf(other) },
      from: spec.direction === 'out' ? centreId : other.id,
      to: spec.direction === 'out' ? other.id : centreId,
      type: spec.type,
      words: wordsFor(spec.type),
      detail: spec.detail?.(item),
      citations: spec.via ? (item.sources as Citation[]) : undefined,
    };
  });
}

/** Direct relatives (one kinship link away), including relations a source states without the people between. */
function kinshipLinks(centreId: string, relatives: Json[]): Link[] {
  return relatives.map((relative) => {
    const person = relative.person as LabelledNode;
    const kinship = relative.kinship as string;
    const [hop] = relative.path as { type: string; sources: Citation[] }[];
    return {
      neighbour: { ...person, label: labelOf(person, kinship) },
      from: centreId,
      to: person.id,
      type: hop?.type ?? 'HAS_RELATIVE',
      words: kinship,
      citations: hop?.sources ?? [],
    };
  });
}
