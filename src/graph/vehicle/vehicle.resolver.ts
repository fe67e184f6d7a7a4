/** Vehicle's root queries; its fields (manufacturer) are derived from the graph model. */
import { Arg, Args, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext, lookupOfLabel } from '../context';
import { nodeType } from '../model/api-types';
import { rootList } from '../shared/list';
import { VehicleFilter } from './vehicle.args';
import { VEHICLES } from './vehicle.cypher';

@ObjectType()
export class VehicleConnection extends Connection(() => nodeType('Vehicle'), 'Vehicle') {}

@Resolver()
export class VehicleResolver {
  @Query(() => nodeType('Vehicle'), { nullable: true, description: 'A vehicle by id; null with a NOT_FOUND error when no vehicle has it.' })
  vehicle(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return lookupOfLabel(context, id, 'Vehicle');
  }

  @Query(() => VehicleConnection, { description: 'Cars and motorcycles by name, a page at a time.' })
  vehicles(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => VehicleFilter, { nullable: true }) filter: VehicleFilter | null,
    @Ctx() context: GraphContext,
  ) {
    return rootList(context, VEHICLES, filter, page);
  }
}
