import { Field, Int, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { EdgeEnds } from '../shared/edges';

@ObjectType({ description: 'A driver driving for a team, with the years the sources give.' })
export class TeamStint extends Cited {
  personId!: string;
  teamId!: string;

  @Field(() => [Int])
  years!: number[];
}

export function toTeamStint({ edge, startId, endId }: EdgeEnds): TeamStint {
  return { personId: startId, teamId: endId, years: (edge.years as number[] | undefined) ?? [], sources: edge.sources };
}
