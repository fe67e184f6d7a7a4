import { Max, MaxLength, Min, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { GraphContext } from '../context';
import { requiredNode } from '../shared/node-fields';
import { Properties, toEntity } from '../shared/rows';
import { luceneQuery } from './lucene';
import { SearchHit } from './search.type';

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first})
YIELD node, score
RETURN properties(node) AS properties, [label IN labels(node) WHERE label <> 'Entity'][0] AS label, score
ORDER BY score DESC, node.id`;

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
  @Query(() => [SearchHit], { description: 'Full-text search over every named node; best hits first.' })
  async search(@Args() { text, first }: SearchArgs, @Ctx() context: GraphContext): Promise<SearchHit[]> {
    const query = luceneQuery(text);
    if (query === null) return [];
    const rows = await context.db.read(SEARCH, { query, first });
    return rows.map((row) => {
      const node = toEntity(row.properties as Properties, row.label as string);
      context.loaders.node.prime(node.id, node);
      return { nodeId: node.id, score: row.score as number };
    });
  }

  @FieldResolver(() => Node, { description: 'The node found: a Person, Series, Team, Race, ...' })
  node(@Root() hit: SearchHit, @Ctx() context: GraphContext) {
    return requiredNode(context, hit.nodeId);
  }
}
