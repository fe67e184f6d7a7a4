/** Builds the GraphQL schema from the type-graphql classes: the single source of the API's types. */
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AchievementResolver } from './achievement/achievement.resolver';
import { AspirationResolver } from './aspiration/aspiration.resolver';
import { EducationResolver } from './education/education.resolver';
import { EventResolver } from './event/event.resolver';
import { FamilyResolver } from './family/family.resolver';
import { InspirationResolver } from './inspiration/inspiration.resolver';
import { KinshipHopResolver, LineageResolver, RelativeResolver } from './lineage/lineage.resolver';
import { NodeFieldsResolver, NodeResolver } from './node/node.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { PathRelationshipResolver, PathResolver } from './path/path.resolver';
import { CareerSeasonResolver, SeriesCareerResolver } from './person/career.resolver';
import { PersonResolver } from './person/person.resolver';
import { PlaceResolver } from './place/place.resolver';
import { RaceEntryResolver } from './race-entry/race-entry.resolver';
import { RaceResolver } from './race/race.resolver';
import { SearchResolver } from './search/search.resolver';
import { SeasonEntryResolver } from './season-entry/season-entry.resolver';
import { SeasonResolver } from './season/season.resolver';
import { SeriesResolver } from './series/series.resolver';
import { CitationResolver, SourceResolver } from './source/source.resolver';
import { TeamStintResolver } from './team-stint/team-stint.resolver';
import { TeamResolver } from './team/team.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';
import { VenueResolver } from './venue/venue.resolver';
import { AuditResolver } from './curation/audit.resolver';
import {
  AchievementMutations, CurationResolver, FamilyMutations, OrganizationMutations, PersonMutations, RaceMutations,
  SeasonMutations, SeriesMutations, TeamMutations, VenueMutations,
} from './curation/curation.resolver';
import { authChecker } from '../auth/auth-checker';
import { validateArgument } from '../graphql/argument-validation';
import { Achievement } from './achievement/achievement.type';
import { Education } from './education/education.type';
import { Event } from './event/event.type';
import { Family } from './family/family.type';
import { Organization } from './organization/organization.type';
import { Person } from './person/person.type';
import { Place } from './place/place.type';
import { Race } from './race/race.type';
import { Season } from './season/season.type';
import { Series } from './series/series.type';
import { Source } from './source/source.type';
import { Team } from './team/team.type';
import { Venue } from './venue/venue.type';

export const RESOLVERS = [
  NodeResolver, NodeFieldsResolver, PersonResolver, SeriesCareerResolver, CareerSeasonResolver, FamilyResolver, TeamResolver,
  OrganizationResolver, SeriesResolver, SeasonResolver, RaceResolver, VenueResolver, PlaceResolver,
  AchievementResolver, EventResolver, EducationResolver, SourceResolver, CitationResolver,
  SeasonEntryResolver, RaceEntryResolver, TeamStintResolver, InspirationResolver, AspirationResolver,
  LineageResolver, RelativeResolver, KinshipHopResolver, PathResolver, PathRelationshipResolver,
  TimelineResolver, SearchResolver, AuditResolver,
  CurationResolver, PersonMutations, FamilyMutations, TeamMutations, OrganizationMutations, SeriesMutations,
  SeasonMutations, RaceMutations, VenueMutations, AchievementMutations,
] as const;

/** Every node type is reachable through node(id:), so all are in the schema even if no field returns them. */
const NODE_TYPES = [Person, Family, Team, Organization, Series, Season, Race, Venue, Place, Achievement, Event, Education, Source];

export function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: NODE_TYPES,
    validateFn: validateArgument,
    authChecker,
    // Refuse (UNAUTHENTICATED / FORBIDDEN) rather than return null, so a client always knows why.
    authMode: 'error',
  });
}
