import { Field, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { EdgeEnds } from '../shared/edges';

@ObjectType({ description: 'Someone a person looked up to, and why, in the source\'s words.' })
export class Inspiration extends Cited {
  personId!: string;
  inspirationId!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

export function toInspiration({ edge, startId, endId }: EdgeEnds): Inspiration {
  return { personId: startId, inspirationId: endId, reason: (edge.reason as string | undefined) ?? null, sources: edge.sources };
}
