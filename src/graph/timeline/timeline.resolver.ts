import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../graphql/errors';
import { Node } from '../../graphql/node.interface';
import { GraphContext } from '../context';
import { requiredNode } from '../shared/node-fields';
import { addCitations } from '../shared/citations.fields';
import { TimelineEntry } from './timeline.type';
import { findTimeline } from './timeline.service';

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  @Query(() => [TimelineEntry], {
    nullable: true,
    description: "A person's career in order: career start, team stints, seasons, races (with class, vehicle, crew role and result), wins, awards, roles held, achievements, incidents, moves. Each is placed by its year, else the earliest year the graph derives (\"at 14\"); entries with neither come first. An unknown person is a NOT_FOUND error naming personId.",
  })
  async timeline(@Arg('personId', () => ID) personId: string, @Ctx() context: GraphContext) {
    const timeline = await findTimeline(context.db, personId);
    if (!timeline) throw notFound('personId', personId, 'Person');
    return timeline;
  }

  @FieldResolver(() => Node, { description: 'What the entry is about: the event, team, season, race, award, achievement, or the organization, team or series of a role held.' })
  subject(@Root() entry: TimelineEntry, @Ctx() context: GraphContext) {
    return requiredNode(context, entry.subjectId);
  }
}

addCitations(TimelineResolver);
