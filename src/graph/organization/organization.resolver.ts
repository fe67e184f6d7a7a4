/** Organization's root queries; its fields are derived from the graph model. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { lookupOfLabel, rootList } from '../compiled/compiled-reads';
import { nodeType } from '../model/api-types';
import { OrganizationFilter } from './organization.args';
import { ORGANIZATIONS } from './organization.cypher';

@ObjectType()
export class OrganizationConnection extends Connection(() => nodeType('Organization'), 'Organization') {}

@Resolver()
export class OrganizationResolver {
  @Query(() => nodeType('Organization'), { nullable: true, description: 'An organization by id; null with a NOT_FOUND error when none has it.' })
  organization(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Organization');
  }

  @Query(() => OrganizationConnection, { description: 'Organizations by name, a page at a time.' })
  organizations(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, ORGANIZATIONS, filter, page);
  }
}
