import { Field, ID, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';
import { OrganizationKind } from '../shared/enums';

@ObjectType({ implements: Node, description: 'A sanctioning body, company, programme or publisher.' })
export class Organization extends Cited implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationKind)
  kind!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
