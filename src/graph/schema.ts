/**
 * Builds the GraphQL schema of a graph model: the types, relationship fields, edge objects and
 * curation inputs and mutations derived from the model (src/graph/model/, src/graph/curation/) and
 * the claims of every node and edge type (src/graph/claims/), with the hand-written queries and
 * fields beside them.
 */
import { GraphQLSchema } from 'graphql';
import { buildSchema, ClassType } from 'type-graphql';
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { checkModel } from '../model/model-queries';
import { AchievementResolver } from './achievement/achievement.resolver';
import { AwardResolver } from './award/award.resolver';
import { ClassResolver } from './class/class.resolver';
import { KinshipHopResolver, LineageResolver, RelativeResolver } from './lineage/lineage.resolver';
import { MeetingResolver } from './meeting/meeting.resolver';
import { NodeFieldsResolver, NodeResolver } from './node/node.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { PathRelationshipResolver, PathResolver } from './path/path.resolver';
import { CareerSeasonResolver, SeriesCareerResolver } from './person/career.resolver';
import { PersonResolver } from './person/person.resolver';
import { RaceEntryResolver, RaceResolver } from './race/race.resolver';
import { SearchResolver } from './search/search.resolver';
import { SeasonResolver } from './season/season.resolver';
import { SeriesResolver } from './series/series.resolver';
import { CitationResolver, SourceResolver } from './source/source.resolver';
import { TeamResolver } from './team/team.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';
import { VehicleResolver } from './vehicle/vehicle.resolver';
import { VenueResolver } from './venue/venue.resolver';
import { AuditResolver } from './curation/audit.resolver';
import { ClaimedRelationshipResolver, ClaimResolver, ConflictResolver } from './claims/claims.resolver';
import { claimsResolvers } from './claims/claims.fields';
import { citationResolvers } from './shared/citations.fields';
import { curationResolvers } from './curation/curation.resolver';
import { curationInputs } from './curation/curation.inputs';
import { apiTypes, ApiTypes } from './model/api-types';
import { relationshipResolvers } from './model/relationship-fields';
import { authChecker } from '../auth/auth-checker';
import { validateArgument } from '../graphql/argument-validation';

/** The queries and fields written by hand: lookups, lists, lineage, paths, timelines, search, conflicts, the audit log. */
export const HAND_WRITTEN_RESOLVERS = [
  NodeResolver, NodeFieldsResolver, PersonResolver, SeriesCareerResolver, CareerSeasonResolver, TeamResolver,
  OrganizationResolver, SeriesResolver, SeasonResolver, RaceResolver, RaceEntryResolver, MeetingResolver, ClassResolver,
  VehicleResolver, AwardResolver, VenueResolver, AchievementResolver, SourceResolver, CitationResolver,
  LineageResolver, RelativeResolver, KinshipHopResolver, PathResolver, PathRelationshipResolver,
  TimelineResolver, SearchResolver, ConflictResolver, ClaimResolver, ClaimedRelationshipResolver, AuditResolver,
] as const;

/** The model's node and edge types by their GraphQL names: each carries its citations. */
const citedTypes = (types: ApiTypes): Map<string, ClassType> =>
  new Map([...types.nodes, ...[...types.edges.values()].map((type): [string, ClassType] => [type.name, type])]);

interface Generated {
  model: GraphModel;
  resolvers: ClassType[];
  nodeTypes: ClassType[];
}

// type-graphql's metadata is global: the derived classes are made once per process (see api-types.ts).
let generated: Generated | undefined;

function generate(model: GraphModel): Generated {
  if (generated?.model === model) return generated;
  checkModel(model);
  const types = apiTypes(model);
  generated = {
    model,
    resolvers: [
      ...relationshipResolvers(types), ...claimsResolvers(types), ...citationResolvers(citedTypes(types)), ...curationResolvers(types, curationInputs(types)),
    ],
    nodeTypes: [...types.nodes.values()],
  };
  return generated;
}

export function buildGraphSchema(model: GraphModel = GRAPH_MODEL): Promise<GraphQLSchema> {
  const { resolvers, nodeTypes } = generate(model);
  return buildSchema({
    resolvers: [...HAND_WRITTEN_RESOLVERS, ...resolvers] as unknown as [ClassType, ...ClassType[]],
    // Every node type is reachable through node(id:), so all are in the schema even if no field returns them.
    orphanedTypes: nodeTypes,
    validateFn: validateArgument,
    authChecker,
    // Refuse (UNAUTHENTICATED / FORBIDDEN) rather than return null, so a client always knows why.
    authMode: 'error',
  });
}
