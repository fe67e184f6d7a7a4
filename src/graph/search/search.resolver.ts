import { Max, MaxLength, Min, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { GraphContext } from '../context';
import { requiredNode } from '../shared/node-fields';
import { searchNodes } from './search.service';
import { SearchHit } from './search.type';

@ArgsType()
class SearchArgs {
  @Field({ description: 'Words to find in names, former names, aliases, titles and descriptions.' })
  @MinLength(1)
  @MaxLength(200)
  text!: string;

  @Field(() => Int, { defaultValue: 10, description: 'Most hits to return, 1 to 50.' })
  @Min(1)
  @Max(50)
  first!: number;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Full-text search over every named node; best hits first. When the words find nothing, they are matched fuzzily (a misspelling such as "balcan" finds Balcaen).',
  })
  async search(@Args() { text, first }: SearchArgs, @Ctx() context: GraphContext): Promise<SearchHit[]> {
    const found = await searchNodes(context.db, text, first);
    return found.map(({ node, score }) => {
      context.loaders.node.prime(node.id, node);
      return { nodeId: node.id, score };
    });
  }

  @FieldResolver(() => Node, { description: 'The node found: a Person, Series, Team, Race, ...' })
  node(@Root() hit: SearchHit, @Ctx() context: GraphContext) {
    return requiredNode(context, hit.nodeId);
  }
}
