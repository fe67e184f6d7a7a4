import { Field, Int, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Participation } from '../shared/enums';
import { EdgeEnds } from '../shared/edges';

@ObjectType({ description: "A person's entry in a season: team, full- or part-time, races started, final position, points." })
export class SeasonEntry extends Cited {
  personId!: string;
  seasonId!: string;
  teamId!: string | null;

  @Field(() => Participation, { nullable: true })
  participation!: string | null;

  @Field(() => Int, { nullable: true })
  racesStarted!: number | null;

  @Field(() => Int, { nullable: true, description: 'Final position in the standings.' })
  finalPosition!: number | null;

  @Field(() => Int, { nullable: true, description: 'Championship points at the end of the season.' })
  points!: number | null;
}

export function toSeasonEntry({ edge, startId, endId }: EdgeEnds): SeasonEntry {
  return {
    personId: startId,
    seasonId: endId,
    teamId: (edge.team as string | undefined) ?? null,
    participation: (edge.participation as string | undefined) ?? null,
    racesStarted: (edge.racesStarted as number | undefined) ?? null,
    finalPosition: (edge.finalPosition as number | undefined) ?? null,
    points: (edge.points as number | undefined) ?? null,
    sources: edge.sources,
  };
}
