import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../graphql/errors';
import { Node } from '../../graphql/node.interface';
import { GraphContext } from '../context';
import { requiredNode } from '../shared/node-fields';
import { TimelineEntry } from './timeline.type';
import { findTimeline } from './timeline.service';

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  @Query(() => [TimelineEntry], {
    nullable: true,
    description: "A person's career in order: career start, seasons, races, wins, achievements, incidents, moves. Entries the source gives no year for come first. An unknown person is a NOT_FOUND error naming personId.",
  })
  async timeline(@Arg('personId', () => ID) personId: string, @Ctx() context: GraphContext) {
    const timeline = await findTimeline(context.db, personId);
    if (!timeline) throw notFound('personId', personId, 'Person');
    return timeline;
  }

  @FieldResolver(() => Node, { description: 'The event, season, race or achievement the entry is about.' })
  subject(@Root() entry: TimelineEntry, @Ctx() context: GraphContext) {
    return requiredNode(context, entry.subjectId);
  }
}
