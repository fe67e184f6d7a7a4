import { Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../graphql/errors';
import { GraphContext } from '../context';
import { nodeType } from '../model/api-types';
import { requiredNode } from '../shared/node-fields';
import { addCitations } from '../shared/citations.fields';
import { addPagedList } from '../shared/paged-list';
import { KinshipHop, Lineage, Relative } from './lineage.type';
import { findLineage } from './lineage.service';

@ArgsType()
class LineageArgs {
  @Field(() => ID)
  personId!: string;

  @Field(() => Int, { defaultValue: 4, description: 'Kinship links to follow, 1 to 6.' })
  @Min(1)
  @Max(6)
  maxDepth!: number;
}

@Resolver(() => Lineage)
export class LineageResolver {
  @Query(() => Lineage, {
    nullable: true,
    description: 'Every relative of a person, with kinship, generation, the links between them, whether they raced and their achievements. An unknown person is a NOT_FOUND error naming personId.',
  })
  async lineage(@Args() { personId, maxDepth }: LineageArgs, @Ctx() context: GraphContext) {
    const lineage = await findLineage(context.db, personId, maxDepth, (node) => context.loaders.node.prime(node.id, node));
    if (!lineage) throw notFound('personId', personId, 'Person');
    return lineage;
  }

  @FieldResolver(() => nodeType('Person'))
  person(@Root() lineage: Lineage, @Ctx() context: GraphContext) {
    return requiredNode(context, lineage.personId);
  }
}

@Resolver(() => Relative)
export class RelativeResolver {
  @FieldResolver(() => nodeType('Person'))
  person(@Root() relative: Relative, @Ctx() context: GraphContext) {
    return requiredNode(context, relative.personId);
  }
}

addPagedList<Lineage>(LineageResolver, {
  name: 'relatives',
  itemName: 'Relative',
  item: () => Relative,
  description: 'Every relative found, older generations first.',
  all: (lineage) => lineage.relatives,
});

addPagedList<Relative>(RelativeResolver, {
  name: 'achievements',
  itemName: 'Achievement',
  item: () => nodeType('Achievement'),
  description: "The relative's achievements, by year (those without one last), then title.",
  all: (relative) => relative.achievementIds,
  read: (ids, context) => Promise.all(ids.map((id) => requiredNode(context, id as string))),
});

@Resolver(() => KinshipHop)
export class KinshipHopResolver {
  @FieldResolver(() => nodeType('Person'))
  from(@Root() hop: KinshipHop, @Ctx() context: GraphContext) {
    return requiredNode(context, hop.fromId);
  }

  @FieldResolver(() => nodeType('Person'))
  to(@Root() hop: KinshipHop, @Ctx() context: GraphContext) {
    return requiredNode(context, hop.toId);
  }
}

addCitations(KinshipHopResolver);
