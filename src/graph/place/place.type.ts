import { Field, ID, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';
import { PlaceKind } from '../shared/enums';

@ObjectType({ implements: Node, description: 'A country, state or city.' })
export class Place extends Cited implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The name (never null for this type; nullable like a person\'s, so one selection of `name` fits every type).' })
  name!: string;

  @Field(() => PlaceKind)
  kind!: string;
}
