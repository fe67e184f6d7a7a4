import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext, neighbours, lookupOfLabel } from '../context';
import { listConnection } from '../shared/list';
import { RELATIONS } from '../shared/relations';
import { Person } from '../person/person.type';
import { Place } from '../place/place.type';
import { Series } from '../series/series.type';
import { Source } from '../source/source.type';
import { OrganizationFilter } from './organization.args';
import { ORGANIZATIONS } from './organization.cypher';
import { Organization } from './organization.type';

@ObjectType()
export class OrganizationConnection extends Connection(Organization, 'Organization') {}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'An organization by id; null with a NOT_FOUND error when none has it.' })
  organization(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return lookupOfLabel(context, id, 'Organization');
  }

  @Query(() => OrganizationConnection, { description: 'Organizations by name, a page at a time.' })
  organizations(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Ctx() context: GraphContext,
  ) {
    return listConnection(context, ORGANIZATIONS, {
      nameContains: filter?.nameContains ?? null,
      kind: filter?.kind ?? null,
    }, page);
  }

  @FieldResolver(() => [Organization], { description: 'Organizations this one is part of (a programme of NASCAR).' })
  partOf(@Root() organization: Organization, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.parentOrganizationsOf, organization.id);
  }

  @FieldResolver(() => [Organization], { description: 'Programmes and divisions that are part of this one.' })
  parts(@Root() organization: Organization, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.partsOf, organization.id);
  }

  @FieldResolver(() => [Series], { description: 'Series this organization sanctions.' })
  sanctions(@Root() organization: Organization, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.seriesSanctionedBy, organization.id);
  }

  @FieldResolver(() => [Place])
  headquarters(@Root() organization: Organization, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.headquartersOf, organization.id);
  }

  @FieldResolver(() => [Person], { description: 'People who own it (for companies).' })
  owners(@Root() organization: Organization, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.ownersOf, organization.id);
  }

  @FieldResolver(() => [Person], { description: 'People this programme noticed.' })
  noticed(@Root() organization: Organization, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.noticedPeople, organization.id);
  }

  @FieldResolver(() => [Source], { description: 'Sources it published.' })
  published(@Root() organization: Organization, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.publishedBy, organization.id);
  }
}
