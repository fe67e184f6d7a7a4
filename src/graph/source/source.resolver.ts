/** The source lookup, and the source behind every citation. */
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Citation } from '../../graphql/citation.type';
import { GraphContext, lookupOfLabel } from '../context';
import { nodeType } from '../model/api-types';
import { requiredNode } from '../shared/node-fields';

@Resolver()
export class SourceResolver {
  @Query(() => nodeType('Source'), { nullable: true, description: 'A source by id, with its full text; null with a NOT_FOUND error when no source has it.' })
  source(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return lookupOfLabel(context, id, 'Source');
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => nodeType('Source'))
  source(@Root() citation: Citation, @Ctx() context: GraphContext) {
    return requiredNode(context, citation.sourceId);
  }
}
