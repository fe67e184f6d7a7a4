/** Class's root queries; its fields (races) are derived from the graph model. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { lookupOfLabel, rootList } from '../compiled/compiled-reads';
import { nodeType } from '../model/api-types';
import { ClassFilter } from './class.args';
import { CLASSES } from './class.cypher';

@ObjectType()
export class ClassConnection extends Connection(() => nodeType('Class'), 'Class') {}

@Resolver()
export class ClassResolver {
  // `class` is a word TypeScript reserves for other uses: the method has another name, the query this one.
  @Query(() => nodeType('Class'), { name: 'class', nullable: true, description: 'A class by id; null with a NOT_FOUND error when no class has it.' })
  classById(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Class');
  }

  @Query(() => ClassConnection, { description: 'Classes (Supersport, LMP2, Pro Stock...) by name, a page at a time.' })
  classes(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ClassFilter, { nullable: true }) filter: ClassFilter | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, CLASSES, filter, page);
  }
}
