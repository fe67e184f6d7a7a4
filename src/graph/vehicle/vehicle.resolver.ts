/** Vehicle's root queries; its fields (manufacturer) are derived from the graph model. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { lookupOfLabel, rootList } from '../compiled/compiled-reads';
import { nodeType } from '../model/api-types';
import { VehicleFilter } from './vehicle.args';
import { VEHICLES } from './vehicle.cypher';

@ObjectType()
export class VehicleConnection extends Connection(() => nodeType('Vehicle'), 'Vehicle') {}

@Resolver()
export class VehicleResolver {
  @Query(() => nodeType('Vehicle'), { nullable: true, description: 'A vehicle by id; null with a NOT_FOUND error when no vehicle has it.' })
  vehicle(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Vehicle');
  }

  @Query(() => VehicleConnection, { description: 'Cars and motorcycles by name, a page at a time.' })
  vehicles(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => VehicleFilter, { nullable: true }) filter: VehicleFilter | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, VEHICLES, filter, page);
  }
}
