/**
 * Every relationship field of the API, by name: the stored relationship type, the direction it is
 * walked in, and the labels at the other end. Resolvers name one of these; the related loader
 * batches it. Reading this table is reading the graph model.
 */
import { Direction, RelationSpec } from './related.loader';
import { NodeLabel } from '../../model/vocabulary';

const rel = (type: string, direction: Direction, ...labels: NodeLabel[]): RelationSpec => ({ types: [type], direction, labels });

export const RELATIONS = {
  familyOf: rel('MEMBER_OF', 'OUT', 'Family'),
  membersOf: rel('MEMBER_OF', 'IN', 'Person'),
  parentsOf: rel('PARENT_OF', 'IN', 'Person'),
  childrenOf: rel('PARENT_OF', 'OUT', 'Person'),
  siblingsOf: rel('SIBLING_OF', 'BOTH', 'Person'),
  spousesOf: rel('SPOUSE_OF', 'BOTH', 'Person'),
  seasonsEnteredBy: rel('ENTERED_SEASON', 'OUT', 'Season'),
  entrantsOfSeason: rel('ENTERED_SEASON', 'IN', 'Person'),
  racesEnteredBy: rel('ENTERED_RACE', 'OUT', 'Race'),
  entrantsOfRace: rel('ENTERED_RACE', 'IN', 'Person'),
  teamsOf: rel('DROVE_FOR', 'OUT', 'Team'),
  driversOf: rel('DROVE_FOR', 'IN', 'Person'),
  achievementsOf: rel('ACHIEVED', 'OUT', 'Achievement'),
  achieversOf: rel('ACHIEVED', 'IN', 'Person'),
  eventsOf: rel('EXPERIENCED', 'OUT', 'Event'),
  peopleOfEvent: rel('EXPERIENCED', 'IN', 'Person'),
  educationOf: rel('STUDIED', 'OUT', 'Education'),
  studentsOf: rel('STUDIED', 'IN', 'Person'),
  inspiredBy: rel('INSPIRED_BY', 'OUT', 'Person'),
  inspired: rel('INSPIRED_BY', 'IN', 'Person'),
  aspirationsOf: rel('ASPIRES_TO', 'OUT', 'Series', 'Race'),
  ownedBy: rel('OWNS', 'OUT', 'Organization'),
  ownersOf: rel('OWNS', 'IN', 'Person'),
  noticedBy: rel('NOTICED_BY', 'OUT', 'Organization'),
  noticedPeople: rel('NOTICED_BY', 'IN', 'Person'),
  seriesOfSeason: rel('OF_SERIES', 'OUT', 'Series'),
  seasonsOfSeries: rel('OF_SERIES', 'IN', 'Season'),
  seasonOfRace: rel('PART_OF_SEASON', 'OUT', 'Season'),
  racesOfSeason: rel('PART_OF_SEASON', 'IN', 'Race'),
  venueOfRace: rel('HELD_AT', 'OUT', 'Venue'),
  racesAtVenue: rel('HELD_AT', 'IN', 'Race'),
  locationOf: rel('LOCATED_IN', 'OUT', 'Place'),
  placesIn: rel('LOCATED_IN', 'IN', 'Place'),
  venuesIn: rel('LOCATED_IN', 'IN', 'Venue'),
  headquartersOf: rel('HEADQUARTERED_IN', 'OUT', 'Place'),
  headquarteredIn: rel('HEADQUARTERED_IN', 'IN', 'Organization', 'Team'),
  sanctioningBodiesOf: rel('SANCTIONED_BY', 'OUT', 'Organization'),
  seriesSanctionedBy: rel('SANCTIONED_BY', 'IN', 'Series'),
  parentOrganizationsOf: rel('PART_OF', 'OUT', 'Organization'),
  partsOf: rel('PART_OF', 'IN', 'Organization'),
  raceOf: rel('AT_RACE', 'OUT', 'Race'),
  achievementsAtRace: rel('AT_RACE', 'IN', 'Achievement'),
  seasonOf: rel('IN_SEASON', 'OUT', 'Season'),
  seriesOf: rel('IN_SERIES', 'OUT', 'Series'),
  achievementsInSeries: rel('IN_SERIES', 'IN', 'Achievement'),
  placeOfEvent: rel('TO_PLACE', 'OUT', 'Place'),
  publisherOf: rel('PUBLISHED_BY', 'OUT', 'Organization'),
  publishedBy: rel('PUBLISHED_BY', 'IN', 'Source'),
} satisfies Record<string, RelationSpec>;
