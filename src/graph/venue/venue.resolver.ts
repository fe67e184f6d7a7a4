/** Venue's root queries; its fields are derived from the graph model. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { lookupOfLabel, rootList } from '../compiled/compiled-reads';
import { nodeType } from '../model/api-types';
import { NameFilter } from '../shared/name-filter';
import { VENUES } from './venue.cypher';

@ObjectType()
export class VenueConnection extends Connection(() => nodeType('Venue'), 'Venue') {}

@Resolver()
export class VenueResolver {
  @Query(() => nodeType('Venue'), { nullable: true, description: 'A venue by id; null with a NOT_FOUND error when no venue has it.' })
  venue(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Venue');
  }

  @Query(() => VenueConnection, { description: 'Venues by name, a page at a time.' })
  venues(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => NameFilter, { nullable: true }) filter: NameFilter | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, VENUES, filter, page);
  }
}
