import { createUnionType, Field, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { EdgeEnds } from '../shared/edges';
import { Race } from '../race/race.type';
import { Series } from '../series/series.type';

export const AspirationTarget = createUnionType({
  name: 'AspirationTarget',
  description: 'What a person aims for: a series to move up to, or a race.',
  types: () => [Series, Race] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType({ description: 'A goal a person states: a series to reach, a result in a race.' })
export class Aspiration extends Cited {
  personId!: string;
  targetId!: string;

  @Field({ description: 'The goal, in the source\'s words ("next step", "at least a podium").' })
  goal!: string;
}

export function toAspiration({ edge, startId, endId }: EdgeEnds): Aspiration {
  return { personId: startId, targetId: endId, goal: String(edge.goal ?? ''), sources: edge.sources };
}
