/**
 * GraphQL enums built from the graph's vocabulary (src/model/vocabulary.ts), so the stored strings
 * and the API's enum values can never drift apart: "non-binary" is NON_BINARY, and so on.
 */
import { registerEnumType } from 'type-graphql';
import { KINSHIP_TERM_NAMES } from '../../model/kinship';
import {
  ACHIEVEMENT_KINDS, EVENT_KINDS, GENDERS, ORGANIZATION_KINDS, PARTICIPATIONS, PERSON_ROLES, PLACE_KINDS,
  RACE_STATUSES, SOURCE_KINDS,
} from '../../model/vocabulary';

function graphqlEnum<V extends string>(name: string, values: readonly V[], description: string): Record<string, V> {
  const enumObject = Object.fromEntries(values.map((value) => [value.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), value]));
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const Gender = graphqlEnum('Gender', GENDERS, 'Gender, as the source states it.');
export const PersonRole = graphqlEnum('PersonRole', PERSON_ROLES, 'What a person does, as the source states it.');
export const OrganizationKind = graphqlEnum('OrganizationKind', ORGANIZATION_KINDS, 'What an organization is.');
export const PlaceKind = graphqlEnum('PlaceKind', PLACE_KINDS, 'What a place is.');
export const RaceStatus = graphqlEnum('RaceStatus', RACE_STATUSES, 'Whether a race had been run as of its source.');
export const Participation = graphqlEnum('Participation', PARTICIPATIONS, 'Full-time or part-time season entry.');
export const AchievementKind = graphqlEnum('AchievementKind', ACHIEVEMENT_KINDS, 'What kind of milestone an achievement is.');
export const EventKind = graphqlEnum('EventKind', EVENT_KINDS, 'What kind of event in a career.');
export const SourceKind = graphqlEnum('SourceKind', SOURCE_KINDS, 'What kind of document a source is.');
export const KinshipTerm = graphqlEnum('KinshipTerm', KINSHIP_TERM_NAMES, 'A kinship a source states without the people in between.');
