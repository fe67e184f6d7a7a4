import { Field, Int, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { EdgeEnds } from '../shared/edges';

@ObjectType({ description: "A person's entry in a race: team, start and finish where the source gives them." })
export class RaceEntry extends Cited {
  personId!: string;
  raceId!: string;
  teamId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Starting position (35 = started P35).' })
  startPosition!: number | null;

  @Field(() => Int, { nullable: true, description: 'Finishing position (1 = won).' })
  finishPosition!: number | null;

  @Field({ description: 'True when finishPosition is 1.' })
  won!: boolean;

  @Field(() => String, { nullable: true, description: 'What the source says of the result when it gives no position.' })
  note!: string | null;
}

export function toRaceEntry({ edge, startId, endId }: EdgeEnds): RaceEntry {
  const finishPosition = (edge.finishPosition as number | undefined) ?? null;
  return {
    personId: startId,
    raceId: endId,
    teamId: (edge.team as string | undefined) ?? null,
    startPosition: (edge.startPosition as number | undefined) ?? null,
    finishPosition,
    won: finishPosition === 1,
    note: (edge.note as string | undefined) ?? null,
    sources: edge.sources,
  };
}
