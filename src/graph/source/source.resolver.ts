import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Citation } from '../../graphql/citation.type';
import { firstNeighbour, GraphContext, lookupOfLabel } from '../context';
import { requiredNode } from '../shared/node-fields';
import { RELATIONS } from '../shared/relations';
import { Organization } from '../organization/organization.type';
import { Source } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'A source by id, with its full text; null with a NOT_FOUND error when no source has it.' })
  source(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return lookupOfLabel(context, id, 'Source');
  }

  @FieldResolver(() => Organization, { nullable: true })
  publisher(@Root() source: Source, @Ctx() context: GraphContext) {
    return firstNeighbour(context, RELATIONS.publisherOf, source.id);
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source)
  source(@Root() citation: Citation, @Ctx() context: GraphContext) {
    return requiredNode(context, citation.sourceId);
  }
}
